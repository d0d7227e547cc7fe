# code-binary-search-min-time-parallel-servers
# Binary search on the time T in [1, min(t) * N]: servers finish sum(T // t_i) requests by T, which
# only grows with T, so find the smallest T where that reaches N: O(n log(min(t) * N)) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = [int(x) for x in data[1:1 + n]]
    total = int(data[1 + n])
    lo, hi = 1, min(t) * total
    while lo < hi:
        mid = (lo + hi) // 2
        done = 0
        for x in t:
            done += mid // x
            if done >= total:
                break
        if done >= total:
            hi = mid
        else:
            lo = mid + 1
    sys.stdout.write("%d\n" % lo)


main()
