# code-bits-max-xor-under-cap-trie (SLOW on purpose)
# Tries every stored id for every query: O(n * q).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ids = list(map(int, data[1:1 + n]))
    q = int(data[1 + n])
    out = []
    for k in range(q):
        x = int(data[2 + n + 2 * k])
        cap = int(data[3 + n + 2 * k])
        best = -1
        for v in ids:
            if v <= cap and x ^ v > best:
                best = x ^ v
        out.append(best)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
