# code-heap-sstable-compaction-min-cost
# Huffman-style greedy: always merge the two smallest runs, pushing the merged run back on a min-heap:
# O(n log n) time, O(n) space.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heap = [int(x) for x in data[1:1 + n]]
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        total += a + b
        heapq.heappush(heap, a + b)
    sys.stdout.write("%d\n" % total)


main()
