# code-backtracking-queens-on-blocked-board
# Row-by-row backtracking with three bitmasks (columns, both diagonals) plus each row's mask of
# blocked squares: the free squares of a row are ~(cols | d1 | d2 | blocked) & full, taken one
# lowest bit at a time. Diagonal masks shift by one each row. O(n!) worst case, O(n) depth.
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    rows = data[2:2 + n]
    full = (1 << n) - 1
    blocked = []
    for r in range(n):
        m = 0
        for c, ch in enumerate(rows[r]):
            if ch == "#":
                m |= 1 << c
        blocked.append(m)

    def place(r, cols, d1, d2):
        if r == n:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2 | blocked[r])
        while free:
            bit = free & -free
            free ^= bit
            total += place(r + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    sys.stdout.write("%d\n" % place(0, 0, 0, 0))


main()
