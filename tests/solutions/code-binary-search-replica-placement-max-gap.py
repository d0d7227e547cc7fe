# code-binary-search-replica-placement-max-gap
# Sort the racks, then binary search the largest gap d for which greedy placement (first rack, then
# each next rack at least d further on) fits k replicas: O(n log n + n log(range)) time, O(n) space.
import sys


def fits(pos, k, d):
    count = 1
    last = pos[0]
    for x in pos:
        if x - last >= d:
            count += 1
            last = x
            if count >= k:
                return True
    return count >= k


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = sorted(int(x) for x in data[1:1 + n])
    k = int(data[1 + n])
    lo, hi = 1, (pos[-1] - pos[0]) // (k - 1)
    while lo < hi:
        d = (lo + hi + 1) // 2
        if fits(pos, k, d):
            lo = d
        else:
            hi = d - 1
    sys.stdout.write("%d\n" % lo)


main()
