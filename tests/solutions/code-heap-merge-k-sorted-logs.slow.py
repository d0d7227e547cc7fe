# code-heap-merge-k-sorted-logs (SLOW on purpose)
# Naive: for every output entry scan the heads of all k shards for the smallest (timestamp, shard): O(N * k) time.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    it = 1
    times = []
    msgs = []
    for _ in range(k):
        c = int(data[it])
        times.append([int(x) for x in data[it + 1:it + 1 + c]])
        it += 1 + c
        c = int(data[it])
        msgs.append(data[it + 1:it + 1 + c])
        it += 1 + c
    pos = [0] * k
    out = []
    while True:
        best = -1
        for s in range(k):
            if pos[s] < len(times[s]) and (best < 0 or times[s][pos[s]] < times[best][pos[best]]):
                best = s
        if best < 0:
            break
        out.append(b"%d %s" % (times[best][pos[best]], msgs[best][pos[best]]))
        pos[best] += 1
    out.append(b"")
    sys.stdout.buffer.write(b"%d\n" % (len(out) - 1) + b"\n".join(out))


main()
