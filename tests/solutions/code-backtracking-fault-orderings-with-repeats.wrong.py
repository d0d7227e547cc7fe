# code-backtracking-fault-orderings-with-repeats (WRONG on purpose)
# Bug: skips a value equal to its left neighbour even when that neighbour is already placed,
# so any ordering that needs two equal values is never completed.
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = sorted(map(int, data[1:1 + n]))
    used = [False] * n
    cur = []
    out = []

    def build():
        if len(cur) == n:
            out.append(" ".join(map(str, cur)))
            return
        for i in range(n):
            if used[i]:
                continue
            if i > 0 and a[i] == a[i - 1]:
                continue
            used[i] = True
            cur.append(a[i])
            build()
            cur.pop()
            used[i] = False

    build()
    sys.stdout.write("\n".join(out) + "\n")


main()
