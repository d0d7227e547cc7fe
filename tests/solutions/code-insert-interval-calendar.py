# code-insert-interval-calendar
# Three phases: copy blocks ending before the new start, absorb blocks that overlap or touch, copy the rest: O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    start, end = int(data[1 + 2 * n]), int(data[2 + 2 * n])
    out = []
    i = 0
    while i < n and vals[2 * i + 1] < start:
        out.append("%d %d\n" % (vals[2 * i], vals[2 * i + 1]))
        i += 1
    while i < n and vals[2 * i] <= end:
        start = min(start, vals[2 * i])
        end = max(end, vals[2 * i + 1])
        i += 1
    out.append("%d %d\n" % (start, end))
    while i < n:
        out.append("%d %d\n" % (vals[2 * i], vals[2 * i + 1]))
        i += 1
    sys.stdout.write("".join(["%d\n" % len(out)] + out))


main()
