# code-sliding-window-max-average-latency
# Fixed-size sliding window sum: add the value entering, subtract the one leaving, divide once: O(n), O(1).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    lat = list(map(int, data[1:1 + n]))
    k = int(data[1 + n])
    window = sum(lat[:k])
    best = window
    for i in range(k, n):
        window += lat[i] - lat[i - k]
        if window > best:
            best = window
    sys.stdout.write("".join(["%.10f" % (best / k), "\n"]))


main()
