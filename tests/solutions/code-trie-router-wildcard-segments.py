# code-trie-router-wildcard-segments
# A trie keyed by path segment, '*' being one more child. Match depth-first trying the literal
# child before the '*' child; the first pattern found is the most specific one, because the
# search order is exactly "literal beats '*' at the first segment where two patterns differ".
# A dead end under the literal child backtracks to '*'. At most 2^depth branches per request.
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
        segs = raw.split(b"/")[1:]
        depth = len(segs)

        def match(node, i):
            if i == depth:
                return node.get(None)
            child = node.get(segs[i])
            if child is not None:
                found = match(child, i + 1)
                if found is not None:
                    return found
            child = node.get(b"*")
            if child is not None:
                return match(child, i + 1)
            return None

        found = match(root, 0)
        out.append(found if found is not None else "404")
    sys.stdout.write("\n".join(out) + "\n")


main()
