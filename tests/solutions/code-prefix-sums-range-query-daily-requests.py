# code-prefix-sums-range-query-daily-requests
# Prefix sums P[i + 1] = P[i] + counts[i]; each query is P[r + 1] - P[l]: O(n + q) time, O(n) space.
import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    prefix = [0]
    prefix.extend(accumulate(map(int, data[1:1 + n])))
    q = int(data[1 + n])
    bounds = list(map(int, data[2 + n:2 + n + 2 * q]))
    out = []
    for k in range(0, 2 * q, 2):
        out.append("%d\n" % (prefix[bounds[k + 1] + 1] - prefix[bounds[k]]))
    sys.stdout.write("".join(out))


main()
