# code-linked-list-copy-random-pointer
# Interleave each copy after its original, set copy.fail = original.fail.next, then split the lists: O(n) time, O(1) extra space.
import sys


class Node:
    __slots__ = ("val", "next", "fail")

    def __init__(self, val):
        self.val = val
        self.next = None
        self.fail = None


def copy_list(head):
    x = head
    while x:
        c = Node(x.val)
        c.next = x.next
        x.next = c
        x = c.next
    x = head
    while x:
        x.next.fail = x.fail.next if x.fail else None
        x = x.next.next
    new_head = head.next if head else None
    x = head
    while x:
        c = x.next
        x.next = c.next
        c.next = c.next.next if c.next else None
        x = x.next
    return new_head


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nodes = [Node(data[1 + i]) for i in range(n)]
    for i in range(n - 1):
        nodes[i].next = nodes[i + 1]
    for i in range(n):
        t = data[2 + n + i]
        if t != b"null":
            nodes[i].fail = nodes[int(t)]
    head = copy_list(nodes[0] if n else None)
    index = {}
    order = []
    x = head
    while x:
        index[id(x)] = len(order)
        order.append(x)
        x = x.next
    originals = set(id(v) for v in nodes)
    assert not any(id(c) in originals or (c.fail and id(c.fail) in originals) for c in order)
    vals = [c.val.decode() for c in order]
    fails = ["null" if c.fail is None else str(index[id(c.fail)]) for c in order]
    sys.stdout.write("%d%s\n%d%s\n" % (len(vals), "".join(" " + v for v in vals),
                                       len(fails), "".join(" " + f for f in fails)))


main()
