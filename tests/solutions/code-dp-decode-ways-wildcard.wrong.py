# code-dp-decode-ways-wildcard (deliberately wrong)
# Same O(n) recurrence, but a '*' before a digit always counts two letters (1d and 2d), so 27..29
# are wrongly accepted as letters.
import sys

MOD = 10 ** 9 + 7


def single(c):
    if c == "*":
        return 9
    return 0 if c == "0" else 1


def pair(a, b):
    if a == "*":
        return 15 if b == "*" else 2
    if a == "1":
        return 9 if b == "*" else 1
    if a == "2":
        if b == "*":
            return 6
        return 1 if b <= "6" else 0
    return 0


def main():
    s = sys.stdin.readline().strip()
    prev2, prev1 = 1, single(s[0]) if s else 1
    for i in range(1, len(s)):
        cur = (prev1 * single(s[i]) + prev2 * pair(s[i - 1], s[i])) % MOD
        prev2, prev1 = prev1, cur
    sys.stdout.write("%d\n" % prev1)


main()
