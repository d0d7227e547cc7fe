# code-binary-search-min-drain-rate (SLOW on purpose)
# Starts at the lower bound ceil(sum(b) / H) and tries r, r + 1, ... until the backlogs fit in H
# minutes: O(n * (answer - lower bound)) time, up to about 5 * 10^8 rates of n queues each.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    b = [int(x) for x in data[1:1 + n]]
    h = int(data[1 + n])
    r = max(1, (sum(b) + h - 1) // h)
    while sum((x + r - 1) // r for x in b) > h:
        r += 1
    sys.stdout.write("%d\n" % r)


main()
