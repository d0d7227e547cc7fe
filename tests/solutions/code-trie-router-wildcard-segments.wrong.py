# code-trie-router-wildcard-segments (WRONG on purpose)
# Bug: greedy descent takes the literal child whenever it exists and never comes back to try
# '*', so a literal branch that dead-ends deeper hides a wildcard route that matches.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    root = {}
    for raw in data[1:1 + n]:
        node = root
        for seg in raw.split(b"/")[1:]:
            node = node.setdefault(seg, {})
        node[None] = raw.decode()
    q = int(data[1 + n])
    out = []
    for raw in data[2 + n:2 + n + q]:
        node = root
        for seg in raw.split(b"/")[1:]:
            nxt = node.get(seg)
            if nxt is None:
                nxt = node.get(b"*")
            if nxt is None:
                node = None
                break
            node = nxt
        found = node.get(None) if node is not None else None
        out.append(found if found is not None else "404")
    sys.stdout.write("\n".join(out) + "\n")


main()
