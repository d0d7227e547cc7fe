# code-heap-running-median-latency
# Two heaps: a max-heap (negated) for the lower half, a min-heap for the upper half, the lower one equal or larger by one: O(log n) add, O(1) median.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    it = 1
    low = []   # negated values
    high = []
    out = []
    for _ in range(q):
        if data[it] == b"add":
            x = int(data[it + 1])
            it += 2
            if low and x > -low[0]:
                heapq.heappush(high, x)
                if len(high) > len(low):
                    heapq.heappush(low, -heapq.heappop(high))
            else:
                heapq.heappush(low, -x)
                if len(low) > len(high) + 1:
                    heapq.heappush(high, -heapq.heappop(low))
        else:
            it += 1
            if not low:
                out.append("null\n")
            elif len(low) > len(high):
                out.append("%d.0\n" % -low[0])
            else:
                s = high[0] - low[0]
                out.append("%d.%d\n" % (s // 2, 5 if s % 2 else 0))
    sys.stdout.write("".join(out))


main()
