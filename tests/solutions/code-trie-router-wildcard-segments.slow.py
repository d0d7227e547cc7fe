# code-trie-router-wildcard-segments (SLOW on purpose)
# Tests every pattern against every request and keeps the most specific match: O(n * q * depth).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    patterns = [(raw.decode(), raw.split(b"/")[1:]) for raw in data[1:1 + n]]
    q = int(data[1 + n])
    out = []
    for raw in data[2 + n:2 + n + q]:
        segs = raw.split(b"/")[1:]
        best = None
        best_key = None
        for text, pat in patterns:
            if len(pat) != len(segs):
                continue
            if all(p == b"*" or p == s for p, s in zip(pat, segs)):
                key = [p == b"*" for p in pat]
                if best_key is None or key < best_key:
                    best, best_key = text, key
        out.append(best if best is not None else "404")
    sys.stdout.write("\n".join(out) + "\n")


main()
