# code-prefix-sums-subarray-sum-equals-k (deliberately wrong)
# Records the prefix before looking up P - k, so with k = 0 each position matches itself: O(n).
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
        seen[prefix] = seen.get(prefix, 0) + 1
        total += seen.get(prefix - k, 0)
    sys.stdout.write("".join([str(total), "\n"]))


main()
