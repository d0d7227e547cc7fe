# code-union-find-merge-accounts-shared-email (WRONG on purpose)
# Labels each record with the group of the first known email it holds, but never merges two existing
# groups, so a record that bridges two earlier groups leaves them apart.
import sys


def main():
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    group_of_email = {}
    group = [0] * n
    for i in range(n):
        words = lines[1 + i].split()
        emails = words[1:1 + int(words[0])]
        g = i
        for e in emails:
            if e in group_of_email:
                g = group_of_email[e]
                break
        group[i] = g
        for e in emails:
            if e not in group_of_email:
                group_of_email[e] = g
    groups = {}
    for e, g in group_of_email.items():
        groups.setdefault(g, []).append(e)
    out = []
    for g in sorted(groups):
        out.append(" ".join([str(g)] + sorted(groups[g])))
    sys.stdout.write("".join(line + "\n" for line in out))


main()
