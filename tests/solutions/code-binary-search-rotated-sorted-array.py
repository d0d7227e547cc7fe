# code-binary-search-rotated-sorted-array
# Per target, binary search keeping the half that is sorted and holds the target: O(log n) a query.
import sys


def find(a, target):
    lo = 0
    hi = len(a) - 1
    while lo <= hi:
        mid = (lo + hi) >> 1
        v = a[mid]
        if v == target:
            return mid
        if a[lo] <= v:
            # left half a[lo..mid] is sorted
            if a[lo] <= target < v:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            # right half a[mid..hi] is sorted
            if v < target <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    q = int(data[1 + n])
    targets = map(int, data[2 + n:2 + n + q])
    out = ["%d\n" % find(a, t) for t in targets]
    sys.stdout.write("".join(out))


main()
