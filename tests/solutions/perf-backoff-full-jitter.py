# perf-backoff-full-jitter
# delay = r x min(cap, base x 2^attempt), doubling stopped at the cap so nothing overflows; O(1) per query.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    attempt, base, cap = int(data[0]), int(data[1]), int(data[2])
    r = float(data[3])
    m = base
    for _ in range(attempt):
        if m >= cap:
            break
        m *= 2
    m = min(m, cap)
    sys.stdout.write(repr(r * m) + "\n")


main()
