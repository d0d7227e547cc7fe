# code-strings-compare-version-numbers
# Part by part, missing parts are 0; strip leading zeros, compare by length then text: O(|a| + |b|).
import sys


def main():
    a, b = sys.stdin.buffer.read().split()[:2]
    pa, pb = a.split(b"."), b.split(b".")
    result = 0
    for k in range(max(len(pa), len(pb))):
        x = pa[k].lstrip(b"0") if k < len(pa) else b""
        y = pb[k].lstrip(b"0") if k < len(pb) else b""
        if len(x) != len(y):
            result = -1 if len(x) < len(y) else 1
            break
        if x != y:
            result = -1 if x < y else 1
            break
    sys.stdout.write("".join([str(result), "\n"]))


main()
