# code-dp-edit-distance
# Levenshtein table kept as two rows; O(m*n) time, O(n) space.
import sys


def main():
    lines = sys.stdin.buffer.read().decode().split("\n")
    a = lines[0].strip() if len(lines) > 0 else ""
    b = lines[1].strip() if len(lines) > 1 else ""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1]
            else:
                x = prev[j - 1]
                if prev[j] < x:
                    x = prev[j]
                if cur[j - 1] < x:
                    x = cur[j - 1]
                cur[j] = x + 1
        prev = cur
    sys.stdout.write("%d\n" % prev[len(b)])


main()
