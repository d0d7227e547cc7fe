# code-sliding-window-exactly-k-distinct (SLOW on purpose)
# Naive: from every start, grow a set until it holds more than k ids: O(n^2) in the worst case.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    total = 0
    for i in range(n):
        seen = set()
        for j in range(i, n):
            seen.add(a[j])
            if len(seen) > k:
                break
            if len(seen) == k:
                total += 1
    sys.stdout.write("%d\n" % total)


main()
