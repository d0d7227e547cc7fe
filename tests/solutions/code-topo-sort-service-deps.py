# code-topo-sort-service-deps
# Kahn's algorithm with a min-heap of ready services keyed by input position: O((V + E) log V) time, O(V + E) space.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    names = data[1:1 + n]
    index = {name: i for i, name in enumerate(names)}
    k = int(data[2 + n])
    it = 3 + n
    dependents = [[] for _ in range(n)]
    waiting = [0] * n
    for _ in range(k):
        a = index[data[it]]; b = index[data[it + 1]]
        it += 2
        dependents[b].append(a)
        waiting[a] += 1
    ready = [i for i in range(n) if waiting[i] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        x = heapq.heappop(ready)
        order.append(x)
        for y in dependents[x]:
            waiting[y] -= 1
            if waiting[y] == 0:
                heapq.heappush(ready, y)
    if len(order) < n:
        sys.stdout.write("0\n")
    else:
        sys.stdout.write("%d %s\n" % (n, b" ".join(names[i] for i in order).decode()))


main()
