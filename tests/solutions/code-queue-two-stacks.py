# code-queue-two-stacks
# Inbox and outbox stacks, refilling the outbox only when it is empty; amortised O(1) per call.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    pos = 1
    inbox = []
    outbox = []
    out = []
    for _ in range(q):
        op = data[pos]
        pos += 1
        if op == b"push":
            inbox.append(int(data[pos]))
            pos += 1
        elif op == b"empty":
            out.append("false\n" if inbox or outbox else "true\n")
        else:  # pop or peek
            if not outbox:
                while inbox:
                    outbox.append(inbox.pop())
            if op == b"pop":
                out.append("%d\n" % outbox.pop())
            else:
                out.append("%d\n" % outbox[-1])
    sys.stdout.write("".join(out))


main()
