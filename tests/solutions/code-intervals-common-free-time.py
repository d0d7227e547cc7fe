# code-intervals-common-free-time
# Flatten all busy blocks, sort by start, merge into a union and report gaps of length >= D: O(N log N).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    d = int(data[1])
    pos = 2
    packed = []
    for _ in range(k):
        m = int(data[pos])
        pos += 1
        vals = list(map(int, data[pos:pos + 2 * m]))
        pos += 2 * m
        # pack (start, end) into one integer so the sort runs on plain ints
        packed.extend([(s << 32) | e for s, e in zip(vals[0::2], vals[1::2])])
    packed.sort()
    gaps = []
    cur_end = None
    mask = (1 << 32) - 1
    for x in packed:
        s = x >> 32
        e = x & mask
        if cur_end is None:
            cur_end = e
        elif s > cur_end:
            if s - cur_end >= d:
                gaps.append("%d %d\n" % (cur_end, s))
            cur_end = e
        elif e > cur_end:
            cur_end = e
    sys.stdout.write("".join(["%d\n" % len(gaps)] + gaps))


main()
