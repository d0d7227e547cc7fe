# code-two-sum-sorted-two-pointers
# Two pointers from both ends of the sorted array, moving the side that fixes the sum: O(n) time, O(1) extra.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    target = int(data[1 + n])
    sizes = data  # sizes[k + 1] is block k; converted on demand
    lo, hi = 0, n - 1
    a_lo = int(sizes[1]) if n else 0
    a_hi = int(sizes[n]) if n else 0
    answer = "-1 -1"
    while lo < hi:
        total = a_lo + a_hi
        if total == target:
            answer = "%d %d" % (lo, hi)
            break
        if total < target:
            lo += 1
            a_lo = int(sizes[lo + 1])
        else:
            hi -= 1
            a_hi = int(sizes[hi + 1])
    sys.stdout.write("".join([answer, "\n"]))


main()
