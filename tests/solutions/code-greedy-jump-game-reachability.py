# code-greedy-jump-game-reachability
# One pass keeping the farthest relay reachable so far; fail as soon as the scan passes it. O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    far = 0
    for i in range(n):
        if i > far:
            sys.stdout.write("false\n")
            return
        r = i + int(data[1 + i])
        if r > far:
            far = r
            if far >= n - 1:
                break
    sys.stdout.write("true\n")


main()
