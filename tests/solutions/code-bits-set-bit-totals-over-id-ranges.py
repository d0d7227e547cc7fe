# code-bits-set-bit-totals-over-id-ranges
# ones(n) = set bits over 0..n, counted bit by bit: in 0..n, bit b cycles through 2^b zeros and
# 2^b ones, so it is set (n + 1) // 2^(b+1) * 2^b + max(0, (n + 1) % 2^(b+1) - 2^b) times.
# Each answer is ones(r) - ones(l - 1): O(log r) per query.
import sys


def ones(n):
    if n < 0:
        return 0
    total = 0
    m = n + 1
    b = 0
    while (1 << b) <= n:
        half = 1 << b
        period = half << 1
        total += m // period * half + max(0, m % period - half)
        b += 1
    return total


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for k in range(q):
        l = int(data[1 + 2 * k])
        r = int(data[2 + 2 * k])
        out.append("%d" % (ones(r) - ones(l - 1)))
    sys.stdout.write("\n".join(out) + "\n")


main()
