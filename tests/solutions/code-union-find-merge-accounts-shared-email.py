# code-union-find-merge-accounts-shared-email
# Union-find over records: the first record holding an email owns it, and every later record with that
# email is united with the owner. Each group prints its lowest record index and its sorted distinct
# emails, groups in order of that index: O(E * alpha(n) + E log E) time for E emails in all.
import sys


def main():
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner = {}
    records = []
    for i in range(n):
        words = lines[1 + i].split()
        emails = words[1:1 + int(words[0])]
        records.append(emails)
        for e in emails:
            j = owner.get(e)
            if j is None:
                owner[e] = i
            else:
                a, b = find(i), find(j)
                if a != b:
                    if a < b:
                        parent[b] = a
                    else:
                        parent[a] = b
    groups = {}
    for e, i in owner.items():
        groups.setdefault(find(i), []).append(e)
    out = []
    for root in sorted(groups):
        out.append(" ".join([str(root)] + sorted(groups[root])))
    sys.stdout.write("".join(line + "\n" for line in out))


main()
