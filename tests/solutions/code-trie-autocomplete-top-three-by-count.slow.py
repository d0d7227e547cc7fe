# code-trie-autocomplete-top-three-by-count (SLOW on purpose)
# Scans every term for every typed prefix: O(q * L * n) startswith checks.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    counts = {}
    pos = 1
    for _ in range(n):
        term = data[pos].decode()
        counts[term] = counts.get(term, 0) + int(data[pos + 1])
        pos += 2
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        typed = data[pos].decode()
        pos += 1
        for end in range(1, len(typed) + 1):
            prefix = typed[:end]
            hits = sorted((-c, t) for t, c in counts.items() if t.startswith(prefix))
            out.append(" ".join(t for _, t in hits[:3]) if hits else "-")
    sys.stdout.write("\n".join(out) + "\n")


main()
