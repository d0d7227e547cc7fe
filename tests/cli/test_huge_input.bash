# Huge input costs neither memory nor screen: a line far past its limit is read and dropped in
# little memory, and a message quotes long input as a short excerpt ending in "...".

# Runs CMD ARGS... with standard input from FILE, keeping its stdout, stderr and status as run
# does, and sets peak to the most resident memory it used, in KiB: measured FILE CMD ARGS...
# Under AddressSanitizer freed memory is held back in a quarantine, which is not the program's
# own use: the runs measured here keep none.
measured() {
  local input=$1 result
  shift
  result=$(ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0:thread_local_quarantine_size_kb=0" \
    /usr/bin/python3 -c '
import resource, subprocess, sys
with open(sys.argv[1], "rb") as i, open(sys.argv[2], "wb") as o, open(sys.argv[3], "wb") as e:
    status = subprocess.run(sys.argv[4:], stdin=i, stdout=o, stderr=e).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, status)' "$input" "$WORK/stdout" "$WORK/stderr" "$@")
  [ -n "$result" ] || fail "could not measure $*"
  peak=${result% *}
  status=${result#* }
}

# Fails unless the last measured run stayed within 16 MiB of `base` KiB: small_growth BASE WHAT
small_growth() {
  [ "$peak" -lt $(($1 + 16384)) ] || fail "$2 grew to $peak KiB (from $1 KiB)"
}

# 60 x's and an ellipsis: how a message quotes a long run of x's.
CUT="$(printf 'x%.0s' {1..60})..."

TEST "estimate drops a 50 MB line on standard input as it reads it, and answers the other lines"
printf '1 + 1\n2 * 3\n' >small
{ printf '1 + 1\n' && big_file line 50000000 && cat line && printf '\n2 * 3\n'; } >big
measured small estimate
expect_status 0
expect_stdout "2
6"
base=$peak
measured big estimate
expect_status 65
expect_stdout "2

6"
expect_stderr "estimate: <stdin>:2: expression too long: 50000000 characters (the limit is 1000)"
small_growth "$base" "estimate reading a 50 MB line"

TEST "a comment of any length is a comment, and a long line of blanks is too long"
{ printf '# ' && big_file line 5000 && cat line && printf '\n' && head -c 2000 /dev/zero | tr '\0' ' ' && printf '\n3\n'; } >lines
run estimate <lines
expect_status 65
expect_stdout "

3"
expect_stderr "estimate: <stdin>:2: expression too long: 2000 characters (the limit is 1000)"

TEST "star time --no-tty refuses a 50 MB line in little memory, and records nothing"
mkdir -p "$XDG_DATA_HOME/prepkit/stories"
cp "$DATA"/stories/*.md "$XDG_DATA_HOME/prepkit/stories"/
printf 'later\n' >small
{ big_file line 50000000 && cat line && printf '\n'; } >big
measured small star time cut --no-tty
expect_status 65
expect_stderr "star: Situation, about 0:15
star: error: <stdin>:1:1: expected an empty line, a time such as 1:30, or q; found 'later'"
base=$peak
measured big star time cut --no-tty
expect_status 65
expect_stdout ""
expect_stderr "star: Situation, about 0:15
star: error: <stdin>:1:1: line too long: 50000000 bytes (the limit is 1000)"
small_growth "$base" "star time reading a 50 MB line"
[ ! -e "$XDG_STATE_HOME/prepkit/prepkit.db" ] || fail "a rehearsal was recorded"
printf 'x%.0s' {1..1000} >long
run star time cut --no-tty <long
expect_status 65
expect_stderr "star: Situation, about 0:15
star: error: <stdin>:1:1: expected an empty line, a time such as 1:30, or q; found '$CUT'"

TEST "qpick import quotes a field of 1 MB as an excerpt"
{ printf 'day\tquestion\tsubtopic\tgrade\trecorded_at\tuid\n2026-12-01\tq\t' && head -c 1000000 /dev/zero | tr '\0' x &&
  printf '\tgood\t2026-12-01T00:00:00.000Z\tab\n'; } >subtopic.tsv
{ printf 'day\tquestion\tsubtopic\tgrade\trecorded_at\tuid\n2026-12-01\tq\tcoding\tgood\t2026-12-01T00:00:00.000Z\t' &&
  head -c 1000000 /dev/zero | tr '\0' x && printf '\n'; } >uid.tsv
refuses 65 "qpick: error: subtopic.tsv:2:14: unknown subtopic '$CUT'" qpick import subtopic.tsv
refuses 65 "qpick: error: uid.tsv:2:51: 'uid' must be lower-case hexadecimal, found '$CUT'" qpick import uid.tsv

TEST "an argument of 100 KB is quoted as an excerpt, whichever message quotes it"
X=$(printf 'x%.0s' {1..102400})
refuses 64 "estimate: error: unknown format '$CUT' (expected text or json)" estimate '1 + 1' --format "$X"
refuses 64 "estimate: error: unknown option '--${CUT:2}' (see estimate --help)" estimate "--$X" '1 + 1'
refuses 65 "estimate: error: --items: expression too long: 102400 characters (the limit is 1000)" \
  estimate storage --items "$X" --size 1B
refuses 65 "estimate: error: unknown unit '$CUT'" estimate "1 ${X:0:900}"
refuses 64 "qpick: error: --count: expected a whole number, found '$CUT' (see qpick --help)" qpick -n "$X"
refuses 64 "qpick: error: unknown subtopic '$CUT' (expected one of: coding, apis, databases, system-design, performance, security-testing, operations, behavioral, ask)" \
  qpick -s "$X"
refuses 64 "plan: error: unknown command '$CUT' (expected one of: init, show, list, today, week, log, progress, report)" plan "$X"
refuses 64 "star: error: --color: expected auto, always or never, found '$CUT'" star list --color "$X"
run estimate latency "$X"
expect_status 0
expect_stdout ""
expect_stderr "estimate: no figure matches '$CUT'"

TEST "a history of 200,000 grades costs stats, reviews, weak spots, exports and progress little memory"
export PREPKIT_BANKS="$DATA/banks"
run qpick grade fx-two-sum good --date 2026-11-30
expect_status 0
run plan init --start 2026-11-30
expect_status 0
db=$XDG_STATE_HOME/prepkit/prepkit.db
base=()
commands=("qpick stats --date 2026-12-05" "qpick --due --date 2026-12-05" "qpick --weak --date 2026-12-05"
  "qpick history --format json" "plan progress --date 2026-12-05")
for command in "${commands[@]}"; do
  measured /dev/null $command
  [ "$status" -eq 0 ] || fail "$command failed with a grade: $(stderr)"
  base[${#base[@]}]=$peak
done
sqlite3 "$db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
  INSERT INTO grades (uid, question, subtopic, day, grade, recorded_at)
  SELECT printf('%x', i), CASE i % 3 WHEN 0 THEN 'fx-two-sum' WHEN 1 THEN 'fx-lru-cache' ELSE 'fx-on-call' END,
         CASE i % 3 WHEN 2 THEN 'operations' ELSE 'coding' END, date('2025-01-01', '+' || (i / 300) || ' days'),
         CASE i % 4 WHEN 0 THEN 'again' WHEN 1 THEN 'hard' ELSE 'good' END, '2025-01-01T00:00:00.000Z' FROM n"
expect_equal "$(sqlite3 "$db" 'SELECT count(*) FROM grades')" 200001 "grades in the database"
i=0
for command in "${commands[@]}"; do
  measured /dev/null $command
  [ "$status" -eq 0 ] || fail "$command failed with 200,000 grades: $(stderr)"
  small_growth "${base[$i]}" "$command with 200,000 grades"
  i=$((i + 1))
done
