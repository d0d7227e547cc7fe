# code-dp-coin-change-count-ways (deliberately wrong)
# Amounts in the outer loop and denominations inside: this counts ordered sequences, so
# 2 + 3 and 3 + 2 are counted twice. O(k x A) time.
import sys

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    denoms = [int(x) for x in data[1:1 + k]]
    amount = int(data[1 + k])
    ways = [0] * (amount + 1)
    ways[0] = 1
    for a in range(1, amount + 1):
        s = 0
        for d in denoms:
            if d <= a:
                s += ways[a - d]
        ways[a] = s % MOD
    sys.stdout.write("%d\n" % ways[amount])


main()
