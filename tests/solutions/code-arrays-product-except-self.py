# code-arrays-product-except-self
# Forward pass fills left products, backward pass multiplies in a running right product: O(n), O(1) extra.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = list(map(int, data[1:1 + n]))
    out = [1] * n
    left = 1
    for i in range(n):
        out[i] = left
        left *= w[i]
    right = 1
    for i in range(n - 1, -1, -1):
        out[i] *= right
        right *= w[i]
    sys.stdout.write("".join([str(n), " ", " ".join(map(str, out)), "\n"]))


main()
