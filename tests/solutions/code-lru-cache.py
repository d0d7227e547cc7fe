# code-lru-cache
# Hash map plus recency order (OrderedDict: a hash map over a doubly linked list); O(1) per call.
import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    cap = int(data[0])
    q = int(data[1])
    pos = 2
    cache = OrderedDict()
    out = []
    for _ in range(q):
        op = data[pos]
        if op == b"get":
            k = int(data[pos + 1])
            pos += 2
            if k in cache:
                cache.move_to_end(k)
                out.append("%d\n" % cache[k])
            else:
                out.append("-1\n")
        else:  # put
            k = int(data[pos + 1])
            v = int(data[pos + 2])
            pos += 3
            if k in cache:
                cache.move_to_end(k)
            elif len(cache) == cap:
                cache.popitem(last=False)
            cache[k] = v
    sys.stdout.write("".join(out))


main()
