# code-backtracking-restore-ipv4-dotless-logs
# Backtracking over the 3 dot positions: each part is 1-3 digits, at most 255, no leading zero
# unless it is "0" itself; prune when the digits left cannot fill the parts left (1 to 3 each).
# At most 3^3 = 27 branches, so O(1) for any length; strings longer than 12 have no answer.
import sys


def main():
    s = sys.stdin.read().split()[0]
    n = len(s)
    found = []
    parts = []

    def place(pos):
        left = 4 - len(parts)
        if left == 0:
            if pos == n:
                found.append(".".join(parts))
            return
        rest = n - pos
        if rest < left or rest > 3 * left:
            return
        for width in (1, 2, 3):
            if pos + width > n:
                break
            part = s[pos:pos + width]
            if width > 1 and part[0] == "0":
                break
            if int(part) > 255:
                break
            parts.append(part)
            place(pos + width)
            parts.pop()

    place(0)
    found.sort()
    sys.stdout.write("\n".join(found) + "\n" if found else "none\n")


main()
