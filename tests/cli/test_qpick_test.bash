# qpick test and qpick cases: a solution run against a coding problem's cases, every way a run
# can end, what is recorded, and that nothing a solution starts outlives the run.
export PREPKIT_BANKS="$DATA/banks"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)

# A right solution of fx-merge-intervals, and the same with one bug: touching intervals stay apart.
solutions() {
  cat >merge.py <<'EOF'
import sys
d = sys.stdin.read().split()
n = int(d[0])
spans = sorted((int(d[1 + 2 * i]), int(d[2 + 2 * i])) for i in range(n))
out = []
for a, b in spans:
    if out and a <= out[-1][1]:
        out[-1][1] = max(out[-1][1], b)
    else:
        out.append([a, b])
print(len(out))
for a, b in out:
    print(a, b)
EOF
  sed 's/a <= out\[-1\]\[1\]/a < out[-1][1]/' merge.py >merge_wrong.py
}

# The output with each run's time as T, and which run was slowest as "...": the machine decides.
timeless() { sed -E 's/[0-9]+\.[0-9]{2} s/T s/g; s/slowest: .*/slowest: .../'; }

TEST "a right solution passes every case and the stress input"
export TMPDIR="$WORK/tmp"
mkdir -p "$TMPDIR"
solutions
run qpick test fx-merge-intervals -- "$PY" merge.py
expect_status 0
expect_equal "$(stdout | timeless)" "case 1    ok        T s  the prompt's example
case 2    ok        T s  one interval
case 3    ok        T s  touching intervals merge
case 4    ok        T s  not sorted on input
case 5    ok        T s  one inside another
case 6    ok        T s  no intervals
stress 1  ok        T s  the largest input the prompt allows
7 of 7 passed; slowest: ..." "the report"
expect_stderr ""
expect_equal "$(ls -A "$TMPDIR")" "" "no working folder left behind"

TEST "a wrong solution: exit 1, and the first failure in full"
solutions
run qpick test fx-merge-intervals -- "$PY" merge_wrong.py
expect_status 1
expect_equal "$(stdout | timeless)" "case 1    ok        T s  the prompt's example
case 2    ok        T s  one interval
case 3    FAIL      T s  touching intervals merge
case 4    ok        T s  not sorted on input
case 5    ok        T s  one inside another
case 6    ok        T s  no intervals
stress 1  ok        T s  the largest input the prompt allows

case 3 failed (FAIL): touching intervals merge
  input:
    2
    1 4
    4 5
  expected:
    1
    1 5
  actual:
    2
    1 4
    4 5
  first difference, line 1: expected '1', found '2'

6 of 7 passed; slowest: ..." "the report"
run qpick test fx-merge-intervals --stop -- "$PY" merge_wrong.py
expect_status 1
expect_equal "$(stdout | head -3 | timeless)" "case 1    ok        T s  the prompt's example
case 2    ok        T s  one interval
case 3    FAIL      T s  touching intervals merge" "--stop ends at the failure"
expect_equal "$(stdout | tail -1 | sed 's/;.*//')" "2 of 3 passed (of 7 in all)" "--stop's summary"
run qpick test fx-merge-intervals --case 3 --format tsv -- "$PY" merge.py
expect_status 0
expect_equal "$(stdout | cut -f1,2,4)" $'case\tverdict\twhy\n3\tok\ttouching intervals merge' "--case runs one, as TSV"
run qpick test fx-merge-intervals --format json -- "$PY" merge_wrong.py
expect_status 1
expect_equal "$(stdout | jq -c '[.[] | .verdict]')" '["ok","ok","FAIL","ok","ok","ok","ok"]' "json"

TEST "every way a run can end has its verdict, and nothing it started keeps running"
export TMPDIR="$WORK/tmp"
mkdir -p "$TMPDIR"
verdict() {
  local script=$1
  shift
  printf '%s\n' "$script" >solution.py
  run qpick test fx-merge-intervals --case 1 "$@" -- "$PY" solution.py
  stdout | head -1 | awk '{print $3, $4}' | sed 's/ [0-9]*\.[0-9]*$//'
}
expect_equal "$(verdict 'import time; time.sleep(60)' --timeout 1)" "TIMEOUT" "a sleeper"
expect_equal "$(verdict 'while True: pass' --timeout 1)" "TIMEOUT" "a busy loop"
expect_equal "$(verdict 'import sys
while True: sys.stdin.read()' --timeout 1)" "TIMEOUT" "reading standard input forever"
expect_equal "$(verdict 'x = bytearray(10 << 30)')" "MEMORY" "10 GiB"
expect_equal "$(verdict 'import sys
while True: sys.stdout.write("y" * 65536)')" "OUTPUT" "endless output"
expect_equal "$(verdict 'import os, signal; os.kill(os.getpid(), signal.SIGSEGV)')" "CRASH SIGSEGV" "a crash"
expect_equal "$(verdict 'raise SystemExit(3)')" "EXIT 3" "an exit status"
expect_status 1
expect_equal "$(verdict 'import os, subprocess, sys, time
pids = [subprocess.Popen(["sleep", "300"]).pid, subprocess.Popen(["setsid", "sleep", "300"]).pid]
child = os.fork()
if child == 0:
    os.setsid()
    time.sleep(300)
pids.append(child)
open(os.environ["HOME"] + "/pids", "w").write(" ".join(map(str, pids)))
print("2\n1 6\n8 10")')" "ok" "a solution that leaves children behind"
expect_equal "$(wc -w <"$HOME/pids")" "3" "three children started"
for pid in $(cat "$HOME/pids"); do
  if kill -0 "$pid" 2>/dev/null; then fail "process $pid outlived the run"; fi
done
expect_equal "$(ls -A "$TMPDIR")" "" "no working folder left behind"

