# code-graph-topo-sort-safe-services
# Kahn's algorithm on the reversed graph: start from services that call nothing, and a caller becomes
# safe once every one of its calls is safe (its out-degree drops to 0): O(n + m) time and space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    callers = [[] for _ in range(n)]
    out_deg = [0] * n
    it = 2
    for _ in range(m):
        a = int(data[it]); b = int(data[it + 1])
        it += 2
        callers[b].append(a)
        out_deg[a] += 1
    stack = [v for v in range(n) if out_deg[v] == 0]
    safe = [False] * n
    for v in stack:
        safe[v] = True
    while stack:
        b = stack.pop()
        for a in callers[b]:
            out_deg[a] -= 1
            if out_deg[a] == 0:
                safe[a] = True
                stack.append(a)
    res = [str(v) for v in range(n) if safe[v]]
    sys.stdout.write(" ".join([str(len(res))] + res) + "\n")


main()
