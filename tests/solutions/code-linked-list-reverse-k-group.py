# code-linked-list-reverse-k-group
# Dummy head; for each block check k nodes remain, reverse them in place and reconnect both ends: O(n) time, O(1) extra space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    val = data[1:1 + n]
    k = int(data[1 + n])
    # node 0 is the dummy head; list nodes are 1..n
    nxt = list(range(1, n + 1)) + [-1]
    before = 0
    while True:
        probe = before
        for _ in range(k):
            probe = nxt[probe]
            if probe == -1:
                break
        if probe == -1:
            break
        first = nxt[before]
        after = nxt[probe]
        prev, curr = after, first
        while curr != after:
            following = nxt[curr]
            nxt[curr] = prev
            prev, curr = curr, following
        nxt[before] = probe
        before = first
    out = []
    x = nxt[0]
    while x != -1:
        out.append(val[x - 1])
        x = nxt[x]
    sys.stdout.write("%d%s\n" % (len(out), "".join(" " + v.decode() for v in out)))


main()
