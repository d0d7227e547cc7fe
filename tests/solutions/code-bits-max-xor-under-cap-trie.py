# code-bits-max-xor-under-cap-trie
# Offline: sort the ids and the queries by cap m; before each query insert every id <= m into a
# binary trie (30 levels, highest bit first), then walk down preferring the child whose bit is
# the opposite of x's bit. The trie is two flat child arrays. O((n + q) * 30 + sort) time.
import sys


BITS = 30


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ids = sorted(map(int, data[1:1 + n]))
    q = int(data[1 + n])
    raw = list(map(int, data[2 + n:2 + n + 2 * q]))
    order = sorted(range(q), key=lambda k: raw[2 * k + 1])
    zero = [0] * (n * BITS + 1)
    one = [0] * (n * BITS + 1)
    nodes = 1
    answer = [-1] * q
    taken = 0
    for k in order:
        x = raw[2 * k]
        cap = raw[2 * k + 1]
        while taken < n and ids[taken] <= cap:
            v = ids[taken]
            taken += 1
            node = 0
            for b in range(BITS - 1, -1, -1):
                child = one if (v >> b) & 1 else zero
                nxt = child[node]
                if nxt == 0:
                    nxt = child[node] = nodes
                    nodes += 1
                node = nxt
        if taken == 0:
            continue
        node = 0
        best = 0
        for b in range(BITS - 1, -1, -1):
            if (x >> b) & 1:
                want, other = zero, one
            else:
                want, other = one, zero
            nxt = want[node]
            if nxt:
                best |= 1 << b
                node = nxt
            else:
                node = other[node]
        answer[k] = best
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
