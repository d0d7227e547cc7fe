# qpick mock: a mock interview timed phase by phase (a line a phase without a terminal, the live
# screen on one), each answer reviewed against its rubric, the mock recorded, listed and counted
# by plan progress.
export PREPKIT_BANKS="$DATA/banks"
# A short loop over the fixture banks: a behavioural prompt, then a judged coding problem.
make_loop() {
  cat >"$WORK/loop.yaml" <<'EOF'
kind: mixed
title: Test loop
questions:
  - subtopics: [behavioral]
    phases:
      - name: Tell the story
        minutes: 3
  - subtopics: [coding]
    judged: true
    phases:
      - name: Plan
        minutes: 2
      - name: Code
        minutes: 8
EOF
}

TEST "line mode: a line a phase, then each answer's rubric and grade; recorded, listed, kept as answers"
make_loop
run qpick mock "$WORK/loop.yaml" --seed 1 --date 2026-12-07 < <(printf '2:30\n1:00\n9:00\nall\n\n1\nhard\n')
expect_status 0
expect_stdout "Test loop: 2 questions, 13 min

Question 1 of 2, 3:00
fx-conflict-story  behavioral · medium · behavioral · 3 min
  Tell me about a disagreement with a teammate and how you resolved it.
No story notes yet: star init scaffolds three to tell

Question 2 of 2, 10:00
fx-merge-intervals  coding · medium · coding · 20 min
  Given n booking intervals (n up to 10^4) as [start, end] minutes, merge the
  ones that overlap and return the result sorted by start. Example:
  [[1,3],[2,6],[8,10]] gives [[1,6],[8,10]].

Question 1: fx-conflict-story, 2:30 of 3:00

What a strong answer covers:
  1. A specific situation, your own actions, a measurable result
  2. What you would do differently
Covered (all, none or point numbers such as 1,3):

2 of 2 points in 3 of 3 min: proposed grade easy
Grade [easy]: 

Question 2: fx-merge-intervals, 10:00 of 10:00
qpick test: not run

What a strong answer covers:
  1. Sort by start, then sweep and extend the last merged interval
  2. O(n log n) time for the sort
Covered (all, none or point numbers such as 1,3):

1 of 2 points in 10 of 10 min: proposed grade hard
Grade [hard]: 

Test loop done: 12:30 of 13:00

fx-conflict-story    2:30   3:00  2/2  easy
fx-merge-intervals  10:00  10:00  1/2  hard"
expect_stderr "qpick: Tell the story, 3:00
qpick: Plan, 2:00
qpick: Code, 8:00"
run qpick mock --list --format tsv
expect_status 0
expect_stdout "day	kind	template	time	budget	questions	covered	grades	outcome
2026-12-07	mixed	loop	12:30	13:00	2	3/4	easy,hard	completed"
run qpick answers --format tsv
expect_status 0
expect_equal "$(stdout | cut -f1-6)" "day	id	minutes	covered	figure	grade
2026-12-07	fx-conflict-story	3	2/2		easy
2026-12-07	fx-merge-intervals	10	1/2		hard" "each answer, kept"
run qpick history --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f2,4 | sort | tr '\n' ' ')" "fx-conflict-story	easy fx-merge-intervals	hard " "the grades, for review"
# The next mock asks what the last did not while others qualify.
run qpick mock "$WORK/loop.yaml" --seed 1 --date 2026-12-08 < <(printf 'q\nnone\n\n')
expect_status 0
expect_stdout_contains "Question 1: fx-outage-story, "