TEST "qpick test refuses what it cannot run"
solutions
refuses 65 "qpick: error: unknown question id 'fx-merge-interval' (did you mean 'fx-merge-intervals'?)" \
  qpick test fx-merge-interval -- "$PY" merge.py
refuses 65 "qpick: error: 'fx-mutex-vs-semaphore' is a concept question: only coding problems have cases to run" \
  qpick test fx-mutex-vs-semaphore -- "$PY" merge.py
refuses 65 "qpick: error: 'fx-lru-cache' is not judged: a fixture of a coding problem that is not judged" \
  qpick test fx-lru-cache -- "$PY" merge.py
refuses 64 "qpick: error: test: give the solution's command after --, such as -- python3 sol.py" \
  qpick test fx-merge-intervals
refuses 64 "qpick: error: --case: this problem has cases 1 to 7, found 9" \
  qpick test fx-merge-intervals --case 9 -- "$PY" merge.py
refuses 64 "qpick: error: --case: this problem has cases 1 to 7, found -1" \
  qpick test fx-merge-intervals --case -1 -- "$PY" merge.py
refuses 64 "qpick: error: --timeout: expected seconds above 0 and at most 600, found '0'" \
  qpick test fx-merge-intervals --timeout 0 -- "$PY" merge.py
refuses 64 "qpick: error: --memory: expected a size from 16M to 64T such as 512M or 2G, or none, found '1X'" \
  qpick test fx-merge-intervals --memory 1X -- "$PY" merge.py
refuses 66 "qpick: error: cannot run 'no-such-solver': No such file or directory" \
  qpick test fx-merge-intervals -- no-such-solver
refuses 64 "qpick: error: --timeout: expected seconds above 0 and at most 600, found ''" \
  qpick test fx-merge-intervals --timeout '' -- "$PY" merge.py

TEST "runs are recorded: show tells the last, stats counts the solved, grade warns until one passes"
solutions
run qpick grade fx-merge-intervals good --date 2026-12-08
expect_status 0
expect_stderr "qpick: warning: no run of qpick test has passed fx-merge-intervals yet: try qpick test fx-merge-intervals -- YOUR-COMMAND"
run qpick test fx-merge-intervals --date 2026-12-08 -- "$PY" merge_wrong.py
expect_status 1
run qpick show fx-merge-intervals
expect_equal "$(stdout | tail -1 | timeless)" "Last test: 2026-12-08 with python3, 6 of 7 passed (1 failed), slowest T s" "show: the last run"
run qpick stats --date 2026-12-08 --format tsv
expect_equal "$(stdout | sed -n 2p | cut -f1,10,11)" $'coding\t1\t0' "not solved yet"
run qpick test fx-merge-intervals --date 2026-12-09 -- "$PY" merge.py
expect_status 0
run qpick test fx-merge-intervals --case 2 --date 2026-12-09 -- "$PY" merge_wrong.py
expect_status 0
run qpick show fx-merge-intervals
expect_equal "$(stdout | tail -1 | timeless)" "Last test: 2026-12-09 with python3, 7 of 7 passed, slowest T s" "one --case is not recorded"
run qpick stats --date 2026-12-09 --format tsv
expect_equal "$(stdout | sed -n 2p | cut -f1,10,11)" $'coding\t1\t1' "solved"
run qpick grade fx-merge-intervals good --date 2026-12-09
expect_status 0
expect_stderr ""
expect_equal "$(sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" 'SELECT question, day, passed, failed, total, command FROM judge_runs')" \
  "fx-merge-intervals|2026-12-08|6|1|7|python3
fx-merge-intervals|2026-12-09|7|0|7|python3" "the runs kept"

TEST "plan progress counts a problem once, whether it was solved, graded or both"
solutions
plan init --start 2026-12-07 --date 2026-12-01 >/dev/null 2>&1 || fail "plan init"
run plan progress --date 2026-12-09 --format json
expect_equal "$(stdout | jq '.targets[] | select(.target == "problems") | .done')" "0" "nothing yet"
qpick test fx-merge-intervals --date 2026-12-09 -- "$PY" merge.py >/dev/null || fail "qpick test"
run plan progress --date 2026-12-09 --format json
expect_equal "$(stdout | jq '.targets[] | select(.target == "problems") | .done')" "1" "solved"
qpick grade fx-merge-intervals good --date 2026-12-09 >/dev/null || fail "qpick grade"
qpick grade fx-two-sum good --date 2026-12-09 >/dev/null || fail "qpick grade"
run plan progress --date 2026-12-09 --format json
expect_equal "$(stdout | jq '.targets[] | select(.target == "problems") | .done')" "2" "solved and graded counts once"

TEST "qpick cases writes the cases as files for a debugger"
run qpick cases fx-merge-intervals --dir cases
expect_status 0
expect_stderr "qpick: wrote 6 cases and 1 stress input to cases/"
expect_equal "$(ls cases | sort -V | tr '\n' ' ')" "1.in 1.out 2.in 2.out 3.in 3.out 4.in 4.out 5.in 5.out 6.in 6.out stress-1.in " "the files"
expect_equal "$(cat cases/3.in)" "2
1 4
4 5" "an input"
expect_equal "$(head -1 cases/stress-1.in)" "10000" "the stress input, generated"
cp cases/stress-1.in first.in
qpick cases fx-merge-intervals --dir again 2>/dev/null || fail "qpick cases again"
cmp -s first.in again/stress-1.in || fail "the stress input differs between two runs"
run qpick cases fx-merge-intervals
expect_status 0
expect_equal "$(ls fx-merge-intervals | wc -l)" "13" "a folder named as the problem"
touch file
refuses 73 "qpick: error: cannot make the folder file: a file of that name is in the way" qpick cases fx-merge-intervals --dir file
