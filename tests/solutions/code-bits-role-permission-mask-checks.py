# code-bits-role-permission-mask-checks
# Precompute each user's effective mask as the OR of their roles' masks. A check is then
# missing = need & ~have: 0 means allow, otherwise the lowest missing permission is the index
# of missing's lowest set bit, (missing & -missing).bit_length() - 1. O(1) per check.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    roles = list(map(int, data[1:1 + m]))
    pos = 1 + m
    u = int(data[pos])
    pos += 1
    users = []
    for _ in range(u):
        k = int(data[pos])
        have = 0
        for r in data[pos + 1:pos + 1 + k]:
            have |= roles[int(r)]
        users.append(have)
        pos += 1 + k
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        user = int(data[pos])
        need = int(data[pos + 1])
        pos += 2
        missing = need & ~users[user]
        if missing == 0:
            out.append("allow")
        else:
            out.append("deny %d" % ((missing & -missing).bit_length() - 1))
    sys.stdout.write("\n".join(out) + "\n")


main()
