# code-graph-dijkstra-network-latency
# Dijkstra from k with a binary heap and lazy deletion; the answer is the largest distance: O((V + E) log V) time, O(V + E) space.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    it = 2
    for _ in range(m):
        u = int(data[it]); v = int(data[it + 1]); w = int(data[it + 2])
        it += 3
        adj[u].append((v, w))
    k = int(data[it])
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    best = max(dist[1:])
    sys.stdout.write("%d\n" % (best if best < INF else -1))


main()
