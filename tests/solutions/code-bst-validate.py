# code-bst-validate
# Iterative in-order traversal with an explicit stack; valid iff the keys come out strictly increasing: O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    count = int(data[0])
    tokens = data[1:1 + count]
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
    ok = True
    prev = None
    stack = []
    node = 0
    while ok and (stack or node >= 0):
        while node >= 0:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        if prev is not None and vals[node] <= prev:
            ok = False
        prev = vals[node]
        node = right[node]
    sys.stdout.write("true\n" if ok else "false\n")


main()
