# code-backtracking-batch-size-combinations
# Sort the sizes; backtrack with a start index so sizes never decrease (each multiset once),
# reuse allowed by recursing from the same index, and stop the loop as soon as a size exceeds
# the rows still to load. Output comes out in lexicographic order without a final sort.
import sys


def main():
    data = sys.stdin.read().split()
    k = int(data[0])
    sizes = sorted(map(int, data[1:1 + k]))
    target = int(data[1 + k])
    cur = []
    out = []

    def fill(start, left):
        if left == 0:
            out.append(" ".join(map(str, cur)))
            return
        for i in range(start, k):
            s = sizes[i]
            if s > left:
                break
            cur.append(s)
            fill(i, left - s)
            cur.pop()

    fill(0, target)
    sys.stdout.write("\n".join(out) + "\n" if out else "none\n")


main()
