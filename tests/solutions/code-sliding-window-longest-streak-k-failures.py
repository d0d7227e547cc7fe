# code-sliding-window-longest-streak-k-failures
# Variable window: extend right, count failures inside, and move left past failures while there are
# more than k; the best window length is the answer: O(n) time, O(1) extra space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    checks = data[1:1 + n]
    k = int(data[1 + n])
    left = 0
    fails = 0
    best = 0
    for right in range(n):
        if checks[right] == b"0":
            fails += 1
        while fails > k:
            if checks[left] == b"0":
                fails -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    sys.stdout.write("%d\n" % best)


main()
