# code-two-sum-hash-map-refunds (deliberately wrong)
# Inserts the current amount before looking up its complement, so T/2 pairs with itself: O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    target = int(data[1 + n])
    index = {}
    answer = "-1 -1"
    for j in range(n):
        a = int(data[1 + j])
        index[a] = j
        i = index.get(target - a)
        if i is not None:
            answer = "%d %d" % (min(i, j), max(i, j))
            break
    sys.stdout.write("".join([answer, "\n"]))


main()