TEST "q stops the mock: the questions reached are reviewed, the rest kept without a time"
make_loop
# q in the second question's first phase: that question was reached, at once.
run qpick mock "$WORK/loop.yaml" --seed 1 --date 2026-12-07 < <(printf '2:00\nq\nnone\n\nall\n\n')
expect_status 0
expect_stdout_contains "Question 2: fx-merge-intervals, 0:00 of 10:00"
expect_stdout_contains "Test loop stopped: 2:00 of 13:00"
run qpick mock --list --format tsv
expect_equal "$(stdout | tail -1)" "2026-12-07	mixed	loop	2:00	13:00	2	2/4	again,easy	stopped" "a stopped mock"
run sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" "SELECT question, name, target_seconds, CASE WHEN ms IS NULL THEN 'none' WHEN ms < 1000 THEN 'at once' ELSE ms END FROM mock_phases ORDER BY position"
expect_status 0
expect_equal "$(stdout)" "0|Tell the story|180|120000
1|Plan|120|at once
1|Code|480|none" "every phase, the one not reached without a time"
# q in the first phase: only the first question is reviewed.
run qpick mock "$WORK/loop.yaml" --seed 1 --date 2026-12-08 < <(printf 'q\nnone\n\n')
expect_status 0
run qpick mock --list --format tsv
expect_equal "$(stdout | tail -1 | cut -f6-9)" "1	0/2	again	stopped" "one question reached"

TEST "the bundled rounds, scaled by --minutes; plan progress counts completed mocks and design rounds"
run plan init --start 2026-12-07 --date 2026-12-07
expect_status 0
run qpick mock design --minutes 30 --seed 4 --date 2026-12-08 --bank "$SOURCE/share/banks" < <(printf '\n\n\n\n\n\nnone\n\n\n')
expect_status 0
expect_stdout_contains "System design round: 1 question, 30 min"
expect_equal "$(stderr)" "qpick: Clarify the requirements, 3:20
qpick: Estimate the scale, 3:20
qpick: API and data model, 6:40
qpick: High-level design, 6:40
qpick: Deep dive, 6:40
qpick: Wrap-up and trade-offs, 3:20" "the phases scaled to 30 minutes"
run qpick mock behavioral --seed 4 --date 2026-12-08 --bank "$SOURCE/share/banks" < <(printf '\n\n\nall\n\nall\n\nall\n\n')
expect_status 0
expect_stdout_contains "Behavioural round: 3 questions, 9 min"
run qpick mock coding --seed 4 --date 2026-12-08 --bank "$SOURCE/share/banks" < <(printf 'q\nnone\n\n')
expect_status 0
expect_stdout_contains "Coding round: 2 questions, 45 min"
run qpick mock mixed --seed 4 --date 2026-12-08 --bank "$SOURCE/share/banks" < <(printf 'q\nnone\n\n\n')
expect_status 0
expect_stdout_contains "Mixed loop: 3 questions, 48 min"
run plan progress --date 2026-12-08 --format tsv
expect_status 0
expect_equal "$(stdout | grep '^mocks\|^design_mocks' | cut -f1,2)" "mocks	2
design_mocks	1" "two completed mocks, one a design round; the stopped ones do not count"

TEST "a coding mock shows the runs of qpick test made while it ran"
make_loop
mkfifo "$WORK/lines"
qpick mock "$WORK/loop.yaml" --seed 1 --date 2026-12-07 <"$WORK/lines" >"$WORK/mock.out" 2>&1 &
mock=$!
exec 3>"$WORK/lines"
printf '1:00\n1:00\n' >&3
sleep 0.5
printf '#!/bin/sh\nsort -n | tail -n +2 | sed 1q\n' >"$WORK/wrong.sh"
run qpick test fx-merge-intervals --date 2026-12-07 -- sh "$WORK/wrong.sh"
expect_status 1
printf '3:00\nall\n\nnone\n\n' >&3
exec 3>&-
wait "$mock"
expect_equal "$?" "0" "the mock's exit status"
grep -qx "qpick test: 1 run, the last passed 1 of 7" "$WORK/mock.out" || fail "no test runs shown: $(cat "$WORK/mock.out")"

