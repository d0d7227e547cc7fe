# code-binary-search-split-shards-min-max-load
# Binary search the limit in [max(w), sum(w)] with a greedy left-to-right packing check: O(n log(sum)).
import sys


def shards_needed(w, limit, k):
    count = 1
    total = 0
    for x in w:
        total += x
        if total > limit:
            count += 1
            if count > k:
                return count
            total = x
    return count


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    lo = max(w)
    hi = sum(w)
    while lo < hi:
        mid = (lo + hi) // 2
        if shards_needed(w, mid, k) <= k:
            hi = mid
        else:
            lo = mid + 1
    sys.stdout.write("%d\n" % lo)


main()
