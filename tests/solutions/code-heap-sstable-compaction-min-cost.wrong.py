# code-heap-sstable-compaction-min-cost (WRONG on purpose)
# Sorts the runs once and folds them left to right, so a merged run is never compared again with the
# runs still waiting: right when each merged run stays the smallest, too costly otherwise.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    runs = sorted(int(x) for x in data[1:1 + n])
    total = 0
    acc = runs[0]
    for r in runs[1:]:
        acc += r
        total += acc
    sys.stdout.write("%d\n" % total)


main()
