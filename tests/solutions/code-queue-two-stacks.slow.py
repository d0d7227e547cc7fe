# code-queue-two-stacks (SLOW on purpose)
# Keeps everything in one stack and pours it into the other and back on every pop/peek: O(n) per call.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    pos = 1
    main_stack = []
    spare = []
    out = []
    for _ in range(q):
        op = data[pos]
        pos += 1
        if op == b"push":
            main_stack.append(int(data[pos]))
            pos += 1
        elif op == b"empty":
            out.append("false\n" if main_stack else "true\n")
        else:  # pop or peek
            while main_stack:
                spare.append(main_stack.pop())
            if op == b"pop":
                out.append("%d\n" % spare.pop())
            else:
                out.append("%d\n" % spare[-1])
            while spare:
                main_stack.append(spare.pop())
    sys.stdout.write("".join(out))


main()
