# qpick practice: an answer note of the user's, checked against what a strong answer covers,
# graded and remembered; qpick answers lists the attempts.
export PREPKIT_BANKS="$DATA/banks"
# An editor that writes an answer into the note it is given, as $WORK/writer.
make_writer() {
  printf '#!/bin/sh\necho "Two pages a week at most, and the rotation is six people." >>"$1"\n' >"$WORK/writer"
  chmod +x "$WORK/writer"
}

TEST "without a terminal or --covered: the question and a new note, nothing graded"
answers="$XDG_DATA_HOME/prepkit/answers"
run qpick practice fx-on-call --date 2026-12-01
expect_status 0
expect_stdout "fx-on-call  ask · medium · ask · 3 min
  How does on-call work on this team, and how often are people paged at night?

Budget: 3 min
Answer note: $answers/fx-on-call/2026-12-01.md"
expect_equal "$(cat "$answers/fx-on-call/2026-12-01.md")" "# fx-on-call (2026-12-01)

> How does on-call work on this team, and how often are people paged at night?

Budget: 3 min · medium · ask

## Why I would ask it


## What a good answer would tell me" "the note's scaffold"
run qpick history --format tsv
expect_equal "$(stdout | wc -l)" "1" "no grade"
run qpick practice fx-on-call --date 2026-12-01
expect_stdout_contains "Answer note: $answers/fx-on-call/2026-12-01-2.md"

TEST "an answer written in the editor, its points given: graded, recorded, listed"
answers="$XDG_DATA_HOME/prepkit/answers"
make_writer
EDITOR="$WORK/writer" run qpick practice fx-on-call --covered 1 --date 2026-12-01
expect_status 0
expect_stdout "fx-on-call  ask · medium · ask · 3 min
  How does on-call work on this team, and how often are people paged at night?

Budget: 3 min
Answer note: $answers/fx-on-call/2026-12-01.md

What a strong answer covers:
  1. Rotation size, page volume, follow-up on noisy alerts [covered]
  2. Whether on-call time is compensated [missed]

1 of 2 points in 0 of 3 min: proposed grade hard
fx-on-call  hard  next review 2026-12-02 (in 1 day)"
expect_equal "$(tail -1 "$answers/fx-on-call/2026-12-01.md")" "Two pages a week at most, and the rotation is six people." "the answer, kept"
run qpick answers --format tsv
expect_status 0
expect_stdout "day	id	minutes	covered	figure	grade	note
2026-12-01	fx-on-call	0	1/2		hard	$answers/fx-on-call/2026-12-01.md"
run qpick history --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f1-4)" "2026-12-01	fx-on-call	ask	hard" "the grade, as grade records it"

TEST "a note left as it was started is not graded"
answers="$XDG_DATA_HOME/prepkit/answers"
EDITOR=true run qpick practice fx-on-call --covered all --date 2026-12-01
expect_status 0
expect_stderr "qpick: the answer note is as it was started: nothing graded ($answers/fx-on-call/2026-12-01.md)"
run qpick answers --format tsv
expect_equal "$(stdout | wc -l)" "1" "no attempt"

TEST "an answer written elsewhere (--minutes): no editor; the proposed grade, or the one given"
answers="$XDG_DATA_HOME/prepkit/answers"
EDITOR=false run qpick practice fx-on-call --minutes 2 --covered all --date 2026-12-01
expect_status 0
expect_stdout_contains "2 of 2 points in 2 of 3 min: proposed grade easy
fx-on-call  easy  next review "
run qpick practice fx-on-call --minutes 5 --covered 1,2 --grade good --date 2026-12-02
expect_status 0
expect_stdout_contains "2 of 2 points in 5 of 3 min: proposed grade good
fx-on-call  good  next review "
run qpick answers fx-on-call
expect_status 0
expect_stdout "2026-12-01  fx-on-call  2  2/2    easy  $answers/fx-on-call/2026-12-01.md
2026-12-02  fx-on-call  5  2/2    good  $answers/fx-on-call/2026-12-02.md"

TEST "a figure against the question's estimate: within 2x, within 10x, off, or not comparable"
answers="$XDG_DATA_HOME/prepkit/answers"
for figure in "3 ms" "10" "30 ms" "2 GB"; do
  run qpick practice fx-cache-hit-rate --minutes 4 --covered all --figure "$figure" --date 2026-12-01
  expect_status 0
  stdout | sed -n '/^Your figure: /,/proposed grade/p' >>figures
