# The README's tour cannot drift: every command in its ```console blocks runs here, in order, in
# one fresh home, and must print on stdout what the README shows. A line of just "..." in the
# README stands for any number of lines, a line ending in " ..." for any end of that line, and a
# time such as "0.04 s" for any time; the test home appears as /home/me. The story the README
# checks and rehearses is put in place from tests/data/stories just before the README first
# uses it, as if the reader had written it in an editor, and so is two_sum.py: first the kept
# wrong solution, then the reference, as if the reader had fixed it.

TEST "every console block of the README prints what the README shows"
export PATH="$BIN:$PATH"
awk '
  /^```console$/ { inside = 1; next }
  /^```/ { if (inside) print "@@END"; inside = 0; next }
  inside { print }
' "$SOURCE/README.md" >blocks
commands=0
expected=""
command=""
# Compares the output of the command pending with what the README shows.
check() {
  [ -n "$command" ] || return 0
  commands=$((commands + 1))
  if [[ $command == "star check cut"* && ! -f "$HOME/.local/share/prepkit/stories/cut-checkout-p95.md" ]]; then
    cp "$DATA/stories/cut-checkout-p95.md" "$HOME/.local/share/prepkit/stories/"
  fi
  if [[ $command == *"qpick test code-two-sum-hash-map-refunds"* ]]; then
    local attempt=$SOURCE/tests/solutions/code-two-sum-hash-map-refunds.py
    [ -f "$WORK/two_sum.py" ] || attempt=${attempt%.py}.wrong.py
    cp "$attempt" "$WORK/two_sum.py"
  fi
  actual=$(cd "$WORK" && bash -c "$command" 2>/dev/null | sed "s|$HOME|/home/me|g")
  # The README's lines as a pattern where a line of just "..." matches any lines.
  pattern=$(printf '%s' "$expected" | python3 -c '
import re, sys
lines = sys.stdin.read().split("\n")
def line(l):
    if l.strip() == "...":
        return ".*"
    pattern = re.sub(r"\d+\\\.\d\d(\\ | )s", r"\\d+\\.\\d\\d s", re.escape(l))
    return pattern[:-len(re.escape(" ..."))] + " [^\\n]*" if l.endswith(" ...") else pattern
print("\\A" + "\n".join(line(l) for l in lines) + "\\Z")')
  printf '%s' "$actual" | python3 -c "import re, sys; sys.exit(0 if re.match(sys.argv[1], sys.stdin.read(), re.S) else 1)" "$pattern" ||
    fail "README: \$ $command"$'\n'"--- expected"$'\n'"$expected"$'\n'"--- actual"$'\n'"$actual"
}
while IFS= read -r line; do
  if [[ $line == '$ '* || $line == @@END ]]; then
    check
    command=${line#'$ '}
    [[ $line == @@END ]] && command=""
    expected=""
    first=1
  else
    if [ "$first" -eq 1 ]; then expected=$line; first=0; else expected+=$'\n'$line; fi
  fi
done <blocks
[ "$commands" -ge 15 ] || fail "only $commands README commands ran"
