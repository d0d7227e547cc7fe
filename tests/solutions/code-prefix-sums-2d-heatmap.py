# code-prefix-sums-2d-heatmap
# 2D prefix sums P[i][j] over the top-left i x j block; each query by inclusion-exclusion: O(R*C + q).
import sys
from itertools import accumulate
from operator import add


def main():
    data = sys.stdin.buffer.read().split()
    r = int(data[0])
    c = int(data[1])
    pos = 2
    prev = [0] * (c + 1)
    rows = [prev]
    for _ in range(r):
        run = accumulate(map(int, data[pos:pos + c]), initial=0)
        prev = list(map(add, prev, run))
        rows.append(prev)
        pos += c
    q = int(data[pos])
    pos += 1
    vals = list(map(int, data[pos:pos + 4 * q]))
    out = []
    for t in range(0, 4 * q, 4):
        r1 = vals[t]
        c1 = vals[t + 1]
        r2 = vals[t + 2] + 1
        c2 = vals[t + 3] + 1
        top = rows[r1]
        bottom = rows[r2]
        out.append("%d\n" % (bottom[c2] - top[c2] - bottom[c1] + top[c1]))
    sys.stdout.write("".join(out))


main()
