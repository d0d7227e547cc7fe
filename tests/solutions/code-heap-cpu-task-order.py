# code-heap-cpu-task-order
# Sort tasks by arrival, simulate with a min-heap of (duration, index) over arrived tasks, jumping the clock when idle: O(n log n) time, O(n) space.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    arr = [int(x) for x in data[1:1 + 2 * n:2]]
    dur = [int(x) for x in data[2:2 + 2 * n:2]]
    order = sorted(range(n), key=arr.__getitem__)
    heap = []
    out = []
    time = 0
    j = 0
    while len(out) < n:
        if not heap and time < arr[order[j]]:
            time = arr[order[j]]
        while j < n and arr[order[j]] <= time:
            i = order[j]
            heapq.heappush(heap, (dur[i], i))
            j += 1
        d, i = heapq.heappop(heap)
        time += d
        out.append(i)
    sys.stdout.write("%d %s\n" % (n, " ".join(map(str, out))))


main()
