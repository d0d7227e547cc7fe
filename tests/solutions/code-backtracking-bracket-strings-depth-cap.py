# code-backtracking-bracket-strings-depth-cap
# Backtracking: add '(' while opens < n and depth < d, then ')' while closes < opens.
# Trying '(' first emits the strings in lexicographic order; O(C(n) * n) time, O(n) depth.
import sys


def main():
    data = sys.stdin.read().split()
    n, d = int(data[0]), int(data[1])
    out = []
    buf = []

    def extend(opens, closes):
        if closes == n:
            out.append("".join(buf))
            return
        if opens < n and opens - closes < d:
            buf.append("(")
            extend(opens + 1, closes)
            buf.pop()
        if closes < opens:
            buf.append(")")
            extend(opens, closes + 1)
            buf.pop()

    extend(0, 0)
    sys.stdout.write("\n".join(out) + "\n")


main()
