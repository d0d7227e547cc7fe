# code-hash-map-longest-duplicate-substring-rolling-hash
# Binary search on the length L with a polynomial rolling hash (mod 2^61 - 1) per length: O(n log n).
import sys

MOD = (1 << 61) - 1
BASE = 1000003


def main():
    s = sys.stdin.buffer.read().split(b"\n")[0].strip()
    n = len(s)
    prefix = [0] * (n + 1)
    h = 0
    for i, c in enumerate(s):
        h = (h * BASE + c) % MOD
        prefix[i + 1] = h
    powers = [1] * (n + 1)
    for i in range(1, n + 1):
        powers[i] = powers[i - 1] * BASE % MOD

    def hashes(length):
        p = powers[length]
        return [(prefix[i + length] - prefix[i] * p) % MOD for i in range(n - length + 1)]

    def repeats(length):
        hs = hashes(length)
        return len(set(hs)) < len(hs)

    lo = 0
    hi = n - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if repeats(mid):
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        sys.stdout.write("0\n\n")
        return
    # canonical answer: among repeated substrings of length lo, the one whose first occurrence is leftmost
    first = {}
    best = n
    for j, hv in enumerate(hashes(lo)):
        i = first.get(hv)
        if i is None:
            first[hv] = j
        elif i < best and s[i:i + lo] == s[j:j + lo]:
            best = i
    sys.stdout.write("%d\n%s\n" % (lo, s[best:best + lo].decode()))


main()
