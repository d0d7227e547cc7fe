# code-binary-search-kth-smallest-latency-gap (SLOW on purpose)
# Sorts, then pops the k smallest gaps from a heap seeded with each element's right neighbour,
# pushing (i, j + 1) after (i, j): O(n + k log n) time, O(n) space; k can be about 10^9.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(int(x) for x in data[1:1 + n])
    k = int(data[1 + n])
    heap = [(a[i + 1] - a[i], i, i + 1) for i in range(n - 1)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        _, i, j = heapq.heappop(heap)
        if j + 1 < n:
            heapq.heappush(heap, (a[j + 1] - a[i], i, j + 1))
    sys.stdout.write("%d\n" % heap[0][0])


main()
