# code-intervals-detect-double-booking
# Sort by start, then an overlap exists iff some start is strictly below the previous end: O(n log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    bookings = sorted(zip(vals[0::2], vals[1::2]))
    overlap = False
    for i in range(1, n):
        if bookings[i][0] < bookings[i - 1][1]:
            overlap = True
            break
    sys.stdout.write("".join(["true" if overlap else "false", "\n"]))


main()
