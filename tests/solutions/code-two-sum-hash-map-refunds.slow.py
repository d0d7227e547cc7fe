# code-two-sum-hash-map-refunds (deliberately slow)
# Checks every pair i < j: O(n^2) time, O(1) extra space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    amounts = [int(x) for x in data[1:1 + n]]
    target = int(data[1 + n])
    answer = "-1 -1"
    for i in range(n):
        need = target - amounts[i]
        for j in range(i + 1, n):
            if amounts[j] == need:
                answer = "%d %d" % (i, j)
                break
        else:
            continue
        break
    sys.stdout.write("".join([answer, "\n"]))


main()
