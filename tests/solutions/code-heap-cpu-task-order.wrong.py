# code-heap-cpu-task-order (WRONG on purpose)
# Bug: the heap breaks duration ties by the position in arrival order instead of by the task index.
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
            heapq.heappush(heap, (dur[order[j]], j))
            j += 1
        d, p = heapq.heappop(heap)
        time += d
        out.append(order[p])
    sys.stdout.write("%d %s\n" % (n, " ".join(map(str, out))))


main()
