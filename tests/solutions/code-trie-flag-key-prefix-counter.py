# code-trie-flag-key-prefix-counter
# A set of active keys plus a trie whose nodes count the active keys passing through them.
# add/remove change the counts along the key's path only when membership really changes;
# count walks the prefix and reads the node's counter. O(key length) per operation.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    active = set()
    root = [0, {}]
    out = []
    pos = 1
    for _ in range(q):
        op = data[pos]
        key = data[pos + 1]
        pos += 2
        if op == b"count":
            node = root
            for ch in key:
                node = node[1].get(ch)
                if node is None:
                    break
            out.append(str(node[0]) if node is not None else "0")
        elif op == b"add":
            if key in active:
                continue
            active.add(key)
            node = root
            for ch in key:
                nxt = node[1].get(ch)
                if nxt is None:
                    nxt = node[1][ch] = [0, {}]
                nxt[0] += 1
                node = nxt
        else:
            if key not in active:
                continue
            active.discard(key)
            node = root
            for ch in key:
                node = node[1][ch]
                node[0] -= 1
    sys.stdout.write("\n".join(out) + "\n" if out else "")


main()
