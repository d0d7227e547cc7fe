# code-binary-search-split-shards-min-max-load (WRONG on purpose)
# Lower bound of the search taken as ceil(sum / k) instead of max(w): a tenant bigger than the limit slips through.
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
    lo = (sum(w) + k - 1) // k
    hi = sum(w)
    while lo < hi:
        mid = (lo + hi) // 2
        if shards_needed(w, mid, k) <= k:
            hi = mid
        else:
            lo = mid + 1
    sys.stdout.write("%d\n" % lo)


main()
