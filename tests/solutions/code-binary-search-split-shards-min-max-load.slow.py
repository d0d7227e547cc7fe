# code-binary-search-split-shards-min-max-load (SLOW on purpose)
# Tries every limit upward from max(w) with the greedy check: O(n * (answer - max(w))).
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
    limit = max(w)
    while shards_needed(w, limit, k) > k:
        limit += 1
    sys.stdout.write("%d\n" % limit)


main()
