# code-topo-sort-service-deps (SLOW on purpose)
# Naive: every round recounts each service's unmet dependencies over all pairs, then starts the first service with none: O(V * (V + E)) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    names = data[1:1 + n]
    index = {name: i for i, name in enumerate(names)}
    k = int(data[2 + n])
    it = 3 + n
    pairs = []
    for _ in range(k):
        pairs.append((index[data[it]], index[data[it + 1]]))
        it += 2
    started = [False] * n
    order = []
    while len(order) < n:
        unmet = [0] * n
        for a, b in pairs:
            if not started[b]:
                unmet[a] += 1
        pick = -1
        for i in range(n):
            if not started[i] and unmet[i] == 0:
                pick = i
                break
        if pick < 0:
            break
        started[pick] = True
        order.append(pick)
    if len(order) < n:
        sys.stdout.write("0\n")
    else:
        sys.stdout.write("%d %s\n" % (n, b" ".join(names[i] for i in order).decode()))


main()
