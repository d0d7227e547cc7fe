# code-binary-search-min-drain-rate (WRONG on purpose)
# Counts the minutes for a queue as b // r, forgetting that a partial last batch still takes a minute.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    b = [int(x) for x in data[1:1 + n]]
    h = int(data[1 + n])
    lo, hi = 1, max(b)
    while lo < hi:
        r = (lo + hi) // 2
        if sum(x // r for x in b) <= h:
            hi = r
        else:
            lo = r + 1
    sys.stdout.write("%d\n" % lo)


main()
