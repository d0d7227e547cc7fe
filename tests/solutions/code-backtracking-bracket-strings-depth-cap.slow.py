# code-backtracking-bracket-strings-depth-cap (SLOW on purpose)
# Brute force: every one of the 2^(2n) strings of '(' and ')', kept if balanced within depth d.
import sys
from itertools import product


def main():
    data = sys.stdin.read().split()
    n, d = int(data[0]), int(data[1])
    out = []
    for chars in product("()", repeat=2 * n):
        depth = 0
        ok = True
        for c in chars:
            depth += 1 if c == "(" else -1
            if depth < 0 or depth > d:
                ok = False
                break
        if ok and depth == 0:
            out.append("".join(chars))
    sys.stdout.write("\n".join(out) + "\n")


main()
