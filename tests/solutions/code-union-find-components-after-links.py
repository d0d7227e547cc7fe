# code-union-find-components-after-links
# Union-find with path halving and union by size; a link that joins two different roots lowers the
# count by one: O((n + m) * alpha(n)) time, O(n) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    comps = n
    out = [str(m)]
    it = 2
    for _ in range(m):
        a = find(int(data[it])); b = find(int(data[it + 1]))
        it += 2
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            comps -= 1
        out.append(str(comps))
    sys.stdout.write(" ".join(out) + "\n")


main()
