# code-linked-list-remove-nth-from-end
# Dummy node plus a leader moved n steps ahead of a trailer, one pass over next-pointer arrays: O(L) time, O(1) extra space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    L = int(data[0])
    val = data[1:1 + L]
    k = int(data[1 + L])
    # node 0 is the dummy; list nodes are 1..L
    nxt = list(range(1, L + 1)) + [-1]
    lead = trail = 0
    for _ in range(k):
        lead = nxt[lead]
    while nxt[lead] != -1:
        lead = nxt[lead]
        trail = nxt[trail]
    nxt[trail] = nxt[nxt[trail]]
    out = []
    x = nxt[0]
    while x != -1:
        out.append(val[x - 1])
        x = nxt[x]
    sys.stdout.write("%d%s\n" % (len(out), "".join(" " + v.decode() for v in out)))


main()
