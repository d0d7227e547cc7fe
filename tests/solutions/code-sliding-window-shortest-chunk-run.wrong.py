# code-sliding-window-shortest-chunk-run (deliberately wrong)
# Variable window, but it waits for the sum to exceed S instead of reaching it (> where >= is needed): O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    sizes = list(map(int, data[1:1 + n]))
    target = int(data[1 + n])
    left = 0
    total = 0
    best = n + 1
    for right in range(n):
        total += sizes[right]
        while total > target:
            if right - left + 1 < best:
                best = right - left + 1
            total -= sizes[left]
            left += 1
    sys.stdout.write("".join([str(best if best <= n else 0), "\n"]))


main()
