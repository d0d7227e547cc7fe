# code-group-anagrams-hash-map
# Hash map from the sorted letters of a word to the indices sharing them: O(n * L log L) time, O(n * L) space.
import sys


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    n = int(lines[0])
    groups = {}  # dicts keep insertion order, so groups come out by their smallest index
    for i in range(n):
        key = bytes(sorted(lines[1 + i].strip()))
        groups.setdefault(key, []).append(i)
    out = []
    for members in groups.values():
        out.append(" ".join([str(len(members))] + [str(i) for i in members]))
        out.append("\n")
    sys.stdout.write("".join(out))


main()
