# code-greedy-assign-containers
# Sort both lists; walk the containers from smallest up and give each one the smallest waiting job
# that fits (two pointers). O(n log n + m log m) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    needs = sorted(int(x) for x in data[1:1 + n])
    m = int(data[1 + n])
    limits = sorted(int(x) for x in data[2 + n:2 + n + m])
    placed = 0
    for cap in limits:
        if placed < n and needs[placed] <= cap:
            placed += 1
    sys.stdout.write("%d\n" % placed)


main()
