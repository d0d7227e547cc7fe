# code-dp-house-robber-ring-servers
# The ring breaks into two straight lines, nodes 0..n-2 and 1..n-1 (node 0 and node n-1 are never
# both lent); each line is the take-or-skip recurrence best = max(skip, take + value). O(n) time.
import sys


def line_best(vals):
    take = skip = 0
    for v in vals:
        take, skip = skip + v, max(skip, take)
    return max(take, skip)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    spare = [int(x) for x in data[1:1 + n]]
    if n == 1:
        best = spare[0]
    else:
        best = max(line_best(spare[:-1]), line_best(spare[1:]))
    sys.stdout.write("%d\n" % best)


main()
