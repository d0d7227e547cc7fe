# code-prefix-sums-subarray-sum-equals-k (deliberately slow)
# Every start with a running sum over every end: O(n^2) time, O(1) extra space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = [int(x) for x in data[1:1 + n]]
    k = int(data[1 + n])
    total = 0
    for i in range(n):
        s = 0
        for j in range(i, n):
            s += vals[j]
            if s == k:
                total += 1
    sys.stdout.write("".join([str(total), "\n"]))


main()
