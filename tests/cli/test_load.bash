# 8 processes at once for 20 seconds against one state database and one stories folder: every
# run succeeds within 2 seconds (4 in a sanitizer build, where each run starts several times
# slower and 8 share 2 cores), and every write acknowledged is there afterwards.
export PREPKIT_BANKS="$DATA/banks"

days=(2026-12-01 2026-12-02 2026-12-03 2026-12-04 2026-12-05)

# One worker: runs random commands until 20 seconds have passed (or 2000 runs), writing a line
# per run to runs.W (kind, exit status, milliseconds, argument) and their stderr to stderr.W.
worker() {
  local w=$1 i kind arg start code end=$((${EPOCHREALTIME/./} + 20000000))
  for ((i = 1; i <= 2000 && ${EPOCHREALTIME/./} < end; i++)); do
    start=${EPOCHREALTIME/./}
    case $((RANDOM % 5)) in
      0) kind=daily arg=${days[RANDOM % ${#days[@]}]}
         timeout 10 qpick --daily --date "$arg" ;;
      1) kind=grade arg=${ids[RANDOM % ${#ids[@]}]}
         timeout 10 qpick grade "$arg" good ;;
      2) kind=log arg=problem
         timeout 10 plan log problem ;;
      3) kind=time arg=load-story
         printf '0:30\n0:40\n1:10\n0:30\n' | timeout 10 star time load-story --no-tty ;;
      4) kind=new arg="worker-$w-item-$i"
         timeout 10 star new "worker $w item $i" ;;
    esac >/dev/null 2>>"stderr.$w"
    code=$?
    printf '%s %s %s %s\n' "$kind" "$code" $(((${EPOCHREALTIME/./} - start) / 1000)) "$arg" >>"runs.$w"
  done
}

TEST "8 workers for 20 seconds: every run succeeds quickly and every write is kept"
plan init >/dev/null 2>&1 || fail "plan init failed"
star new "Load story" >/dev/null || fail "star new failed"
ids=($(qpick list ids --format tsv | tail -n +2 | cut -f1 | grep -vx fx-merge-intervals))  # a judged problem warns when graded untested
[ "${#ids[@]}" -gt 0 ] || fail "no question ids"
db="$XDG_STATE_HOME/prepkit/prepkit.db"
stories="$XDG_DATA_HOME/prepkit/stories"
for w in 1 2 3 4 5 6 7 8; do
  worker "$w" &
done
wait
cat runs.? >runs
cat stderr.? >stderr

acknowledged() { awk -v kind="$1" '$1 == kind && $2 == 0' runs | wc -l; }
per_kind=$(awk '{ n[$1]++ } END { for (k in n) print k, n[k] }' runs | sort | paste -sd, - | sed 's/,/, /g')
slowest=$(sort -k3,3n runs | tail -1)
slowest_ms=$(cut -d' ' -f3 <<<"$slowest")
summary="$(wc -l <runs) runs ($per_kind); slowest: $(cut -d' ' -f1,4 <<<"$slowest") $slowest_ms ms"

failed=$(awk '$2 != 0' runs)
[ -z "$failed" ] || fail "runs that failed ($summary):"$'\n'"$(head -10 <<<"$failed")"
grep -qi 'locked' stderr && fail "a run found the database locked ($(grep -ci locked stderr) lines): $(grep -i -m1 locked stderr)"
unexpected=$(grep -vE '^plan: logged 1 problem on [0-9]{4}-[0-9]{2}-[0-9]{2}$|^star: (Situation|Task|Action|Result), about [0-9]+:[0-9]{2}$|^star: recorded rehearsal [0-9]+ of load-story$' stderr)
[ -z "$unexpected" ] || fail "unexpected messages ($(wc -l <<<"$unexpected") lines):"$'\n'"$(sort <<<"$unexpected" | uniq -c | sort -rn | head -10)"
[ -s runs ] || fail "the workers ran nothing"
limit_ms=$(rounds 2000 4000)
[ "${slowest_ms:-0}" -le "$limit_ms" ] || fail "a run took over $limit_ms ms: $summary"
[ -z "${PREPKIT_TEST_VERBOSE:-}" ] || echo "  [$current] $summary" >&2

expect_equal "$(sqlite3 "$db" 'SELECT count(*) FROM grades')" "$(acknowledged grade)" "grades kept ($summary)"
expect_equal "$(sqlite3 "$db" 'SELECT count(*), coalesce(sum(count), 0) FROM plan_log')" \
  "$(acknowledged log)|$(acknowledged log)" "plan log entries kept ($summary)"
expect_equal "$(sqlite3 "$db" 'SELECT count(*) FROM rehearsals')" "$(acknowledged time)" "rehearsals kept ($summary)"
expect_equal "$(find "$stories" -type f | wc -l)" "$((1 + $(acknowledged new)))" "story notes in the folder ($summary)"
for day in $(awk '$1 == "daily" && $2 == 0 { print $4 }' runs | sort -u); do
  [ "$(sqlite3 "$db" "SELECT count(*) FROM daily_picks WHERE day = '$day'")" -gt 0 ] ||
    fail "no daily pick recorded for $day"
done
expect_equal "$(sqlite3 "$db" 'PRAGMA integrity_check')" "ok" "integrity_check"

TEST "three star set runs on one note at once, 30 times over: every change they report is on disk"
star new "Race story" >/dev/null || fail "star new failed"
note="$XDG_DATA_HOME/prepkit/stories/race-story.md"
for trial in $(seq 10 39); do
  star set race-story --target "2:$trial" >/dev/null 2>"set.1" &
  first=$!
  star set race-story --tags "tag$trial" >/dev/null 2>"set.2" &
  second=$!
  star set race-story --theme "theme$trial" >/dev/null 2>"set.3" &
  third=$!
  for job in $first $second $third; do wait "$job" || fail "trial $trial: a star set failed: $(cat set.?)"; done
  expect_equal "$(sed -n '/^theme:/p;/^target:/p;/^tags:/p' "$note")" "theme: theme$trial
target: $((120 + trial))
tags: [tag$trial]" "trial $trial: the three changes"
done
expect_equal "$(ls -A "$XDG_DATA_HOME/prepkit/stories")" "race-story.md" "no temporary file left"

TEST "six plan init runs at once without --force: exactly one saves a plan"
for run in 1 2 3 4 5 6; do
  plan init --start 2026-12-07 >/dev/null 2>"init.$run" &
  eval "job$run=\$!"
done
saved=0
for run in 1 2 3 4 5 6; do
  eval "job=\$job$run"
  if wait "$job"; then
    saved=$((saved + 1))
  else
    code=$?
    expect_equal "$code $(sed -E 's/plan [0-9]+, from [0-9-]+/plan N, from DAY/' "init.$run")" \
      "64 plan: error: a plan is already saved (plan N, from DAY); add --force to replace it, the old one stays in plan list" \
      "a refused run"
  fi
done
expect_equal "$saved" "1" "runs that saved a plan"
expect_equal "$(sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" 'SELECT count(*) FROM plans')" "1" "plans in the database"
