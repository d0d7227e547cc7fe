# code-linked-list-cycle-detect
# Floyd's tortoise and hare over next-pointer arrays (the last node's next is pos): O(n) time, O(1) extra space.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = int(data[1 + n])
    nxt = list(range(1, n)) + [pos] if n else []
    slow = fast = 0 if n else -1
    found = False
    while fast != -1 and nxt[fast] != -1:
        slow = nxt[slow]
        fast = nxt[nxt[fast]]
        if slow == fast:
            found = True
            break
    sys.stdout.write("true\n" if found else "false\n")


main()
