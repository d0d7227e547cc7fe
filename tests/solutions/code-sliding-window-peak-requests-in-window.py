# code-sliding-window-peak-requests-in-window
# Two pointers: for each right, advance left while t[right] - t[left] >= W; count right - left + 1: O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = list(map(int, data[1:1 + n]))
    w = int(data[1 + n])
    left = 0
    best = 0
    for right in range(n):
        limit = t[right] - w
        while t[left] <= limit:
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    sys.stdout.write("".join([str(best), "\n"]))


main()
