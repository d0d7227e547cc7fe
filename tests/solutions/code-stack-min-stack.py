# code-stack-min-stack
# Main stack plus a parallel stack of running minimums; O(1) per call, O(n) space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    pos = 1
    vals = []
    mins = []
    out = []
    for _ in range(q):
        op = data[pos]
        pos += 1
        if op == b"push":
            x = int(data[pos])
            pos += 1
            vals.append(x)
            mins.append(x if not mins or x < mins[-1] else mins[-1])
        elif op == b"pop":
            vals.pop()
            mins.pop()
        elif op == b"top":
            out.append("%d\n" % vals[-1])
        else:  # getMin
            out.append("%d\n" % mins[-1])
    sys.stdout.write("".join(out))


main()
