# code-binary-search-kth-smallest-latency-gap
# Sort, then binary search the gap d: pairs with difference <= d are counted with two pointers in
# O(n); the answer is the smallest d with at least k such pairs: O(n log n + n log(max)) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(int(x) for x in data[1:1 + n])
    k = int(data[1 + n])
    lo, hi = 0, a[-1] - a[0]
    while lo < hi:
        d = (lo + hi) // 2
        count = 0
        left = 0
        for right in range(n):
            x = a[right] - d
            while a[left] < x:
                left += 1
            count += right - left
        if count >= k:
            hi = d
        else:
            lo = d + 1
    sys.stdout.write("%d\n" % lo)


main()
