# code-intervals-ip-blocklist-range-set
# Disjoint, non-adjacent ranges in parallel sorted lists; bisect for queries and for the merge span of an add.
# Queries are O(log n); an add is O(log n) plus a C-level list shift when ranges appear or disappear.
import sys
from bisect import bisect_left, bisect_right


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    starts = []
    ends = []

    def add(lo, hi):
        # ranges that overlap or touch [lo, hi] are those with end >= lo - 1 and start <= hi + 1
        i = bisect_left(ends, lo - 1)
        j = bisect_right(starts, hi + 1)
        if i == j:
            starts.insert(i, lo)
            ends.insert(i, hi)
            return
        if starts[i] < lo:
            lo = starts[i]
        if ends[j - 1] > hi:
            hi = ends[j - 1]
        starts[i] = lo
        ends[i] = hi
        if j - i > 1:
            del starts[i + 1:j]
            del ends[i + 1:j]

    n = int(lines[0])
    for t in range(1, n + 1):
        a, b = lines[t].split()
        add(int(a), int(b))
    pos = n + 1
    q = int(lines[pos])
    out = []
    for t in range(pos + 1, pos + 1 + q):
        parts = lines[t].split()
        op = parts[0]
        if op == b"blocked":
            ip = int(parts[1])
            k = bisect_right(starts, ip) - 1
            out.append("true\n" if k >= 0 and ends[k] >= ip else "false\n")
        elif op == b"add":
            add(int(parts[1]), int(parts[2]))
        else:  # ranges
            items = [str(len(starts))]
            for s, e in zip(starts, ends):
                items.append(str(s))
                items.append(str(e))
            out.append(" ".join(items) + "\n")
    sys.stdout.write("".join(out))


main()
