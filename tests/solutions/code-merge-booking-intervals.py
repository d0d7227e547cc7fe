# code-merge-booking-intervals
# Sort by start; extend the last merged end with max(end) while the next start <= it: O(n log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    bookings = sorted(zip(vals[0::2], vals[1::2]))
    merged = []
    for start, end in bookings:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    out = ["%d\n" % len(merged)]
    out.extend("%d %d\n" % (s, e) for s, e in merged)
    sys.stdout.write("".join(out))


main()
