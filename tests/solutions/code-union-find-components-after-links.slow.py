# code-union-find-components-after-links (SLOW on purpose)
# After every link, count the components again with a BFS over the whole graph: O(m * (n + m)) time.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n)]
    out = [str(m)]
    it = 2
    for _ in range(m):
        a = int(data[it]); b = int(data[it + 1])
        it += 2
        adj[a].append(b)
        adj[b].append(a)
        seen = [False] * n
        comps = 0
        for s in range(n):
            if seen[s]:
                continue
            comps += 1
            seen[s] = True
            dq = deque([s])
            while dq:
                u = dq.popleft()
                for v in adj[u]:
                    if not seen[v]:
                        seen[v] = True
                        dq.append(v)
        out.append(str(comps))
    sys.stdout.write(" ".join(out) + "\n")


main()
