# code-arrays-first-missing-positive
# Cyclic placement: swap each value v in 1..n to index v-1, then the first slot not holding i+1: O(n), O(1) extra.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    for i in range(n):
        v = a[i]
        while 0 < v <= n and a[v - 1] != v:
            a[i] = a[v - 1]
            a[v - 1] = v
            v = a[i]
    answer = n + 1
    for i in range(n):
        if a[i] != i + 1:
            answer = i + 1
            break
    sys.stdout.write("%d\n" % answer)


main()
