# code-queue-ring-buffer
# Fixed array with a head index and a count, tail = (head + count) % capacity; O(1) per call.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    cap = int(data[0])
    q = int(data[1])
    pos = 2
    buf = [0] * cap
    head = 0
    count = 0
    out = []
    for _ in range(q):
        op = data[pos]
        pos += 1
        if op == b"enqueue":
            x = int(data[pos])
            pos += 1
            if count == cap:
                out.append("false\n")
            else:
                buf[(head + count) % cap] = x
                count += 1
                out.append("true\n")
        elif op == b"dequeue":
            if count == 0:
                out.append("false\n")
            else:
                head = (head + 1) % cap
                count -= 1
                out.append("true\n")
        elif op == b"front":
            out.append("%d\n" % (buf[head] if count else -1))
        elif op == b"rear":
            out.append("%d\n" % (buf[(head + count - 1) % cap] if count else -1))
        elif op == b"isEmpty":
            out.append("true\n" if count == 0 else "false\n")
        else:  # isFull
            out.append("true\n" if count == cap else "false\n")
    sys.stdout.write("".join(out))


main()
