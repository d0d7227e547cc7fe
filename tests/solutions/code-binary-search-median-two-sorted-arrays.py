# code-binary-search-median-two-sorted-arrays
# Per query, binary search the cut in the shorter prefix so both left parts hold half: O(log min(i, j)).
import sys

NEG = float("-inf")
POS = float("inf")


def median(a, m, b, n):
    # median of a[:m] and b[:n]; requires m <= n and m + n >= 1
    half = (m + n + 1) // 2
    lo = 0
    hi = m
    while True:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else NEG
        a_right = a[i] if i < m else POS
        b_left = b[j - 1] if j > 0 else NEG
        b_right = b[j] if j < n else POS
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left = a_left if a_left > b_left else b_left
            if (m + n) % 2:
                return "%d" % left
            right = a_right if a_right < b_right else b_right
            total = left + right
            return "%d" % (total // 2) if total % 2 == 0 else "%d.5" % (total // 2)


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    a = list(map(int, data[1:1 + m]))
    pos = 1 + m
    n = int(data[pos])
    b = list(map(int, data[pos + 1:pos + 1 + n]))
    pos += 1 + n
    q = int(data[pos])
    qs = list(map(int, data[pos + 1:pos + 1 + 2 * q]))
    out = []
    for t in range(0, 2 * q, 2):
        i = qs[t]
        j = qs[t + 1]
        if i <= j:
            out.append(median(a, i, b, j))
        else:
            out.append(median(b, j, a, i))
    sys.stdout.write("\n".join(out) + "\n")


main()
