# code-valid-palindrome-two-pointers
# Two pointers from both ends skip non-alphanumerics and compare lower-cased characters: O(n), O(1) extra.
import sys


def main():
    s = sys.stdin.buffer.read()
    if s.endswith(b"\n"):
        s = s[:-1]
    keep = bytearray(256)
    for c in b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789":
        keep[c] = 1
    lower = bytes(range(256)).lower()
    i, j = 0, len(s) - 1
    ok = True
    while i < j:
        if not keep[s[i]]:
            i += 1
        elif not keep[s[j]]:
            j -= 1
        elif lower[s[i]] != lower[s[j]]:
            ok = False
            break
        else:
            i += 1
            j -= 1
    sys.stdout.write("".join(["true" if ok else "false", "\n"]))


main()
