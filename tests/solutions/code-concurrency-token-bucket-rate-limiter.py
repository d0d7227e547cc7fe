# code-concurrency-token-bucket-rate-limiter
# Per-client bucket refilled lazily on each call, kept exactly in milli-tokens (integers); O(1) per call.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    cap = int(data[0]) * 1000   # capacity in milli-tokens
    rate = int(data[1])         # milli-tokens gained per millisecond = tokens per second
    q = int(data[2])
    pos = 3
    buckets = {}                # client -> [milli-tokens, last time]
    out = []
    for _ in range(q):
        client = data[pos + 1]
        now = int(data[pos + 2])
        pos += 3
        b = buckets.get(client)
        if b is None:
            b = buckets[client] = [cap, now]
        elif now > b[1]:
            b[0] = min(cap, b[0] + (now - b[1]) * rate)
            b[1] = now
        if b[0] >= 1000:
            b[0] -= 1000
            out.append("true\n")
        else:
            out.append("false\n")
    sys.stdout.write("".join(out))


main()
