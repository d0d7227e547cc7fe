# code-binary-search-min-time-parallel-servers (WRONG on purpose)
# Counts a request that a server has started by time T as done (ceil(T / t) instead of T // t).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = [int(x) for x in data[1:1 + n]]
    total = int(data[1 + n])
    lo, hi = 1, min(t) * total
    while lo < hi:
        mid = (lo + hi) // 2
        done = sum((mid + x - 1) // x for x in t)
        if done >= total:
            hi = mid
        else:
            lo = mid + 1
    sys.stdout.write("%d\n" % lo)


main()
