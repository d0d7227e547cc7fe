# code-dp-lis-version-numbers (deliberately slow)
# Quadratic DP: best[i] = 1 + max best[j] over earlier j with a smaller version: O(n^2) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vs = [tuple(int(p) for p in tok.split(b".")) for tok in data[1:1 + n]]
    best = [1] * n
    for i in range(n):
        vi = vs[i]
        b = 1
        for j in range(i):
            if vs[j] < vi and best[j] + 1 > b:
                b = best[j] + 1
        best[i] = b
    sys.stdout.write("%d\n" % (max(best) if n else 0))


main()
