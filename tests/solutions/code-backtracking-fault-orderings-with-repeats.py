# code-backtracking-fault-orderings-with-repeats
# Sort, then backtrack choosing an unused position; skip a value equal to the previous one
# when that previous copy is unused, so equal values are always taken left to right and each
# distinct ordering is built once, in lexicographic order. O(n! * n) worst case, O(n) depth.
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
            if i > 0 and a[i] == a[i - 1] and not used[i - 1]:
                continue
            used[i] = True
            cur.append(a[i])
            build()
            cur.pop()
            used[i] = False

    build()
    sys.stdout.write("\n".join(out) + "\n")


main()
