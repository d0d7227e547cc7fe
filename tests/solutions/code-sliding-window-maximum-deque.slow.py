# code-sliding-window-maximum-deque (SLOW on purpose)
# Naive: the maximum of every window by scanning it: O(n * k) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    out = [max(a[i:i + k]) for i in range(n - k + 1)]
    sys.stdout.write(" ".join([str(len(out))] + list(map(str, out))) + "\n")


main()
