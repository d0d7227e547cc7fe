# code-remove-duplicates-sorted-timestamps-two-pointers
# Read pointer scans, write pointer keeps the next free slot; copy a value when it differs: O(n), O(1) extra.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # Values stay as their decimal tokens: in canonical decimal, equal numbers have equal tokens.
    ts = data[1:1 + n]
    write = 0
    for read in range(n):
        value = ts[read]
        if write == 0 or value != ts[write - 1]:
            ts[write] = value
            write += 1
    out = [str(write).encode()]
    out.extend(ts[:write])
    sys.stdout.buffer.write(b"".join([b" ".join(out), b"\n"]))


main()
