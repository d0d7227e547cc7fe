# code-heap-task-cooldown-min-slots (SLOW on purpose)
# Simulates slot by slot, scanning all 26 types each slot for the ready one with the most tasks left:
# O(S * 26) time for S slots, up to about 10^7 slots.
import sys


def main():
    lines = sys.stdin.read().split("\n")
    tasks = lines[0].strip()
    c = int(lines[1])
    left = [0] * 26
    for ch in tasks:
        left[ord(ch) - 65] += 1
    ready_at = [0] * 26
    remaining = len(tasks)
    t = 0
    while remaining:
        best = -1
        for x in range(26):
            if left[x] and ready_at[x] <= t and (best < 0 or left[x] > left[best]):
                best = x
        if best >= 0:
            left[best] -= 1
            ready_at[best] = t + c + 1
            remaining -= 1
        t += 1
    sys.stdout.write("%d\n" % t)


main()
