# code-sliding-window-signature-permutation-positions
# Fixed window of length |p| over s with a count per letter and a tally of letters whose counts match
# the signature; each step changes two counts in O(1): O(|s| + |p|) time, O(26) space.
import sys


def main():
    lines = sys.stdin.read().split("\n")
    s = lines[0].strip()
    p = lines[1].strip()
    n, m = len(s), len(p)
    if m > n:
        sys.stdout.write("0\n")
        return
    need = [0] * 26
    for ch in p:
        need[ord(ch) - 97] += 1
    have = [0] * 26
    codes = [ord(ch) - 97 for ch in s]
    for x in codes[:m]:
        have[x] += 1
    matched = sum(1 for x in range(26) if have[x] == need[x])
    res = []
    if matched == 26:
        res.append(0)
    for i in range(m, n):
        x = codes[i]
        if have[x] == need[x]:
            matched -= 1
        have[x] += 1
        if have[x] == need[x]:
            matched += 1
        y = codes[i - m]
        if have[y] == need[y]:
            matched -= 1
        have[y] -= 1
        if have[y] == need[y]:
            matched += 1
        if matched == 26:
            res.append(i - m + 1)
    sys.stdout.write(" ".join([str(len(res))] + [str(i) for i in res]) + "\n")


main()
