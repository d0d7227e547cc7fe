# code-intervals-intersection-two-calendars
# Two pointers over the sorted lists, advancing whichever window ends first: O(m + n) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    a = list(map(int, data[1:1 + 2 * m]))
    pos = 1 + 2 * m
    n = int(data[pos])
    b = list(map(int, data[pos + 1:pos + 1 + 2 * n]))
    out = []
    i = j = 0
    while i < m and j < n:
        s1 = a[2 * i]
        e1 = a[2 * i + 1]
        s2 = b[2 * j]
        e2 = b[2 * j + 1]
        lo = s1 if s1 > s2 else s2
        hi = e1 if e1 < e2 else e2
        if lo <= hi:
            out.append("%d %d\n" % (lo, hi))
        if e1 < e2:
            i += 1
        else:
            j += 1
    sys.stdout.write("".join([str(len(out)), "\n"] + out))


main()
