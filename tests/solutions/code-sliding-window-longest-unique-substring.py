# code-sliding-window-longest-unique-substring
# Sliding window with each character's last index; left = max(left, last[c] + 1): O(n) time, O(1) space.
import sys


def main():
    s = sys.stdin.buffer.read()
    if s.endswith(b"\n"):
        s = s[:-1]
    last = [-1] * 256
    left = 0
    best = 0
    for i, c in enumerate(s):
        if last[c] >= left:
            left = last[c] + 1
        last[c] = i
        if i - left + 1 > best:
            best = i - left + 1
    sys.stdout.write("".join([str(best), "\n"]))


main()
