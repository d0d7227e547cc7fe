# perf-histogram-quantile-interpolation
# Walk the running count to the first bucket reaching rank = q x total, interpolate inside it; O(buckets).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    bounds = list(map(int, data[1:1 + k]))
    counts = list(map(int, data[2 + k:2 + 2 * k]))
    q = float(data[2 + 2 * k])
    rank = q * sum(counts)
    before = 0
    lower = 0
    result = float(bounds[-1])
    for upper, c in zip(bounds, counts):
        if c > 0 and before + c >= rank:
            result = lower + (rank - before) / c * (upper - lower)
            break
        before += c
        lower = upper
    sys.stdout.write("%.9f\n" % result)


main()
