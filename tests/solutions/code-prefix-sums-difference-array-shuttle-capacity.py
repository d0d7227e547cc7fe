# code-prefix-sums-difference-array-shuttle-capacity
# Difference array (+p at a, -p at b), then a running sum over the stops: O(n + S) time, O(S) space.
import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    cap = int(data[0])
    stops = int(data[1])
    n = int(data[2])
    vals = list(map(int, data[3:3 + 3 * n]))
    diff = [0] * (stops + 1)
    for t in range(0, 3 * n, 3):
        p = vals[t]
        diff[vals[t + 1]] += p
        diff[vals[t + 2]] -= p
    answer = -1
    for stop, load in enumerate(accumulate(diff[:stops])):
        if load > cap:
            answer = stop
            break
    sys.stdout.write("%d\n" % answer)


main()
