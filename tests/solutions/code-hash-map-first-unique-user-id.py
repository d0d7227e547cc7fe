# code-hash-map-first-unique-user-id
# Count every id in a hash map, then scan in arrival order for the first count of 1: O(n) expected.
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ids = data[1:1 + n]  # ids are kept as their decimal tokens: equal ids have equal tokens
    counts = Counter(ids)
    answer = "-1"
    for x in ids:
        if counts[x] == 1:
            answer = x.decode()
            break
    sys.stdout.write("".join([answer, "\n"]))


main()
