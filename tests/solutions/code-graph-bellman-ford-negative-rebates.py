# code-graph-bellman-ford-negative-rebates
# Bellman-Ford from s for up to n - 1 rounds (stopping early when nothing changes), then every node
# still improvable in round n seeds a search that marks all it reaches as -inf: O(n * m) time, O(n + m) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = []
    adj = [[] for _ in range(n)]
    it = 2
    for _ in range(m):
        u = int(data[it]); v = int(data[it + 1]); w = int(data[it + 2])
        it += 3
        edges.append((u, v, w))
        adj[u].append(v)
    s = int(data[it])
    INF = float("inf")
    dist = [INF] * n
    dist[s] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            du = dist[u]
            if du != INF and du + w < dist[v]:
                dist[v] = du + w
                changed = True
        if not changed:
            break
    neg = [False] * n
    stack = []
    for u, v, w in edges:
        du = dist[u]
        if du != INF and du + w < dist[v] and not neg[v]:
            neg[v] = True
            stack.append(v)
    while stack:
        u = stack.pop()
        for v in adj[u]:
            if not neg[v]:
                neg[v] = True
                stack.append(v)
    out = []
    for v in range(n):
        if neg[v]:
            out.append("-inf")
        elif dist[v] == INF:
            out.append("null")
        else:
            out.append(str(dist[v]))
    sys.stdout.write("\n".join(out) + "\n")


main()
