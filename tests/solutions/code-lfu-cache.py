# code-lfu-cache
# key -> [value, count] plus, for each count, an OrderedDict of its keys in recency order,
# and the current minimum count; O(1) per call, O(capacity) memory.
import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    cap = int(data[0])
    q = int(data[1])
    pos = 2
    node = {}      # key -> [value, count]
    buckets = {}   # count -> OrderedDict of keys, least recently touched first
    min_count = 0
    out = []

    def touch(key, e):
        nonlocal min_count
        c = e[1]
        b = buckets[c]
        del b[key]
        if not b:
            del buckets[c]
            if min_count == c:
                min_count = c + 1
        e[1] = c + 1
        nb = buckets.get(c + 1)
        if nb is None:
            nb = buckets[c + 1] = OrderedDict()
        nb[key] = None

    for _ in range(q):
        op = data[pos]
        if op == b"get":
            key = int(data[pos + 1])
            pos += 2
            e = node.get(key)
            if e is None:
                out.append("-1\n")
            else:
                touch(key, e)
                out.append("%d\n" % e[0])
        else:  # put
            key = int(data[pos + 1])
            value = int(data[pos + 2])
            pos += 3
            e = node.get(key)
            if e is not None:
                e[0] = value
                touch(key, e)
                continue
            if len(node) == cap:
                b = buckets[min_count]
                old, _ = b.popitem(last=False)
                if not b:
                    del buckets[min_count]
                del node[old]
            node[key] = [value, 1]
            nb = buckets.get(1)
            if nb is None:
                nb = buckets[1] = OrderedDict()
            nb[key] = None
            min_count = 1
    sys.stdout.write("".join(out))


main()
