# code-dp-decode-ways-wildcard
# ways(i) = ways(i-1) x (choices for the last character alone)
#         + ways(i-2) x (choices for the last two characters as one letter 10..26), modulo 10^9 + 7,
# with '*' standing for 1..9. Two rolling values: O(n) time, O(1) space.
import sys

MOD = 10 ** 9 + 7


def single(c):
    if c == "*":
        return 9
    return 0 if c == "0" else 1


def pair(a, b):
    if a == "*":
        if b == "*":
            return 15  # 11..19 and 21..26
        return 2 if b <= "6" else 1  # 1b and 2b, or only 1b
    if a == "1":
        return 9 if b == "*" else 1
    if a == "2":
        if b == "*":
            return 6  # 21..26
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