TEST "a behavioural question names your STAR stories: those sharing a tag with it, else all"
make_loop
mkdir "$WORK/stories"
cp "$DATA"/stories/*.md "$WORK/stories/"
PREPKIT_STORIES="$WORK/stories" run qpick mock "$WORK/loop.yaml" --seed 1 < <(printf 'q\nnone\n\n')
expect_status 0
expect_stdout_contains "Your stories: cut-checkout-p95, payments-outage, schema-disagreement"
sed -i 's/^tags: \[latency\]/tags: [latency, conflict]/' "$WORK/stories/cut-checkout-p95.md"
PREPKIT_STORIES="$WORK/stories" run qpick practice fx-conflict-story
expect_status 0
expect_stdout_contains "Your stories on it: cut-checkout-p95"
run qpick practice fx-merge-intervals
expect_equal "$(stdout | grep -c 'stor')" "0" "no stories for a question that is not behavioural"

TEST "bad input gets one line and the documented status, and records nothing"
make_loop
printf 'kind: mixed\ntitle: x\nquestions:\n  - subtopics: [coding]\n    phases:\n      - name: a\n        minutes: 0\n' >"$WORK/bad.yaml"
refuses 66 "qpick: error: unknown template 'speed' (expected one of: behavioral, coding, design, mixed, or a file)" qpick mock speed
refuses 66 "qpick: error: unknown template 'desing' (did you mean 'design'?) (expected one of: behavioral, coding, design, mixed, or a file)" qpick mock desing
refuses 65 "qpick: error: $WORK/bad.yaml:7:18: 'minutes' must be a whole number from 1 to 180" qpick mock "$WORK/bad.yaml"
refuses 64 "qpick: error: mock: give a kind: design, coding, behavioral or mixed (or --list)" qpick mock
refuses 64 "qpick: error: mock --list takes no kind: it lists the mocks of every kind" qpick mock design --list
refuses 64 "qpick: error: --minutes: expected the mock's length in whole minutes from 5 to 300, found '4'" qpick mock design --minutes 4
# Past the start the mock has printed its questions: the error is the last line of stderr.
fails_midway() {
  local want=$1 line=$2 input=$3
  run qpick mock "$WORK/loop.yaml" --seed 1 < <(printf "$input")
  expect_status "$want"
  expect_equal "$(stderr | tail -1)" "$line" "stderr's last line"
}
fails_midway 65 "qpick: error: <stdin>:2:1: expected an empty line, a time such as 1:30, or q; found 'next'" '1:00\nnext\n'
fails_midway 65 "qpick: error: <stdin>:1:1: a phase takes at least 0:01; found '0:00'" '0:00\n'
fails_midway 65 "qpick: error: standard input ended during phase 'Code': the mock was not recorded (a line q stops it and records it as stopped)" '1:00\n1:00\n'
fails_midway 65 "qpick: error: <stdin>:4:1: expected all, none or point numbers from 1 to 2 separated by commas, found '3'" '1:00\n1:00\n1:00\n3\n'
fails_midway 65 "qpick: error: <stdin>:5:1: expected again, hard, good or easy, or an empty line for easy, found 'great'" '1:00\n1:00\n1:00\nall\ngreat\n'
fails_midway 65 "qpick: error: standard input ended before the last grade: the mock was not recorded" '1:00\n1:00\n1:00\nall\n\n'
run qpick mock --list --format tsv
expect_status 0
expect_stdout "day	kind	template	time	budget	questions	covered	grades	outcome"

TEST "on a terminal: the live screen advances, pauses, redraws on a resize; q stops it; the rubric by keys"
if ! command -v tmux >/dev/null; then
  echo "test_qpick_mock.bash: SKIPPED: tmux is not installed; the terminal test did not run"
else
  make_loop
  cat >"$WORK/run-mock.sh" <<EOF
trap : INT TERM
stty -a >stty.before
PREPKIT_BANKS=$DATA/banks qpick mock $WORK/loop.yaml --seed 1 --date 2026-12-07 --color never
status=\$?
stty -a >stty.after
echo EXIT=\$status
sleep 60
EOF
  start "bash $WORK/run-mock.sh"
  wait_for "Test loop · question 1 of 2 · fx-conflict-story"
  wait_for "Tell me about a disagreement"
  wait_for "No story notes yet: star init scaffolds three to tell"
  wait_for "▶ Tell the story"
  wait_for "then question 2 of 2, 10:00"
  tm send-keys Enter
  wait_for "Test loop · question 2 of 2 · fx-merge-intervals"
  wait_for "▶ Plan"
  tm send-keys Space
  wait_for "paused"
  tm resize-window -x 60 -y 30
  sleep 0.3
  wait_for "Given n booking intervals"
  expect_equal "$(screen | grep -c 'Enter: next phase')" "1" "one screen after the resize"
  tm send-keys Space Enter
  wait_for "▶ Code"
  tm send-keys q
  wait_for "Question 1: fx-conflict-story"
  wait_for "covered? [y/n]" && tm send-keys y
  wait_for "What you would do differently" && sleep 0.2 && tm send-keys n
  wait_for "Grade [hard]:" && tm send-keys Enter
  wait_for "Question 2: fx-merge-intervals"
  wait_for "covered? [y/n]" && tm send-keys n
  sleep 0.2 && tm send-keys n
  wait_for "Grade [again]:" && tm send-keys Enter
  wait_for "EXIT=0"
  expect_equal "$(screen | grep -c 'Test loop stopped')" "1" "stopped by q"
  # The size changed with the resize; every setting is as it was.
  expect_equal "$(diff <(tail -n +2 stty.before) <(tail -n +2 stty.after) && echo same)" "same" "the terminal settings are restored"
  stop_tmux
  run qpick mock --list --format tsv
  expect_equal "$(stdout | tail -1 | cut -f1,2,6-9)" "2026-12-07	mixed	2	1/4	hard,again	stopped" "recorded"
  # SIGTERM mid-mock: the terminal as it was, nothing recorded.
  start "bash $WORK/run-mock.sh"
  wait_for "▶ Tell the story"
  pkill -TERM -f "qpick mock $WORK/loop.yaml"
  wait_for "EXIT=143"
  expect_equal "$(screen | grep -c 'qpick: interrupted: the mock was not recorded')" "1" "the message"
  expect_equal "$(screen | grep -c '▶')" "0" "the live screen erased"
  expect_equal "$(diff stty.before stty.after && echo same)" "same" "the terminal settings are restored"
  stop_tmux
  run qpick mock --list --format tsv
  expect_equal "$(stdout | tail -n +2 | wc -l)" "1" "still one mock"
fi

TEST "on a terminal: each bundled round runs its phases, and stops with q"
if ! command -v tmux >/dev/null; then
  echo "test_qpick_mock.bash: SKIPPED: tmux is not installed; the terminal test did not run"
else
  # Answers whatever the review asks until qpick exits: n to every point, Enter to the rest.
  review_all() {
    local i last
    for i in $(seq 100); do
      last=$(screen | grep -v '^$' | tail -1)
      case $last in
        *EXIT=*) return 0 ;;
        *"covered? [y/n]"*) tm send-keys n ;;
        *"Your own figure"* | *"Grade ["*) tm send-keys Enter ;;
      esac
      sleep 0.2
    done
    fail "the review never ended: $(screen)"
  }
  rounds=0
  # KIND:TITLE:THE FIRST PHASE:WHAT THE SCREEN SHOWS ONCE ENTER HAS ENDED IT
  for round in "design:System design round:Clarify the requirements:▶ Estimate the scale" \
    "coding:Coding round:Understand and plan:▶ Write the code" \
    "behavioral:Behavioural round:Tell the story:question 2 of 3" \
    "mixed:Mixed loop:Clarify and estimate:▶ High-level design"; do
    IFS=: read -r kind title first next <<<"$round"
    start "qpick mock $kind --bank $SOURCE/share/banks --seed 1 --date 2026-12-07; echo EXIT=\$?; sleep 60"
    wait_for "$title · question 1 of"
    wait_for "▶ $first"
    tm send-keys Enter
    wait_for "$next"
    tm send-keys q
    wait_for "$title"
    review_all
    expect_equal "$(screen | grep -c "$title stopped")" "1" "$kind: stopped by q"
    stop_tmux
  done
  run qpick mock --list --format tsv
  expect_status 0
  expect_equal "$(stdout | tail -n +2 | cut -f2,9 | tr '\n' ' ')" "design	stopped coding	stopped behavioral	stopped mixed	stopped " "each round recorded"
fi
