# code-graph-cheapest-route-k-stops
# Bellman-Ford limited to k + 1 rounds, each relaxing from a copy of the previous round's costs: O(k * E) time, O(n) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = []
    it = 2
    for _ in range(m):
        edges.append((int(data[it]), int(data[it + 1]), int(data[it + 2])))
        it += 3
    src, dst, k = int(data[it]), int(data[it + 1]), int(data[it + 2])
    INF = float("inf")
    cost = [INF] * n
    cost[src] = 0
    for _ in range(k + 1):
        prev = cost[:]
        changed = False
        for u, v, w in edges:
            c = prev[u] + w
            if c < cost[v]:
                cost[v] = c
                changed = True
        if not changed:
            break
    sys.stdout.write("%d\n" % (cost[dst] if cost[dst] < INF else -1))


main()
