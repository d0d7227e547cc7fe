# star time driven through standard input (one line per part), and star stats over what it records.

fixtures() {
  STORIES="$XDG_DATA_HOME/prepkit/stories"
  mkdir -p "$STORIES"
  cp "$DATA"/stories/*.md "$STORIES"/
}

# Rehearses STORY once with the part times given, on DAY: rehearse STORY DAY TIME...
rehearse() {
  local story=$1 day=$2
  shift 2
  printf '%s\n' "$@" | star time "$story" --no-tty --date "$day" >/dev/null 2>&1 || fail "rehearsal of $story failed"
}

TEST "a scripted rehearsal: part times beside the predicted split, recorded"
fixtures
run sh -c 'printf "25\n15\n1:35\n0:20\n" | star time cut --no-tty --date 2026-12-01'
expect_status 0
expect_stdout "part       time  predicted
Situation  0:25       0:15
Task       0:15       0:09
Action     1:35       0:46
Result     0:20       0:15
total      2:35       1:24
2:35 against a 2:30 target: 0:05 over"
expect_stderr "star: Situation, about 0:15
star: Task, about 0:09
star: Action, about 0:46
star: Result, about 0:15
star: recorded rehearsal 1 of cut-checkout-p95"
run sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" \
  "SELECT story, day, outcome, total_ms, situation_ms, task_ms, action_ms, result_ms, target_seconds, words FROM rehearsals"
expect_stdout "cut-checkout-p95|2026-12-01|completed|155000|25000|15000|95000|20000|150|211"

TEST "empty lines take the real time; the report in every format"
fixtures
run sh -c 'printf "\n\n\n\n" | star time payments --no-tty --format json'
expect_status 0
expect_equal "$(stdout | jq -c '{story, outcome, seconds, predicted_seconds, target_seconds, words, parts: [.parts[] | [.part, .seconds, .predicted_seconds]]}')" \
  '{"story":"payments-outage","outcome":"completed","seconds":0,"predicted_seconds":38,"target_seconds":180,"words":96,"parts":[["situation",0,8],["task",0,6],["action",0,19],["result",0,6]]}' "json report"
run sh -c 'printf "1\n2\n3\n4\n" | star time payments --no-tty --format tsv'
expect_stdout "part	seconds	predicted_seconds
situation	1	8
task	2	6
action	3	19
result	4	6
total	10	38"
run sh -c 'printf "1\n2\n3\n4\n" | star time payments --no-tty --format md'
expect_equal "$(stdout | head -3)" "| part | seconds | predicted_seconds |
|---|---:|---:|
| situation | 1 | 8 |" "markdown report"

TEST "q stops a rehearsal and records it as aborted"
fixtures
run sh -c 'printf "30\nq\n" | star time cut --no-tty --date 2026-12-02'
expect_status 0
# q ends the Task on the real clock: a few milliseconds, or more on a loaded machine.
expect_equal "$(stdout | tail -1 | sed 's/0:3[0-4]$/0:3x/')" "aborted during the Task after 0:3x" "aborted report"
expect_stderr_contains "star: recorded rehearsal 1 of cut-checkout-p95, as aborted"
run sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" \
  "SELECT outcome, situation_ms, task_ms < 5000, action_ms IS NULL FROM rehearsals"
expect_stdout "aborted|30000|1|1"

TEST "input that ends early or makes no sense records nothing"
fixtures
run sh -c 'printf "30\n40\n" | star time cut --no-tty'
expect_status 65
expect_equal "$(stderr | tail -1)" "star: error: standard input ended during the Action: the rehearsal was not recorded (a line q stops it and records it as aborted)" "early end"
run sh -c 'printf "30\nlater\n" | star time cut --no-tty'
expect_status 65
expect_equal "$(stderr | tail -1)" "star: error: <stdin>:2:1: expected an empty line, a time such as 1:30, or q; found 'later'" "nonsense"
run sh -c 'printf "0:30\n0:00\n0:00\n0:00\n" | star time cut --no-tty'
expect_status 65
expect_equal "$(stderr | tail -1)" "star: error: <stdin>:2:1: a part takes at least 0:01; found '0:00'" "a part in no time"
[ -e "$XDG_STATE_HOME/prepkit/prepkit.db" ] && fail "a state database was created"
run star time nonesuch --no-tty
expect_status 66
expect_stderr "star: error: no story 'nonesuch' in $STORIES"

TEST "without a terminal on standard input, star time reads lines even without --no-tty"
fixtures
run sh -c 'printf "1\n1\n1\n1\n" | star time schema'
expect_status 0
expect_equal "$(stdout | tail -1)" "0:04 against a 3:00 target: 2:56 under" "verdict"

TEST "stats: rehearsals, median, best, the last five and their trend, under target"
fixtures
rehearse cut 2026-12-01 40 20 1:50 30   # 3:20
rehearse cut 2026-12-02 35 20 1:40 25   # 3:00
rehearse cut 2026-12-03 30 15 1:35 25   # 2:45
rehearse cut 2026-12-04 30 15 1:30 20   # 2:35
rehearse cut 2026-12-05 25 15 1:25 20   # 2:25
rehearse cut 2026-12-06 25 10 1:20 20   # 2:15
printf '20\nq\n' | star time cut --no-tty >/dev/null 2>&1
rehearse payments 2026-12-03 20 15 40 10  # 1:25
run star stats
expect_status 0
expect_stdout "story                rehearsed  aborted  median  best  last five                       trend              under target  wpm
cut-checkout-p95             6        1    2:40  2:15  █▇▇▆▆ 3:00 2:45 2:35 2:25 2:15  faster 11 s a run  2 of 6         79
payments-outage              1        0    1:25  1:25  ▃ 1:25                          -                  1 of 1         68
schema-disagreement          0        0       -     -  -                               -                  -               -"
expect_stderr ""
run star stats --ascii
expect_status 0
expect_equal "$(stdout | grep '^cut' | tr -s ' ' | cut -d' ' -f6)" "#%%**" "--ascii: the sparkline in ASCII"
run star stats --format tsv
expect_stdout "story	rehearsals	aborted	median	best	last	recent	trend_ms	under_target	words_per_minute
cut-checkout-p95	6	1	160	135	135	180,165,155,145,135	-11000	2	79
payments-outage	1	0	85	85	85	85		1	68
schema-disagreement	0	0						0	"
run star stats --format json
expect_equal "$(stdout | jq -c '.[0] | {rehearsals, aborted, median_seconds, best_seconds, recent_seconds, trend_seconds_per_run, under_target, last_day}')" \
  '{"rehearsals":6,"aborted":1,"median_seconds":160,"best_seconds":135,"recent_seconds":[180,165,155,145,135],"trend_seconds_per_run":-11,"under_target":2,"last_day":"'"$(date +%F)"'"}' "json stats"

TEST "stats STORY: the summary, then every rehearsal"
fixtures
rehearse cut 2026-12-01 40 20 1:50 30
printf '20\nq\n' | star time cut --no-tty --date 2026-12-02 >/dev/null 2>&1
run star stats cut
expect_status 0
expect_equal "$(stdout | head -2)" "story             rehearsed  aborted  median  best  last five  trend  under target  wpm
cut-checkout-p95          1        1    3:20  3:20  █ 3:20     -      0 of 1         63" "summary"
expect_equal "$(stdout | tail -3 | cut -c1-12,38-)" "day          outcome    total  situation  task  action  result  target
2026-12-01   completed   3:20       0:40  0:20    1:50    0:30    2:30
2026-12-02   aborted     0:20       0:20  0:00       -       -    2:30" "history"
run star stats cut --format tsv
expect_equal "$(stdout | cut -f1,3-)" "day	outcome	total	situation	task	action	result	target
2026-12-01	completed	200	40	20	110	30	150
2026-12-02	aborted	20	20	0			150" "history as tsv"
run star stats cut --format json
expect_equal "$(stdout | jq -c '[.rehearsals, .aborted, (.history | map(.outcome))]')" '[1,1,["completed","aborted"]]' "json"

TEST "stats of a story whose note is gone, of one never rehearsed, and with nothing at all"
run star stats
expect_status 0
expect_stdout ""
expect_stderr "star: no rehearsals yet: star time STORY times one"
fixtures
rehearse payments 2026-12-01 1 1 1 1
rm "$STORIES/payments-outage.md"
run star stats payments-outage --format tsv
expect_status 0
expect_equal "$(stdout | tail -1 | cut -f1,3,4)" "2026-12-01	completed	4" "the rehearsals stay"
run star stats cut
expect_status 0
expect_stderr "star: cut-checkout-p95 has no rehearsals yet: star time cut-checkout-p95 times one"
run star stats nonesuch
expect_status 66

TEST "list shows rehearsals, best and last time, and the margin of the last"
fixtures
rehearse cut 2026-12-01 40 20 1:50 30
rehearse cut 2026-12-02 30 15 1:30 20
run star list
expect_equal "$(stdout | sed -n 2p)" "cut-checkout-p95     performance    211    1:24    2:30          2  2:35  2:35  0:05 over   Cut checkout p95 in half" "rehearsed row"
run star list --format json
expect_equal "$(stdout | jq -c '.[0] | [.rehearsals, .best_seconds, .last_seconds, .margin_seconds, .margin_of]')" '[2,155,155,5,"last"]' "json"
