# code-intervals-peak-concurrent-sessions
# Difference array over the bounded time range 0..86400, then a running sum: O(n + 86400) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    diff = [0] * 86402
    for x in data[1:1 + 2 * n:2]:
        diff[int(x)] += 1
    for x in data[2:2 + 2 * n:2]:
        diff[int(x)] -= 1
    best = 0
    cur = 0
    for d in diff:
        cur += d
        if cur > best:
            best = cur
    sys.stdout.write("".join([str(best), "\n"]))


main()
