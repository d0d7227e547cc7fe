# code-dp-partition-equal-sum-shards
# Subset sum to half the total, kept as a bitset in one Python integer: bit s is set when some
# subset of the shards seen so far sums to s. O(n x S / 64) word operations, S <= 20000.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    sizes = [int(x) for x in data[1:1 + n]]
    total = sum(sizes)
    if total % 2:
        sys.stdout.write("false\n")
        return
    half = total // 2
    mask = (1 << (half + 1)) - 1
    reach = 1
    for s in sizes:
        reach = (reach | (reach << s)) & mask
    sys.stdout.write("true\n" if reach >> half & 1 else "false\n")


main()
