# code-dp-lis-version-numbers
# Patience sorting: tails[k] is the smallest last version of a strictly increasing subsequence of
# length k + 1; each version is packed into one integer and placed with bisect_left: O(n log n).
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []
    for tok in data[1:1 + n]:
        a, b, c = tok.split(b".")
        v = (int(a) * 1000 + int(b)) * 1000 + int(c)
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    sys.stdout.write("%d\n" % len(tails))


main()
