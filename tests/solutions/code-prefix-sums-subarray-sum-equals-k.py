# code-prefix-sums-subarray-sum-equals-k
# Running prefix sum P with a hash map of prefix counts seeded {0: 1}; add count[P - k] before recording P: O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    k = int(data[1 + n])
    seen = {0: 1}
    prefix = 0
    total = 0
    for v in map(int, data[1:1 + n]):
        prefix += v
        total += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    sys.stdout.write("".join([str(total), "\n"]))


main()
