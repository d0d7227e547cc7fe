# code-bst-kth-smallest
# Iterative in-order traversal with an explicit stack, stopping at the k-th pop: O(h + k) time, O(h) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    count = int(data[0])
    tokens = data[1:1 + count]
    k = int(data[1 + count])
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
    stack = []
    node = 0
    answer = None
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        k -= 1
        if k == 0:
            answer = vals[node]
            break
        node = right[node]
    sys.stdout.write("%d\n" % answer)


main()
