# code-bits-two-unanswered-request-ids
# XOR of everything is x ^ y (pairs cancel) and is non-zero because x != y. Its lowest set bit
# is a bit where x and y differ; XOR-ing only the ids that have that bit isolates one of them,
# and the other is total ^ that one. O(n) time, O(1) extra space beyond the input.
import sys
from functools import reduce
from operator import xor


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ids = list(map(int, data[1:1 + n]))
    total = reduce(xor, ids, 0)
    low = total & -total
    x = 0
    for v in ids:
        if v & low:
            x ^= v
    y = total ^ x
    if x > y:
        x, y = y, x
    sys.stdout.write("%d %d\n" % (x, y))


main()
