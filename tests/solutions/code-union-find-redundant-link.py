# code-union-find-redundant-link
# Union-find with path halving and union by size; the first cable joining two switches already connected is the answer: O(n α(n)) time, O(n) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    it = 2
    answer = None
    for _ in range(m):
        a, b = data[it], data[it + 1]
        it += 2
        ra, rb = find(int(a)), find(int(b))
        if ra == rb:
            answer = (a, b)
            break
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
    sys.stdout.write("%s %s\n" % (answer[0].decode(), answer[1].decode()))


main()
