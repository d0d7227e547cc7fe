# code-stack-min-stack (SLOW on purpose)
# One plain stack; getMin scans it with min(): O(n) per getMin, O(n^2) overall.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    pos = 1
    vals = []
    out = []
    for _ in range(q):
        op = data[pos]
        pos += 1
        if op == b"push":
            vals.append(int(data[pos]))
            pos += 1
        elif op == b"pop":
            vals.pop()
        elif op == b"top":
            out.append("%d\n" % vals[-1])
        else:  # getMin
            out.append("%d\n" % min(vals))
    sys.stdout.write("".join(out))


main()
