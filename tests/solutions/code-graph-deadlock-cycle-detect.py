# code-graph-deadlock-cycle-detect
# Iterative three-colour DFS keeping the current path; a back edge yields the cycle, rotated to start at its smallest id: O(V + E) time and space.
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
    pos = [-1] * n  # position on the current path, -1 if not on it
    done = [False] * n
    cycle = None
    for s in range(n):
        if done[s] or cycle:
            continue
        path = [s]
        nexti = [0]
        pos[s] = 0
        while path and cycle is None:
            u = path[-1]
            i = nexti[-1]
            if i < len(adj[u]):
                nexti[-1] = i + 1
                v = adj[u][i]
                if pos[v] >= 0:
                    cycle = path[pos[v]:]
                elif not done[v]:
                    pos[v] = len(path)
                    path.append(v)
                    nexti.append(0)
            else:
                path.pop()
                nexti.pop()
                pos[u] = -1
                done[u] = True
    if not cycle:
        sys.stdout.write("0\n")
        return
    k = cycle.index(min(cycle))
    cycle = cycle[k:] + cycle[:k]
    sys.stdout.write("%d %s\n" % (len(cycle), " ".join(map(str, cycle))))


main()
