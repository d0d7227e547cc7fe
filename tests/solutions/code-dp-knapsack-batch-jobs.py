# code-dp-knapsack-batch-jobs
# 0/1 knapsack over capacity, one job at a time from the previous row (slices); O(n x C) time, O(C) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    cap = int(data[0])
    n = int(data[1])
    cost = list(map(int, data[2:2 + n]))
    value = list(map(int, data[3 + n:3 + 2 * n]))
    best = [0] * (cap + 1)  # best[c]: largest value within c minutes
    for w, v in zip(cost, value):
        if w > cap:
            continue
        # new best[c] = max(best[c], old best[c - w] + v): the right side is built from the old row
        best[w:] = list(map(max, best[w:], [x + v for x in best[:cap + 1 - w]]))
    sys.stdout.write("%d\n" % best[cap])


main()
