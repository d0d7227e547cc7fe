# code-trie-autocomplete-top-three-by-count (WRONG on purpose)
# Bug: ranks by count alone with a stable sort, so equal counts keep input order instead of
# alphabetical order.
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
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    root = {}
    for term, _ in ranked:
        node = root
        for ch in term:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {"": []}
            top = child[""]
            if len(top) < 3:
                top.append(term)
            node = child
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        typed = data[pos].decode()
        pos += 1
        node = root
        for ch in typed:
            if node is not None:
                node = node.get(ch)
            out.append(" ".join(node[""]) if node is not None else "-")
    sys.stdout.write("\n".join(out) + "\n")


main()
