# code-strings-encode-decode-list
# Length-prefix framing "L#chars" per string; both directions are one left-to-right pass: O(total length).
import sys


def read_string(buf, pos):
    # a line with L, then L raw bytes, then a newline; returns (string, next position)
    end = buf.index(b"\n", pos)
    length = int(buf[pos:end])
    start = end + 1
    return buf[start:start + length], start + length + 1


def read_list(buf, pos):
    end = buf.index(b"\n", pos)
    k = int(buf[pos:end])
    pos = end + 1
    items = []
    for _ in range(k):
        s, pos = read_string(buf, pos)
        items.append(s)
    return items


def encode(items):
    parts = []
    for s in items:
        parts.append(b"%d#" % len(s))
        parts.append(s)
    return b"".join(parts)


def decode(enc):
    items = []
    pos = 0
    while pos < len(enc):
        hash_at = enc.index(b"#", pos)
        length = int(enc[pos:hash_at])
        start = hash_at + 1
        items.append(enc[start:start + length])
        pos = start + length
    return items


def main():
    buf = sys.stdin.buffer.read()
    nl = buf.index(b"\n")
    mode = buf[:nl].strip()
    if mode == b"encode":
        enc = encode(read_list(buf, nl + 1))
        out = [b"%d\n" % len(enc), enc, b"\n"]
    else:
        enc, _ = read_string(buf, nl + 1)
        items = decode(enc)
        out = [b"%d\n" % len(items)]
        for s in items:
            out.append(b"%d\n" % len(s))
            out.append(s)
            out.append(b"\n")
    sys.stdout.buffer.write(b"".join(out))


main()
