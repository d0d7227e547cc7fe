# code-two-pointers-trapping-rain-water
# Two pointers with running left/right maxima; the side with the smaller maximum is settled: O(n), O(1) extra.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    left = 0
    right = n - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        hl = h[left]
        hr = h[right]
        if hl < hr:
            if hl >= left_max:
                left_max = hl
            else:
                water += left_max - hl
            left += 1
        else:
            if hr >= right_max:
                right_max = hr
            else:
                water += right_max - hr
            right -= 1
    sys.stdout.write("%d\n" % water)


main()