done
expect_equal "$(cat figures)" "Your figure: 3 ms
The estimate: 2.9 ms   (estimate '90% * 1 ms + 10% * 20 ms')
Your figure is within 2x

2 of 2 points in 4 of 5 min: proposed grade easy
Your figure: 10 ms
The estimate: 2.9 ms   (estimate '90% * 1 ms + 10% * 20 ms')
Your figure is within 10x

2 of 2 points in 4 of 5 min: proposed grade good
Your figure: 30 ms
The estimate: 2.9 ms   (estimate '90% * 1 ms + 10% * 20 ms')
Your figure is off

2 of 2 points in 4 of 5 min: proposed grade hard
Your figure: 2 GB (1.86 GiB)
The estimate: 2.9 ms   (estimate '90% * 1 ms + 10% * 20 ms')
Not comparable: yours is in GB, the estimate in ms

2 of 2 points in 4 of 5 min: proposed grade hard" "each figure's check and grade"
run qpick answers --format tsv
expect_equal "$(stdout | cut -f5,6 | tail -n +2 | tr '\n' ' ')" "within 2x	easy within 10x	good off	hard off	hard " "the checks, kept"

TEST "bad flags are refused before any note is started"
answers="$XDG_DATA_HOME/prepkit/answers"
refuses 64 "qpick: error: --covered: expected all, none or point numbers from 1 to 2 separated by commas, found '3'" qpick practice fx-on-call --covered 3
refuses 64 "qpick: error: --covered: expected all, none or point numbers from 1 to 2 separated by commas, found '1,1'" qpick practice fx-on-call --covered 1,1
refuses 64 "qpick: error: --minutes: expected the minutes the answer took, above 0 and at most 1440, found '0'" qpick practice fx-on-call --minutes 0 --covered all
refuses 64 "qpick: error: --grade: expected again, hard, good or easy, found 'great'" qpick practice fx-on-call --minutes 1 --covered all --grade great
refuses 64 "qpick: error: --figure: question 'fx-on-call' has no estimate to compare a figure with" qpick practice fx-on-call --figure 3
refuses 65 "qpick: error: unknown question id 'fx-on-cal' (did you mean 'fx-on-call'?)" qpick practice fx-on-cal
refuses 64 "qpick: error: --covered: expected all, none or point numbers such as 1,3,4, found ''" qpick practice fx-on-call --covered ''
[ ! -e "$answers" ] || fail "a note was started: $(find "$answers" -type f)"

TEST "with no id, one question the filters allow"
answers="$XDG_DATA_HOME/prepkit/answers"
run qpick practice -s ask --seed 3 --minutes 1 --covered all --date 2026-12-01
expect_status 0
expect_equal "$(stdout | head -1 | cut -d' ' -f1,3)" "$(qpick -s ask --seed 3 -n 1 | head -1 | cut -d' ' -f1,3)" "the question a sample of one gives"
run qpick answers --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "1" "one attempt"

TEST "on a terminal: each point asked, the figure asked, the proposed grade accepted or replaced"
if ! command -v tmux >/dev/null; then
  echo "test_qpick_practice.bash: SKIPPED: tmux is not installed; the terminal test did not run"
else
  make_writer
  start "EDITOR=$WORK/writer PREPKIT_BANKS=$DATA/banks qpick practice fx-cache-hit-rate --date 2026-12-01; echo EXIT=\$?; sleep 60"
  wait_for "0.9 x 1 ms + 0.1 x 20 ms = 2.9 ms"
  wait_for "covered? [y/n]" && tm send-keys y
  wait_for "Misses dominate" && tm send-keys x Enter
  sleep 0.3
  expect_equal "$(screen | grep -c 'covered? \[y/n\]')" "2" "a key that is neither y nor n is not an answer"
  tm send-keys n
  wait_for "Your own figure for the numbers (Enter to skip):" && tm send-keys "3 ms" Enter
  wait_for "Your figure is within 2x"
  wait_for "1 of 2 points in 0 of 5 min: proposed grade hard"
  wait_for "Grade [hard]:" && tm send-keys good Enter
  wait_for "EXIT=0"
  expect_equal "$(screen | grep -c 'fx-cache-hit-rate  good  next review')" "1" "the grade typed, recorded"
  stop_tmux
  run qpick answers --format tsv
  expect_equal "$(stdout | tail -n +2 | cut -f2-6)" "fx-cache-hit-rate	0	1/2	within 2x	good" "the attempt"
  # Ctrl-D at a point stops there, with nothing graded.
  start "EDITOR=$WORK/writer PREPKIT_BANKS=$DATA/banks qpick practice fx-on-call --date 2026-12-01; echo EXIT=\$?; sleep 60"
  wait_for "covered? [y/n]" && tm send-keys y
  wait_for "Whether on-call time is compensated" && tm send-keys C-d
  wait_for "EXIT=0"
  expect_equal "$(screen | grep -c 'qpick: stopped before the grade was taken: nothing graded')" "1" "Ctrl-D"
  stop_tmux
  run qpick answers --format tsv
  expect_equal "$(stdout | tail -n +2 | wc -l)" "1" "still one attempt"
  # Ctrl-C at a point ends the program as the signal does, with the terminal as it was. (The
  # script's no-op INT trap lets Ctrl-C end qpick, not the script.)
  cat >"$WORK/ctrl-c.sh" <<EOF
