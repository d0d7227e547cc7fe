# A state half way through an eight-week plan, for the report's tests: the plan started on Monday
# 2026-11-02 and today is Thursday 2026-12-03 (week 5). Work logged and graded in every week so
# far, coding problems solved with qpick test, answers practised, two stories rehearsed. Sourced
# by a suite; make_report_fixture runs in the test's folder with the bundled banks, and builds the
# state once per suite: later tests get a copy of the first one's home.

# grade_week WEEK SUBTOPIC GRADE...: grades questions of SUBTOPIC on the days of plan week WEEK,
# one grade for each of GRADE.
grade_week() {
  local week=$1 subtopic=$2 seed i=0
  shift 2
  seed="$week$subtopic"
  local ids
  ids=$(qpick -n $# -s "$subtopic" --seed "${#seed}$week" --format ids) || fail "no questions of $subtopic"
  for grade in "$@"; do
    i=$((i + 1))
    local id day
    id=$(sed -n "${i}p" <<<"$ids")
    day=$(date -d "2026-11-02 + $((7 * (week - 1) + i % 6)) days" +%F)
    qpick grade "$id" "$grade" --date "$day" >/dev/null 2>&1 || fail "grading $id failed"
  done
}

# rehearse STORY DAY SECONDS...: one rehearsal, the four parts' times given.
rehearse() {
  local story=$1 day=$2
  shift 2
  printf '%s\n' "$@" | star time "$story" --no-tty --date "$day" >/dev/null 2>&1 || fail "rehearsal of $story failed"
}

make_report_fixture() {
  local kept="$ROOT/report-fixture"
  if [ -d "$kept" ]; then
    cp -a "$kept/." "$HOME/" || fail "copying the fixture failed"
    return
  fi
  build_report_fixture
  mkdir "$kept" && cp -a "$HOME/." "$kept/" || fail "keeping the fixture failed"
}

build_report_fixture() {
  plan init --start 2026-11-02 --date 2026-11-01 >/dev/null 2>&1 || fail "plan init failed"
  grade_week 1 coding good hard good easy good
  grade_week 1 databases hard again good
  grade_week 2 coding good good easy hard
  grade_week 2 apis good hard
  grade_week 3 coding easy good good good hard easy
  grade_week 3 databases good good easy
  grade_week 4 coding good easy again good
  grade_week 4 performance hard again hard
  grade_week 5 system-design good hard
  grade_week 5 operations again hard
  local day
  for day in 2026-11-03 2026-11-10 2026-11-17 2026-11-24 2026-12-01; do
    plan log problem 2 --date "$day" 2>/dev/null || fail "plan log failed"
  done
  for day in 2026-11-07 2026-11-14 2026-11-21 2026-11-28; do plan log chapter 2 --date "$day" 2>/dev/null; done
  plan log design-mock --date 2026-12-02 2>/dev/null
  local problem
  for problem in code-arrays-product-except-self code-stack-min-stack; do
    qpick test "$problem" --date 2026-11-20 -- "$PY" "$SOURCE/tests/solutions/$problem.py" >/dev/null 2>&1 ||
      fail "qpick test $problem failed"
  done
  qpick practice sd-design-url-shortener --minutes 9 --covered 1,2,4 --grade good --date 2026-12-01 >/dev/null 2>&1 ||
    fail "practice failed"
  qpick practice db-sql-vs-nosql-marketplace --minutes 6 --covered all --grade easy --date 2026-12-02 >/dev/null 2>&1 ||
    fail "practice failed"
  star new "Cut checkout p95 in half" --theme performance >/dev/null 2>&1 || fail "star new failed"
  star new "The pager storm" --theme reliability >/dev/null 2>&1 || fail "star new failed"
  rehearse cut-checkout-p95-in-half 2026-11-14 40 30 2:10 0:35
  rehearse cut-checkout-p95-in-half 2026-11-21 30 25 1:40 0:30
  rehearse cut-checkout-p95-in-half 2026-11-28 25 20 1:30 0:25
  rehearse the-pager-storm 2026-11-29 35 25 2:20 0:40
  rehearse the-pager-storm 2026-12-02 30 20 1:50 0:30
}
