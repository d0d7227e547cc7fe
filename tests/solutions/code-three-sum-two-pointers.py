# code-three-sum-two-pointers
# Sort; fix the first value (skipping repeats), two pointers on the rest, skipping repeats after a match: O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(map(int, data[1:1 + n]))
    found = []
    for i in range(n - 2):
        x = a[i]
        if x > 0:
            break
        if i > 0 and x == a[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = x + a[lo] + a[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                y, z = a[lo], a[hi]
                found.append("%d %d %d\n" % (x, y, z))
                while lo < hi and a[lo] == y:
                    lo += 1
                while lo < hi and a[hi] == z:
                    hi -= 1
    sys.stdout.write("".join(["%d\n" % len(found)] + found))


main()
