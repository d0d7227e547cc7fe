# code-sliding-window-minimum-window-substring
# Sliding window with a count of still-missing characters; each index enters and leaves once: O(|s| + |t|).
import sys


def main():
    raw = sys.stdin.buffer.read().split(b"\n")
    s = raw[0].rstrip(b"\r")
    t = raw[1].rstrip(b"\r") if len(raw) > 1 else b""
    need = [0] * 256
    for ch in t:
        need[ch] += 1
    missing = len(t)
    best_len = len(s) + 1
    best_start = 0
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            # shrink while the leftmost character is surplus
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:
                best_len = right - left + 1
                best_start = left
            # drop the leftmost needed character to look for the next window
            need[s[left]] += 1
            missing += 1
            left += 1
    if best_len > len(s) or not t:
        sys.stdout.write("0\n\n")
    else:
        sys.stdout.buffer.write(b"%d\n%s\n" % (best_len, s[best_start:best_start + best_len]))


main()
