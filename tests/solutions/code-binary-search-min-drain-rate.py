# code-binary-search-min-drain-rate
# Binary search on the rate r in [1, max backlog]: the minutes needed, sum of ceil(b / r), only falls
# as r grows, so find the smallest r whose total is at most H: O(n log max(b)) time, O(1) extra space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    b = [int(x) for x in data[1:1 + n]]
    h = int(data[1 + n])
    lo, hi = 1, max(b)
    while lo < hi:
        r = (lo + hi) // 2
        minutes = 0
        for x in b:
            minutes += (x + r - 1) // r
        if minutes <= h:
            hi = r
        else:
            lo = r + 1
    sys.stdout.write("%d\n" % lo)


main()
