# code-heap-smallest-window-all-services
# A min-heap holds one pointer per service; the window is [heap minimum, running maximum]. Pop the
# minimum, advance that service, and stop when one service runs out: O(N log k) time, O(k) space.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    lists = []
    it = 1
    for _ in range(k):
        c = int(data[it])
        lists.append([int(x) for x in data[it + 1:it + 1 + c]])
        it += 1 + c
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
    heapq.heapify(heap)
    hi = max(lst[0] for lst in lists)
    best_lo, best_hi = heap[0][0], hi
    while True:
        lo, i, j = heapq.heappop(heap)
        if hi - lo < best_hi - best_lo:
            best_lo, best_hi = lo, hi
        j += 1
        if j == len(lists[i]):
            break
        v = lists[i][j]
        if v > hi:
            hi = v
        heapq.heappush(heap, (v, i, j))
    sys.stdout.write("%d %d\n" % (best_lo, best_hi))


main()
