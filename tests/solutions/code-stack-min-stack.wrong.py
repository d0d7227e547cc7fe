# code-stack-min-stack (WRONG on purpose)
# Space-saving min stack that pushes a minimum only when x < current min (should be <=).
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
            if not mins or x < mins[-1]:
                mins.append(x)
        elif op == b"pop":
            x = vals.pop()
            if x == mins[-1]:
                mins.pop()
        elif op == b"top":
            out.append("%d\n" % vals[-1])
        else:  # getMin
            out.append("%d\n" % mins[-1])
    sys.stdout.write("".join(out))


main()
