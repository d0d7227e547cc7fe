# code-greedy-candy-replica-threads
# Two passes: left to right gives each replica one more than its left neighbour when it beats it,
# right to left raises it to one more than its right neighbour when it beats that one (keeping
# the larger value). O(n) time and space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    r = [int(x) for x in data[1:1 + n]]
    t = [1] * n
    for i in range(1, n):
        if r[i] > r[i - 1]:
            t[i] = t[i - 1] + 1
    for i in range(n - 2, -1, -1):
        if r[i] > r[i + 1] and t[i] <= t[i + 1]:
            t[i] = t[i + 1] + 1
    sys.stdout.write("%d\n" % sum(t))


main()
