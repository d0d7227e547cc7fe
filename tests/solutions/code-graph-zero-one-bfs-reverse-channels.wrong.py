# code-graph-zero-one-bfs-reverse-channels (WRONG on purpose)
# 0-1 BFS that marks a node done when it is first pushed, so a later free path cannot improve it.
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
    dist = [-1] * n
    dist[s] = 0
    dq = deque([s])
    while dq:
        u = dq.popleft()
        for v, w in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + w
                if w == 0:
                    dq.appendleft(v)
                else:
                    dq.append(v)
    sys.stdout.write("%d\n" % dist[t])


main()
