# code-tree-serialize-deserialize
# Pre-order with '#' markers: serialize walks the tree with an explicit stack, deserialize consumes tokens with a stack of pending child slots; O(n) time and space.
import sys


def read_level(toks):
    # returns (vals, left, right) with node 0 the root, or empty lists
    n = len(toks)
    vals, left, right = [], [], []
    if n == 0:
        return vals, left, right
    vals.append(int(toks[0])); left.append(-1); right.append(-1)
    i, head = 1, 0
    while i < n:
        node = head
        head += 1
        for side in (0, 1):
            if i < n:
                t = toks[i]
                i += 1
                if t != "null":
                    vals.append(int(t)); left.append(-1); right.append(-1)
                    if side == 0:
                        left[node] = len(vals) - 1
                    else:
                        right[node] = len(vals) - 1
    return vals, left, right


def write_level(vals, left, right):
    if not vals:
        return "0"
    out = []
    queue = [0]
    head = 0
    while head < len(queue):
        x = queue[head]
        head += 1
        if x < 0:
            out.append("null")
            continue
        out.append(str(vals[x]))
        queue.append(left[x])
        queue.append(right[x])
    while out[-1] == "null":
        out.pop()
    return "%d %s" % (len(out), " ".join(out))


def serialize(vals, left, right):
    out = []
    stack = [0] if vals else [-1]
    while stack:
        x = stack.pop()
        if x < 0:
            out.append("#")
            continue
        out.append(str(vals[x]))
        stack.append(right[x])
        stack.append(left[x])
    return ",".join(out)


def deserialize(s):
    vals, left, right = [], [], []
    toks = s.split(",")
    # stack of (node, side) slots waiting for a child, filled in pre-order
    slots = []
    root_set = False
    for t in toks:
        if not root_set:
            root_set = True
            if t == "#":
                break
            vals.append(int(t)); left.append(-1); right.append(-1)
            slots.append((0, 1))
            slots.append((0, 0))
            continue
        node, side = slots.pop()
        if t == "#":
            continue
        vals.append(int(t)); left.append(-1); right.append(-1)
        k = len(vals) - 1
        if side == 0:
            left[node] = k
        else:
            right[node] = k
        slots.append((k, 1))
        slots.append((k, 0))
    return vals, left, right


def main():
    lines = sys.stdin.buffer.read().decode().split("\n")
    mode = lines[0].strip()
    arg = lines[1].strip()
    if mode == "serialize":
        toks = arg.split()
        res = serialize(*read_level(toks[1:1 + int(toks[0])]))
    else:
        res = write_level(*deserialize(arg))
    sys.stdout.write(res + "\n")


main()
