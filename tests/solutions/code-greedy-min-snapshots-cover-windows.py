# code-greedy-min-snapshots-cover-windows
# Sort windows by end; take a snapshot at the end of the first window not yet covered, which
# covers every later-ending window that has started by then. O(n log n) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    wins = sorted(
        ((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)),
        key=lambda w: w[1],
    )
    shots = 0
    last = None
    for s, e in wins:
        if last is None or s > last:
            shots += 1
            last = e
    sys.stdout.write("%d\n" % shots)


main()
