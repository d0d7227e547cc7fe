# code-dp-grid-paths-obstacles
# One rolling row: ways[j] += ways[j-1] for open cells, 0 for blocked ones; O(m*n) time, O(n) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m, n = int(data[0]), int(data[1])
    cells = data[2:2 + m * n]
    ways = [0] * n
    ways[0] = 1
    for i in range(m):
        row = cells[i * n:(i + 1) * n]
        for j in range(n):
            if row[j] == b"1":
                ways[j] = 0
            elif j:
                ways[j] += ways[j - 1]
    sys.stdout.write("%d\n" % ways[-1])


main()
