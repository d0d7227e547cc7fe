# code-sliding-window-maximum-deque (WRONG on purpose)
# Deque of values instead of indices, popping equal values: a duplicate maximum expires too early.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    dq = deque()
    out = []
    for i, v in enumerate(a):
        if i >= k and dq and dq[0] == a[i - k]:
            dq.popleft()
        while dq and dq[-1] <= v:
            dq.pop()
        dq.append(v)
        if i >= k - 1:
            out.append(dq[0])
    sys.stdout.write(" ".join([str(len(out))] + list(map(str, out))) + "\n")


main()
