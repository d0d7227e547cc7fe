# code-dp-lis-version-numbers (deliberately wrong)
# O(n log n) patience sorting, but versions are compared as strings, so "1.10.0" sorts before "1.9.3".
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []
    for v in data[1:1 + n]:
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    sys.stdout.write("%d\n" % len(tails))


main()
