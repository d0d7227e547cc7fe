# code-sliding-window-exactly-k-distinct
# exactly(k) = atMost(k) - atMost(k - 1), each a sliding window with an id-count array: O(n) time.
import sys


def at_most(a, k, size):
    if k <= 0:
        return 0
    count = [0] * size
    distinct = 0
    left = 0
    total = 0
    for right, x in enumerate(a):
        if count[x] == 0:
            distinct += 1
        count[x] += 1
        while distinct > k:
            y = a[left]
            count[y] -= 1
            if count[y] == 0:
                distinct -= 1
            left += 1
        total += right - left + 1
    return total


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    size = n + 2
    sys.stdout.write("%d\n" % (at_most(a, k, size) - at_most(a, k - 1, size)))


main()
