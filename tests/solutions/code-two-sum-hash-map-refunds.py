# code-two-sum-hash-map-refunds
# One pass with a dict amount -> first index, looking up T - amount before inserting: O(n) expected.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    amounts = data[1:1 + n]
    target = int(data[1 + n])
    first = {}
    answer = "-1 -1"
    for j in range(n):
        a = int(amounts[j])
        i = first.get(target - a)
        if i is not None:
            answer = "%d %d" % (i, j)
            break
        if a not in first:
            first[a] = j
    sys.stdout.write("".join([answer, "\n"]))


main()
