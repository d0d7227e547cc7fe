# code-linked-list-reverse
# Build the list as next-pointer arrays, then rewire with prev/curr/next in one pass: O(n) time, O(1) extra space beyond the list.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    val = data[1:1 + n]
    nxt = list(range(1, n)) + [-1] if n else []
    head = 0 if n else -1
    prev, curr = -1, head
    while curr != -1:
        following = nxt[curr]
        nxt[curr] = prev
        prev, curr = curr, following
    head = prev
    out = []
    while head != -1:
        out.append(val[head])
        head = nxt[head]
    sys.stdout.write("%d%s\n" % (len(out), "".join(" " + v.decode() for v in out)))


main()
