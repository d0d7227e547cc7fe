# code-dp-coin-change-count-ways
# Unbounded knapsack counting with denominations in the outer loop, so each multiset is counted
# once: ways[a] += ways[a - d], modulo 10^9 + 7; O(k x A) time, O(A) space.
import sys

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    denoms = [int(x) for x in data[1:1 + k]]
    amount = int(data[1 + k])
    ways = [0] * (amount + 1)
    ways[0] = 1
    for d in denoms:
        for a in range(d, amount + 1):
            ways[a] = (ways[a] + ways[a - d]) % MOD
    sys.stdout.write("%d\n" % ways[amount])


main()
