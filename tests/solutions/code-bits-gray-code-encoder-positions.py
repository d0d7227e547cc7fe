# code-bits-gray-code-encoder-positions
# Reflected Gray code: enc(i) = i ^ (i >> 1). Decoding undoes it with a prefix XOR from the top
# bit down: i = g ^ (g >> 1) ^ (g >> 2) ^ ..., done in log steps by folding with shifts of
# 1, 2, 4, 8, 16 and 32 (enough for 60 bits). A forward move from code a to code b is
# (dec(b) - dec(a)) mod 2^n. O(1) per query for n <= 64.
import sys


def dec(v):
    for s in (1, 2, 4, 8, 16, 32):
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
