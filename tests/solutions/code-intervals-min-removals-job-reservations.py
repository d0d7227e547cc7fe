# code-intervals-min-removals-job-reservations
# Greedy by earliest end: keep a reservation when it starts at or after the last kept end; O(n log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    jobs = sorted(zip(vals[1::2], vals[0::2]))  # (end, start)
    kept = 0
    last_end = None
    for end, start in jobs:
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    sys.stdout.write("".join([str(n - kept), "\n"]))


main()
