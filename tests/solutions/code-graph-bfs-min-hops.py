# code-graph-bfs-min-hops
# Breadth-first search from s over adjacency lists, marking nodes when enqueued: O(n + m) time and space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n)]
    it = 2
    for _ in range(m):
        a = int(data[it]); b = int(data[it + 1])
        it += 2
        adj[a].append(b)
        adj[b].append(a)
    s, t = int(data[it]), int(data[it + 1])
    dist = [-1] * n
    dist[s] = 0
    frontier = [s]
    d = 0
    while frontier and dist[t] < 0:
        d += 1
        nxt = []
        for u in frontier:
            for v in adj[u]:
                if dist[v] < 0:
                    dist[v] = d
                    nxt.append(v)
        frontier = nxt
    sys.stdout.write("%d\n" % dist[t])


main()
