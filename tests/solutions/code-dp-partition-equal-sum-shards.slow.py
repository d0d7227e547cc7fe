# code-dp-partition-equal-sum-shards (deliberately slow)
# Tries every shard in or out by plain recursion without memoisation: O(2^n) in the worst case.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    sizes = [int(x) for x in data[1:1 + n]]
    total = sum(sizes)
    if total % 2:
        sys.stdout.write("false\n")
        return
    sys.setrecursionlimit(10000)

    def can(i, left):
        if left == 0:
            return True
        if i == n or left < 0:
            return False
        return can(i + 1, left - sizes[i]) or can(i + 1, left)

    sys.stdout.write("true\n" if can(0, total // 2) else "false\n")


main()
