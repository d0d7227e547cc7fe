# code-tree-max-path-sum
# Children-before-parent pass (reverse BFS order) computing the best downward gain per node and the best bend at each node: O(n) time and space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    toks = data[1:1 + n]
    vals = [int(toks[0])]
    left = [-1]
    right = [-1]
    i, head = 1, 0
    while i < n:
        node = head
        head += 1
        for side in (0, 1):
            if i < n:
                t = toks[i]
                i += 1
                if t != b"null":
                    vals.append(int(t)); left.append(-1); right.append(-1)
                    if side == 0:
                        left[node] = len(vals) - 1
                    else:
                        right[node] = len(vals) - 1
    m = len(vals)
    gain = [0] * m
    best = vals[0]
    # nodes were numbered in BFS order, so every child has a larger index than its parent
    for x in range(m - 1, -1, -1):
        lg = gain[left[x]] if left[x] >= 0 else 0
        rg = gain[right[x]] if right[x] >= 0 else 0
        if lg < 0:
            lg = 0
        if rg < 0:
            rg = 0
        v = vals[x]
        if v + lg + rg > best:
            best = v + lg + rg
        gain[x] = v + (lg if lg > rg else rg)
    sys.stdout.write("%d\n" % best)


main()
