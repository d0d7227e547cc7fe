# code-dedup-events-hash-set
# One pass with a hash set of seen ids, keeping an event only when its id is new: O(n * L) expected.
import sys


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    n = int(lines[0])
    seen = set()
    kept = []
    for line in lines[1:1 + n]:
        event_id = line.split(None, 1)[0]
        if event_id not in seen:
            seen.add(event_id)
            kept.append(line.rstrip())
    out = [str(len(kept)).encode(), b"\n"]
    for line in kept:
        out.append(line)
        out.append(b"\n")
    sys.stdout.buffer.write(b"".join(out))


main()
