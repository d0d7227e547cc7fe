# code-stack-expression-evaluate
# Shunting-yard with an operand stack and an operator stack (unary minus as 0 - ...); O(n) time and space.
import sys


class DivisionByZero(Exception):
    pass


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def apply(nums, op):
    b = nums.pop()
    a = nums.pop()
    if op == "+":
        nums.append(a + b)
    elif op == "-":
        nums.append(a - b)
    elif op == "*":
        nums.append(a * b)
    else:
        if b == 0:
            raise DivisionByZero()
        q = abs(a) // abs(b)
        nums.append(-q if (a < 0) != (b < 0) else q)


def evaluate(s):
    nums = []
    ops = []
    i = 0
    n = len(s)
    expect_operand = True  # at the start or right after "(": a "-" here is unary
    while i < n:
        c = s[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and s[j].isdigit():
                j += 1
            nums.append(int(s[i:j]))
            i = j
            expect_operand = False
        elif c == "(":
            ops.append(c)
            i += 1
            expect_operand = True
        elif c == ")":
            while ops[-1] != "(":
                apply(nums, ops.pop())
            ops.pop()
            i += 1
            expect_operand = False
        else:
            if c == "-" and expect_operand:
                nums.append(0)  # -x is evaluated as 0 - x; its operand binds tighter than the minus
            else:
                while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[c]:
                    apply(nums, ops.pop())
            ops.append(c)
            i += 1
            expect_operand = True
    while ops:
        apply(nums, ops.pop())
    return nums[-1]


def main():
    s = sys.stdin.buffer.read().decode().strip("\r\n")
    try:
        out = "%d\n" % evaluate(s)
    except DivisionByZero:
        out = "error\n"
    sys.stdout.write(out)


main()
