# code-greedy-candy-replica-threads (deliberately wrong)
# Two passes, but the right-to-left pass overwrites the left pass's count instead of keeping the
# larger one, so a peak can end up no higher than its left neighbour. O(n).
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
        if r[i] > r[i + 1]:
            t[i] = t[i + 1] + 1
    sys.stdout.write("%d\n" % sum(t))


main()
