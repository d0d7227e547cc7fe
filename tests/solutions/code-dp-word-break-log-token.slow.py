# code-dp-word-break-log-token (deliberately slow)
# Backtracking without memoisation: try every dictionary word as the next piece; exponential when
# many splits share prefixes and none completes.
import sys


def main():
    lines = sys.stdin.read().split("\n")
    s = lines[0].strip()
    words = lines[1].split()[1:]
    sys.setrecursionlimit(100000)
    n = len(s)

    def can(i):
        if i == n:
            return True
        for w in words:
            if s.startswith(w, i) and can(i + len(w)):
                return True
        return False

    sys.stdout.write("true\n" if can(0) else "false\n")


main()
