# code-dp-word-break-log-token
# ok[i] is true when the first i letters split into dictionary words; from each reachable i try
# only the dictionary lengths (at most 20): O(|s| x L) substring look-ups in a hash set.
import sys


def main():
    lines = sys.stdin.read().split("\n")
    s = lines[0].strip()
    words = lines[1].split()[1:]
    vocab = set(words)
    lengths = sorted(set(len(w) for w in words))
    n = len(s)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for L in lengths:
            j = i + L
            if j > n:
                break
            if not ok[j] and s[i:j] in vocab:
                ok[j] = True
    sys.stdout.write("true\n" if ok[n] else "false\n")


main()
