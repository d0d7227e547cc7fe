# code-tree-level-order-traversal
# Build the tree from its level-order tokens, then BFS one level per loop iteration: O(n) time, O(w) queue.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    count = int(data[0])
    tokens = data[1:1 + count]
    if not tokens:
        sys.stdout.write("0\n")
        return
    # node i: value vals[i], children left[i] / right[i] (-1 when missing)
    vals = [int(tokens[0])]
    left = [-1]
    right = [-1]
    parents = [0]
    head = 0
    t = 1
    while t < len(tokens):
        p = parents[head]
        head += 1
        for side in (left, right):
            if t >= len(tokens):
                break
            tok = tokens[t]
            t += 1
            if tok != b"null":
                side[p] = len(vals)
                parents.append(len(vals))
                vals.append(int(tok))
                left.append(-1)
                right.append(-1)
    levels = []
    level = [0]
    while level:
        levels.append(" ".join([str(len(level))] + [str(vals[x]) for x in level]) + "\n")
        nxt = []
        for x in level:
            if left[x] >= 0:
                nxt.append(left[x])
            if right[x] >= 0:
                nxt.append(right[x])
        level = nxt
    sys.stdout.write("".join(["%d\n" % len(levels)] + levels))


main()
