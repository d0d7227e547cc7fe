# code-stack-balanced-brackets
# One scan with a stack of open brackets; a closer must match the top, and the stack must end empty: O(n) time and space.
import sys


def main():
    data = sys.stdin.buffer.read()
    line = data.split(b"\n", 1)[0]
    pairs = {ord(")"): ord("("), ord("]"): ord("["), ord("}"): ord("{")}
    openers = (ord("("), ord("["), ord("{"))
    stack = []
    ok = True
    for c in line:
        if c in openers:
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                ok = False
                break
    if stack:
        ok = False
    sys.stdout.write("true\n" if ok else "false\n")


main()
