# code-graph-topo-sort-recover-collation
# Each adjacent pair of keys gives at most one edge (their first differing characters); a key followed
# by its own proper prefix is impossible. Kahn's algorithm with a min-heap yields the smallest order:
# O(total characters + A log A) time for an alphabet of A = 36 symbols.
import sys
import heapq


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    keys = data[1:1 + n]
    present = set()
    for k in keys:
        present.update(k)
    succ = {c: set() for c in present}
    indeg = {c: 0 for c in present}
    for i in range(n - 1):
        a, b = keys[i], keys[i + 1]
        for x, y in zip(a, b):
            if x != y:
                if y not in succ[x]:
                    succ[x].add(y)
                    indeg[y] += 1
                break
        else:
            if len(a) > len(b):
                sys.stdout.write("null\n")
                return
    heap = [c for c in present if indeg[c] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        c = heapq.heappop(heap)
        order.append(c)
        for d in succ[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                heapq.heappush(heap, d)
    if len(order) < len(present):
        sys.stdout.write("null\n")
    else:
        sys.stdout.write("".join(order) + "\n")


main()