trap : INT
stty -a >stty.before
EDITOR=$WORK/writer PREPKIT_BANKS=$DATA/banks qpick practice fx-on-call --date 2026-12-01
status=\$?
stty -a >stty.after
echo EXIT=\$status
sleep 60
EOF
  start "bash $WORK/ctrl-c.sh"
  wait_for "covered? [y/n]" && tm send-keys C-c
  wait_for "EXIT=130"
  expect_equal "$(diff stty.before stty.after && echo same)" "same" "the terminal settings are restored"
  stop_tmux
  run qpick answers --format tsv
  expect_equal "$(stdout | tail -n +2 | wc -l)" "1" "nothing graded after Ctrl-C"
fi

TEST "show: the last answer's coverage and the points missed most often; stats: the rubric covered"
run qpick practice fx-merge-intervals --minutes 12 --covered 1 --date 2026-12-01
expect_status 0
run qpick practice fx-merge-intervals --minutes 30 --covered none --date 2026-12-02
expect_status 0
run qpick show fx-merge-intervals
expect_status 0
expect_equal "$(stdout | tail -4)" "Practised 2 times, last on 2026-12-02: 0 of 2 points in 30 min, graded again
Missed most often:
  2. O(n log n) time for the sort (2 of 2)
  1. Sort by start, then sweep and extend the last merged interval (1 of 2)" "the answers below the question"
run qpick show fx-two-sum
expect_status 0
expect_equal "$(stdout | grep -c 'Practised')" "0" "a question never practised"
run qpick stats --date 2026-12-03 --format tsv
expect_status 0
expect_equal "$(stdout | cut -f1,12,13 | head -3)" "subtopic	rubric_points	rubric_covered
coding	4	1
apis	0	0" "the points of the answers and those covered"
run qpick stats --date 2026-12-03 --color never
expect_status 0
expect_equal "$(stdout | grep -E '^(subtopic|coding|apis) ' | tr -s ' ' | cut -d' ' -f8)" "rubric
25%
-" "the share covered, or - without answers"
run qpick stats --date 2027-01-01 --format tsv
expect_equal "$(stdout | cut -f1,12,13 | sed -n 2p)" "coding	0	0" "31 days on, the answers no longer count"

TEST "practice --due, --weak and --plan choose as qpick does"
want=$(qpick --due -n 1 --format ids --date 2026-12-01)
run qpick practice --due --minutes 1 --covered all --date 2026-12-01
expect_status 0
expect_equal "$(stdout | head -1 | cut -d' ' -f1)" "$want" "the first question --due gives"
refuses 65 "qpick: error: no weak spots yet: a subtopic needs 5 grades in the last 30 days, one of them again or hard" qpick practice --weak --minutes 1 --covered all --date 2026-12-01
refuses 66 "qpick: error: no plan saved yet: make one with plan init" qpick practice --plan --minutes 1 --covered all --date 2026-12-01
refuses 64 "qpick: error: --weak cannot be combined with --due" qpick practice --due --weak
for id in fx-two-sum fx-merge-intervals fx-lru-cache fx-two-sum fx-merge-intervals; do
  run qpick grade "$id" again --date 2026-12-01
  expect_status 0
done
run qpick practice --weak --minutes 1 --covered all --date 2026-12-02
expect_status 0
expect_equal "$(stdout | head -1 | cut -d' ' -f3)" "coding" "a question of the weak subtopic"
run plan init --start 2026-11-30 --date 2026-12-01
expect_status 0
run qpick practice --plan --seed 2 --minutes 1 --covered all --date 2026-12-02
expect_status 0
expect_equal "$(stdout | head -1 | cut -d' ' -f1)" "$(qpick --plan --seed 2 --format ids --date 2026-12-02)" "the question --plan gives"
