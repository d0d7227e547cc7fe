# code-heap-kth-largest-stream
# A min-heap holding the k largest values so far; its top is the answer: O(log k) per add, O(n log k) to load, O(k) memory.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    n = int(data[1])
    heap = [int(x) for x in data[2:2 + n]]
    heapq.heapify(heap)
    while len(heap) > k:
        heapq.heappop(heap)
    q = int(data[2 + n])
    it = 3 + n
    out = []
    for _ in range(q):
        v = int(data[it + 1])
        it += 2
        if len(heap) < k:
            heapq.heappush(heap, v)
        elif v > heap[0]:
            heapq.heapreplace(heap, v)
        out.append("%d\n" % heap[0])
    sys.stdout.write("".join(out))


main()
