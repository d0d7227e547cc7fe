# code-heap-smallest-window-all-services (SLOW on purpose)
# Tries every timestamp as the window's start and binary-searches each service for its first
# timestamp at or after it: O(N * k * log N) time.
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    lists = []
    it = 1
    for _ in range(k):
        c = int(data[it])
        lists.append([int(x) for x in data[it + 1:it + 1 + c]])
        it += 1 + c
    best = None
    for a in sorted(set(v for lst in lists for v in lst)):
        b = a
        for lst in lists:
            p = bisect_left(lst, a)
            if p == len(lst):
                b = None
                break
            if lst[p] > b:
                b = lst[p]
        if b is None:
            break
        if best is None or b - a < best[1] - best[0]:
            best = (a, b)
    sys.stdout.write("%d %d\n" % best)


main()
