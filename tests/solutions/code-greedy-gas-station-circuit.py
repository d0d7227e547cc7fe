# code-greedy-gas-station-circuit
# One pass: when the battery since the current candidate start goes negative at pad i, no pad from
# the candidate to i can start the loop, so the next candidate is i + 1; a loop exists iff the
# total charge covers the total drain. The candidate found is the smallest valid start. O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    total = 0
    tank = 0
    start = 0
    for i in range(n):
        d = int(data[1 + 2 * i]) - int(data[2 + 2 * i])
        total += d
        tank += d
        if tank < 0:
            start = i + 1
            tank = 0
    sys.stdout.write("%d\n" % (start if total >= 0 else -1))


main()
