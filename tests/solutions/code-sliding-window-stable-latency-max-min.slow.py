# code-sliding-window-stable-latency-max-min (SLOW on purpose)
# From every start, extend right keeping a running max and min until the spread passes L:
# O(n^2) time when long stretches qualify.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    limit = int(data[1 + n])
    best = 0
    for i in range(n):
        hi = lo = a[i]
        j = i
        while j < n:
            x = a[j]
            if x > hi:
                hi = x
            if x < lo:
                lo = x
            if hi - lo > limit:
                break
            j += 1
        if j - i > best:
            best = j - i
    sys.stdout.write("%d\n" % best)


main()
