# code-trie-shortest-root-metric-names
# Insert every root into a trie with an end marker; walk each word down the trie and stop at
# the first end marker (the shortest root) or when the path breaks (no root, keep the word).
# O(total root length + total word length) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    root = {}
    for raw in data[1:1 + k]:
        node = root
        for ch in raw:
            if "$" in node:
                break
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node["$"] = raw.decode()
    m = int(data[1 + k])
    out = []
    for raw in data[2 + k:2 + k + m]:
        node = root
        replaced = None
        for ch in raw:
            node = node.get(ch)
            if node is None:
                break
            if "$" in node:
                replaced = node["$"]
                break
        out.append(replaced if replaced is not None else raw.decode())
    sys.stdout.write(" ".join(out) + "\n")


main()
