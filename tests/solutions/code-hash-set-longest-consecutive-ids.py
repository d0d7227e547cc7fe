# code-hash-set-longest-consecutive-ids
# Hash set of ids; count upward only from x with x - 1 absent, so each run is walked once: O(n) expected.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    present = set(map(int, data[1:1 + n]))
    best = 0
    for x in present:
        if x - 1 not in present:
            y = x + 1
            while y in present:
                y += 1
            if y - x > best:
                best = y - x
    sys.stdout.write("".join([str(best), "\n"]))


main()
