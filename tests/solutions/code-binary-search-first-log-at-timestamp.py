# code-binary-search-first-log-at-timestamp
# Lower-bound binary search on [lo, hi): before lo all < t, from hi on all >= t: O(log n) per query.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ts = list(map(int, data[1:1 + n]))
    q = int(data[1 + n])
    out = []
    for t in map(int, data[2 + n:2 + n + q]):
        lo, hi = 0, n
        while lo < hi:
            mid = lo + (hi - lo) // 2
            if ts[mid] < t:
                lo = mid + 1
            else:
                hi = mid
        out.append("%d\n" % lo)
    sys.stdout.write("".join(out))


main()
