# code-dp-lcs-deploy-histories
# Longest common subsequence with two rolling rows: cur[j + 1] = prev[j] + 1 on equal ids,
# otherwise max(prev[j + 1], cur[j]); ids are mapped to small integers first. O(n*m) time, O(m) space.
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = data[1:1 + n]
    m = int(data[1 + n])
    b = data[2 + n:2 + n + m]
    code = {}
    a = [code.setdefault(x, len(code)) for x in a]
    b = [code.setdefault(x, len(code)) for x in b]
    prev = [0] * (m + 1)
    for x in a:
        cur = [0] * (m + 1)
        left = 0
        for j in range(m):
            if b[j] == x:
                v = prev[j] + 1
            else:
                v = prev[j + 1]
                if left > v:
                    v = left
            cur[j + 1] = v
            left = v
        prev = cur
    sys.stdout.write("%d\n" % prev[m])


main()
