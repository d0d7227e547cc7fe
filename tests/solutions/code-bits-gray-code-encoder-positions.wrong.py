# code-bits-gray-code-encoder-positions (WRONG on purpose)
# Bug: the decoding fold copied from 32-bit code stops at a shift of 16, so code words whose
# top set bit is above bit 31 decode wrongly.
import sys


def dec(v):
    for s in (1, 2, 4, 8, 16):
        v ^= v >> s
    return v


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    size = 1 << n
    out = []
    pos = 2
    for _ in range(q):
        op = data[pos]
        if op == b"move":
            a = int(data[pos + 1])
            b = int(data[pos + 2])
            pos += 3
            out.append((dec(b) - dec(a)) % size)
            continue
        v = int(data[pos + 1])
        pos += 2
        if op == b"enc":
            out.append(v ^ (v >> 1))
        else:
            out.append(dec(v))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
