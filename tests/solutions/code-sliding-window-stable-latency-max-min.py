# code-sliding-window-stable-latency-max-min
# Two monotonic deques of indices, one decreasing (window maximum at the front) and one increasing
# (window minimum at the front); move left while max - min > L: O(n) time, O(n) space.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    limit = int(data[1 + n])
    maxq = deque()
    minq = deque()
    left = 0
    best = 0
    for right in range(n):
        x = a[right]
        while maxq and a[maxq[-1]] <= x:
            maxq.pop()
        maxq.append(right)
        while minq and a[minq[-1]] >= x:
            minq.pop()
        minq.append(right)
        while a[maxq[0]] - a[minq[0]] > limit:
            left += 1
            if maxq[0] < left:
                maxq.popleft()
            if minq[0] < left:
                minq.popleft()
        if right - left + 1 > best:
            best = right - left + 1
    sys.stdout.write("%d\n" % best)


main()
