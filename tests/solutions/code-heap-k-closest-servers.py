# code-heap-k-closest-servers
# Keep a max-heap of the best k (squared distance, index) pairs seen so far, evicting the worst when a
# better server arrives; sort the k survivors at the end: O(n log k) time, O(k) space.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    cx, cy = int(data[0]), int(data[1])
    n = int(data[2])
    k = int(data[3 + 2 * n])
    heap = []  # entries (-dist, -index): the root is the farthest, highest-index server kept
    it = 3
    for i in range(n):
        dx = int(data[it]) - cx
        dy = int(data[it + 1]) - cy
        it += 2
        key = (-(dx * dx + dy * dy), -i)
        if len(heap) < k:
            heapq.heappush(heap, key)
        elif key > heap[0]:
            heapq.heapreplace(heap, key)
    best = sorted((-d, -i) for d, i in heap)
    sys.stdout.write(" ".join([str(len(best))] + [str(i) for _, i in best]) + "\n")


main()
