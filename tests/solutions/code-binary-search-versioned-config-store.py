# code-binary-search-versioned-config-store
# Per key, append-only lists of (timestamp, value); get bisects for the last timestamp <= T: O(log m).
import sys
from bisect import bisect_right


def main():
    lines = sys.stdin.buffer.read().decode().split("\n")
    q = int(lines[0])
    clock = 0
    times = {}
    values = {}
    out = []
    for i in range(1, q + 1):
        parts = lines[i].split()
        op = parts[0]
        if op == "tick":
            clock += int(parts[1])
        elif op == "set":
            key = parts[1]
            if key in times:
                times[key].append(clock)
                values[key].append(parts[2])
            else:
                times[key] = [clock]
                values[key] = [parts[2]]
        else:  # get
            key = parts[1]
            ts = times.get(key)
            if ts is None:
                out.append("\n")
                continue
            pos = bisect_right(ts, int(parts[2]))
            out.append(values[key][pos - 1] + "\n" if pos else "\n")
    sys.stdout.write("".join(out))


main()
