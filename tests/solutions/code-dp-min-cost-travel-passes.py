# code-dp-min-cost-travel-passes
# dp over the sorted usage days: dp[i + 1] = min(dp[i] + p1, dp[j7] + p7, dp[j30] + p30), where
# j_k is the first day a k-day pass ending on day i would still cover (two pointers): O(n) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    days = [int(x) for x in data[1:1 + n]]
    p1, p7, p30 = (int(x) for x in data[1 + n:4 + n])
    dp = [0] * (n + 1)
    j7 = j30 = 0
    for i in range(n):
        d = days[i]
        while days[j7] <= d - 7:
            j7 += 1
        while days[j30] <= d - 30:
            j30 += 1
        a = dp[i] + p1
        b = dp[j7] + p7
        c = dp[j30] + p30
        if b < a:
            a = b
        if c < a:
            a = c
        dp[i + 1] = a
    sys.stdout.write("%d\n" % dp[n])


main()
