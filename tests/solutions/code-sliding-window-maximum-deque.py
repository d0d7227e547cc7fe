# code-sliding-window-maximum-deque
# Monotonic deque of indices with decreasing values; the front is the window maximum: O(n) time, O(k) space.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    dq = deque()
    push = dq.append
    pop = dq.pop
    popleft = dq.popleft
    out = []
    emit = out.append
    for i, v in enumerate(a):
        while dq and a[dq[-1]] <= v:
            pop()
        push(i)
        if dq[0] <= i - k:
            popleft()
        if i >= k - 1:
            emit(a[dq[0]])
    sys.stdout.write(" ".join([str(len(out))] + list(map(str, out))) + "\n")


main()
