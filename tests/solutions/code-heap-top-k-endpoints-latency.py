# code-heap-top-k-endpoints-latency
# One pass summing and counting per endpoint, then heapq.nsmallest(k) with an exact key (cross-multiplied comparison): O(n + m log k) time, O(m) space.
import sys
import heapq
from functools import cmp_to_key


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    total = {}
    count = {}
    names = data[2:2 + 2 * n:2]
    lats = data[3:3 + 2 * n:2]
    for name, lat in zip(names, lats):
        if name in total:
            total[name] += int(lat)
            count[name] += 1
        else:
            total[name] = int(lat)
            count[name] = 1

    def cmp(a, b):
        # higher average first, then smaller name
        x = total[a] * count[b]
        y = total[b] * count[a]
        if x != y:
            return -1 if x > y else 1
        return -1 if a < b else (1 if a > b else 0)

    best = heapq.nsmallest(k, total.keys(), key=cmp_to_key(cmp))
    sys.stdout.write("%d %s\n" % (len(best), b" ".join(best).decode()))


main()
