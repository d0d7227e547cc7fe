# code-sliding-window-shortest-chunk-run (deliberately slow)
# From every start, add chunks until the sum reaches S: O(n^2) time in the worst case, O(1) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    sizes = [int(x) for x in data[1:1 + n]]
    target = int(data[1 + n])
    best = 0
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += sizes[j]
            if total >= target:
                if best == 0 or j - i + 1 < best:
                    best = j - i + 1
                break
    sys.stdout.write("".join([str(best), "\n"]))


main()
