# code-sorting-quickselect-p99-latency
# Quickselect with a random pivot and three-way partition, keeping only the side holding k: expected O(n).
import sys
import random


def kth(a, k):
    while True:
        if len(a) <= 16:
            return sorted(a)[k]
        pivot = a[random.randrange(len(a))]
        less = [x for x in a if x < pivot]
        if k < len(less):
            a = less
            continue
        equal = a.count(pivot)
        if k < len(less) + equal:
            return pivot
        k -= len(less) + equal
        a = [x for x in a if x > pivot]


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    sys.stdout.write("".join([str(kth(a, k)), "\n"]))


main()
