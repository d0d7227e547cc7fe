# code-graph-grid-components-dfs
# Scan the grid; flood-fill each unvisited hot cell with an explicit stack over a flat padded array: O(m*n) time and space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m, n = int(data[0]), int(data[1])
    w = n + 1  # one padding column on the right, rows above and below padded too
    hot = bytearray((m + 2) * w)
    for r in range(m):
        row = data[2 + r]
        base = (r + 1) * w
        for c in range(n):
            if row[c] == 72:  # 'H'
                hot[base + c] = 1
    count = 0
    for start in range(w, (m + 1) * w):
        if hot[start]:
            count += 1
            hot[start] = 0
            stack = [start]
            while stack:
                x = stack.pop()
                for y in (x - 1, x + 1, x - w, x + w):
                    if hot[y]:
                        hot[y] = 0
                        stack.append(y)
    sys.stdout.write("%d\n" % count)


main()
