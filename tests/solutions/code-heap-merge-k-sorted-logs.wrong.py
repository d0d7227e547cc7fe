# code-heap-merge-k-sorted-logs (WRONG on purpose)
# Bug: the heap key is (timestamp, message, ...), so equal timestamps come out in message order instead of shard order.
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
            heap.append((int(times[s][0]), msgs[s][0], s, 0))
    heapq.heapify(heap)
    out = []
    while heap:
        t, m, s, i = heapq.heappop(heap)
        out.append(b"%s %s" % (times[s][i], m))
        i += 1
        if i < len(times[s]):
            heapq.heappush(heap, (int(times[s][i]), msgs[s][i], s, i))
    out.append(b"")
    sys.stdout.buffer.write(b"%d\n" % (len(out) - 1) + b"\n".join(out))


main()
