# code-dp-coin-change-min
# Bottom-up dp[a] = min(dp[a - c] + 1) over coins c <= a; O(amount x coins) time, O(amount) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    coins = [c for c in map(int, data[1:1 + k])]
    amount = int(data[1 + k])
    coins = sorted(set(c for c in coins if c <= amount))
    inf = amount + 1
    dp = [0] + [inf] * amount
    for a in range(1, amount + 1):
        best = inf
        for c in coins:
            if c > a:
                break
            v = dp[a - c]
            if v < best:
                best = v
        dp[a] = best + 1 if best < inf else inf
    sys.stdout.write("%d\n" % (dp[amount] if dp[amount] < inf else -1))


main()
