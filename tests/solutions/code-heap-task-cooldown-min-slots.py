# code-heap-task-cooldown-min-slots
# Rounds of c + 1 slots: each round pops up to c + 1 distinct types from a max-heap of remaining
# counts, runs one task of each, and pushes back those with tasks left; a round that empties the heap
# only costs the tasks it ran. O(T log 26) time for T tasks, O(26) space.
import sys
import heapq
from collections import Counter


def main():
    lines = sys.stdin.read().split("\n")
    tasks = lines[0].strip()
    c = int(lines[1])
    heap = [-v for v in Counter(tasks).values()]
    heapq.heapify(heap)
    slots = 0
    while heap:
        taken = []
        for _ in range(c + 1):
            if not heap:
                break
            taken.append(heapq.heappop(heap) + 1)
        for v in taken:
            if v < 0:
                heapq.heappush(heap, v)
        slots += c + 1 if heap else len(taken)
    sys.stdout.write("%d\n" % slots)


main()
