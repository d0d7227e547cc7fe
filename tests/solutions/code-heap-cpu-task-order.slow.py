# code-heap-cpu-task-order (SLOW on purpose)
# Naive: each time the runner is free, scan every task not yet run for the shortest arrived one: O(n^2) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    arr = [int(x) for x in data[1:1 + 2 * n:2]]
    dur = [int(x) for x in data[2:2 + 2 * n:2]]
    left = list(range(n))
    out = []
    time = 0
    while left:
        if min(arr[i] for i in left) > time:
            time = min(arr[i] for i in left)
        best = -1
        for i in left:
            if arr[i] <= time and (best < 0 or dur[i] < dur[best]):
                best = i
        left.remove(best)
        time += dur[best]
        out.append(best)
    sys.stdout.write("%d %s\n" % (n, " ".join(map(str, out))))


main()
