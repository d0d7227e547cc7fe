# code-heap-merge-k-sorted-logs
# A min-heap of each shard's current head keyed by (timestamp, shard): pop, emit, push that shard's next entry: O(N log k) time, O(k) extra space.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    it = 1
    times = []
    msgs = []
    for _ in range(k):
        c = int(data[it])
        times.append(data[it + 1:it + 1 + c])
        it += 1 + c
        c = int(data[it])
        msgs.append(data[it + 1:it + 1 + c])
        it += 1 + c
    heap = []
    for s in range(k):
        if times[s]:
            heap.append((int(times[s][0]), s, 0))
    heapq.heapify(heap)
    out = []
    total = 0
    while heap:
        t, s, i = heap[0]
        out.append(b"%s %s" % (times[s][i], msgs[s][i]))
        total += 1
        i += 1
        if i < len(times[s]):
            heapq.heapreplace(heap, (int(times[s][i]), s, i))
        else:
            heapq.heappop(heap)
    out.append(b"")
    sys.stdout.buffer.write(b"%d\n" % total + b"\n".join(out))


main()
