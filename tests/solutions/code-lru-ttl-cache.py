# code-lru-ttl-cache
# LRU order in an OrderedDict plus a min-heap of (expiry, stamp, key) with lazy deletion;
# O(1) get, O(log n) put, O(n + puts) memory.
import sys
import heapq
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    cap = int(data[0])
    q = int(data[1])
    pos = 2
    od = OrderedDict()  # key -> [value, expiry, stamp], least recently used first
    heap = []
    stamp = 0
    out = []
    for _ in range(q):
        op = data[pos]
        if op == b"get":
            key = data[pos + 1]
            now = int(data[pos + 2])
            pos += 3
            e = od.get(key)
            if e is None:
                out.append("null\n")
            elif e[1] <= now:
                del od[key]
                out.append("null\n")
            else:
                od.move_to_end(key)
                out.append("%d\n" % e[0])
        else:  # put
            key = data[pos + 1]
            value = int(data[pos + 2])
            expiry = int(data[pos + 4]) + int(data[pos + 3])
            now = int(data[pos + 4])
            pos += 5
            stamp += 1
            e = od.get(key)
            if e is not None:
                e[0] = value
                e[1] = expiry
                e[2] = stamp
                od.move_to_end(key)
            else:
                if len(od) == cap:
                    while True:  # drop stale heap entries
                        exp0, st0, k0 = heap[0]
                        e0 = od.get(k0)
                        if e0 is not None and e0[2] == st0:
                            break
                        heapq.heappop(heap)
                    if exp0 <= now:
                        heapq.heappop(heap)
                        del od[k0]
                    else:
                        od.popitem(last=False)
                od[key] = [value, expiry, stamp]
            heapq.heappush(heap, (expiry, stamp, key))
    sys.stdout.write("".join(out))


main()
