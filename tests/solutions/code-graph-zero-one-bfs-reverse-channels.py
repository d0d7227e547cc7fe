# code-graph-zero-one-bfs-reverse-channels
# 0-1 BFS: a channel followed forwards costs 0 (push front), reversed costs 1 (push back): O(n + m) time and space.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n)]
    it = 2
    for _ in range(m):
        u = int(data[it]); v = int(data[it + 1])
        it += 2
        adj[u].append((v, 0))
        adj[v].append((u, 1))
    s, t = int(data[it]), int(data[it + 1])
    INF = n + m + 1
    dist = [INF] * n
    dist[s] = 0
    dq = deque([s])
    while dq:
        u = dq.popleft()
        du = dist[u]
        for v, w in adj[u]:
            nd = du + w
            if nd < dist[v]:
                dist[v] = nd
                if w == 0:
                    dq.appendleft(v)
                else:
                    dq.append(v)
    sys.stdout.write("%d\n" % (dist[t] if dist[t] < INF else -1))


main()
