# code-stack-next-higher-latency (SLOW on purpose)
# For each minute, scan forward to the first higher latency: O(n^2) in the worst case.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    ans = [0] * n
    for i in range(n):
        x = a[i]
        for j in range(i + 1, n):
            if a[j] > x:
                ans[i] = j - i
                break
    sys.stdout.write(" ".join(map(str, [n] + ans)) + "\n")


main()
