# perf-circuit-breaker-implementation
# State machine (CLOSED / OPEN / HALF_OPEN) with a failure count, opened_at and a trial flag; O(1) per call.
import sys

CLOSED, OPEN, HALF_OPEN = 0, 1, 2


def main():
    data = sys.stdin.buffer.read().split()
    threshold, cooldown = int(data[0]), int(data[1])
    q = int(data[2])
    pos = 3
    state = CLOSED
    failures = 0
    opened_at = 0
    out = []
    for _ in range(q):
        if data[pos] == b"allow":
            now = int(data[pos + 1])
            pos += 2
            if state == CLOSED:
                ok = True
            elif state == OPEN and now - opened_at >= cooldown:
                state = HALF_OPEN  # this call is the one trial
                ok = True
            else:
                ok = False  # still cooling down, or the trial is out
            out.append("true\n" if ok else "false\n")
        else:
            success = data[pos + 1] == b"true"
            now = int(data[pos + 2])
            pos += 3
            if state == HALF_OPEN:
                if success:
                    state = CLOSED
                    failures = 0
                else:
                    state = OPEN
                    opened_at = now
            elif state == CLOSED:
                if success:
                    failures = 0
                else:
                    failures += 1
                    if failures >= threshold:
                        state = OPEN
                        opened_at = now
    sys.stdout.write("".join(out))


main()
