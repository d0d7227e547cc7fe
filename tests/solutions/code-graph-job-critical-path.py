# code-graph-job-critical-path
# Kahn's topological order with finish[v] = duration[v] + max finish of its prerequisites; fewer than n processed means a cycle: O(V + E) time and space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    dur = [int(x) for x in data[1:1 + n]]
    m = int(data[2 + n])
    it = 3 + n
    after = [[] for _ in range(n)]
    indeg = [0] * n
    for _ in range(m):
        a = int(data[it]); b = int(data[it + 1])
        it += 2
        after[a].append(b)
        indeg[b] += 1
    start = [0] * n
    queue = [i for i in range(n) if indeg[i] == 0]
    head = 0
    best = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        f = start[u] + dur[u]
        if f > best:
            best = f
        for v in after[u]:
            if f > start[v]:
                start[v] = f
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    sys.stdout.write("%d\n" % (best if len(queue) == n else -1))


main()
