# code-stack-next-higher-latency
# Monotonic stack of indices with decreasing latencies; each index pushed and popped once, O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    ans = [0] * n
    stack = []
    for i, x in enumerate(a):
        while stack and a[stack[-1]] < x:
            j = stack.pop()
            ans[j] = i - j
        stack.append(i)
    sys.stdout.write(" ".join(map(str, [n] + ans)) + "\n")


main()
