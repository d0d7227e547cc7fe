# code-greedy-gas-station-circuit (deliberately slow)
# Simulates the loop from every pad in turn and stops at the first that completes it: O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    gain = [int(data[1 + 2 * i]) - int(data[2 + 2 * i]) for i in range(n)]
    for s in range(n):
        tank = 0
        for k in range(n):
            tank += gain[(s + k) % n]
            if tank < 0:
                break
        else:
            sys.stdout.write("%d\n" % s)
            return
    sys.stdout.write("-1\n")


main()
