# code-tree-lowest-common-ancestor
# Build parent links and depths in one BFS over the level-order input, then climb both ids to equal depth and up together: O(n) time, O(n) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    toks = data[1:1 + n]
    p = int(data[1 + n])
    q = int(data[2 + n])
    parent = {}
    depth = {}
    if n:
        root = int(toks[0])
        parent[root] = None
        depth[root] = 0
        queue = [root]
        head = 0
        i = 1
        while i < n:
            node = queue[head]
            head += 1
            for _ in range(2):
                if i < n:
                    t = toks[i]
                    i += 1
                    if t != b"null":
                        v = int(t)
                        parent[v] = node
                        depth[v] = depth[node] + 1
                        queue.append(v)
    a, b = p, q
    while depth[a] > depth[b]:
        a = parent[a]
    while depth[b] > depth[a]:
        b = parent[b]
    while a != b:
        a = parent[a]
        b = parent[b]
    sys.stdout.write("%d\n" % a)


main()
