# qpick remembers: grade, --due, --weak, stats, history and import, a month of practice in seconds.
export PREPKIT_BANKS="$DATA/banks"

TEST "grade records a grade and says when the question is due next"
run qpick grade fx-two-sum good --date 2026-12-01
expect_status 0
expect_stdout "fx-two-sum  good  next review 2026-12-05 (in 4 days)"
run qpick grade fx-two-sum good --date 2026-12-05
expect_stdout "fx-two-sum  good  next review 2026-12-20 (in 15 days)"
run qpick grade fx-two-sum again --date 2026-12-20 --format tsv
# A lapse after a 15-day interval: FSRS keeps some stability, so it comes back in 3 days, not 15.
expect_stdout $'id\tgrade\tday\tnext_review\tinterval_days\nfx-two-sum\tagain\t2026-12-20\t2026-12-23\t3'

TEST "grade refuses unknown ids and grades"
run qpick grade fx-two-sun good
expect_status 65
expect_stderr "qpick: error: unknown question id 'fx-two-sun' (did you mean 'fx-two-sum'?)"
run qpick grade fx-two-sum meh
expect_status 64
expect_stderr "qpick: error: grade: expected again, hard, good or easy, found 'meh'"
run qpick grade fx-two-sum
expect_status 64

TEST "a month of --due and grade: good answers space out, again brings a question back"
printf 'new_per_day: 2\n' >config.yaml
export PREPKIT_CONFIG=$WORK/config.yaml
for n in $(seq 0 29); do
  d=$(date -u -d "2026-12-01 + $n days" +%F)
  qpick --due --date "$d" --format tsv 2>/dev/null | tail -n +2 | cut -f1,2 >due.tsv
  while IFS=$'\t' read -r id subtopic; do
    grade=good
    [ "$subtopic" = performance ] && grade=again
    qpick grade "$id" "$grade" --date "$d" --format tsv | tail -1 >>log.tsv
  done <due.tsv
done
unset PREPKIT_CONFIG
# Each question's grades in order: a good answer never shortens the interval, again never
# lengthens it, and a question answered good from the start goes 4 days, then 15.
awk -F'\t' '{ seq[$1] = seq[$1] " " $2 ":" $5 } END { for (q in seq) print q seq[q] }' log.tsv | sort >sequences
while read -r id steps; do
  prev=0
  for step in $steps; do
    grade=${step%%:*}
    interval=${step##*:}
    [ "$grade" = good ] && [ "$interval" -lt "$prev" ] && fail "$id: good shortened the interval ($steps)"
    [ "$grade" = again ] && [ "$prev" -gt 0 ] && [ "$interval" -gt "$prev" ] && fail "$id: again lengthened it ($steps)"
    prev=$interval
  done
done <sequences
grep -q ' good:4 good:15' sequences || fail "no question went 4 days, then 15: $(head -3 sequences)"
grep -q ' again:1 again:1' sequences || fail "no question kept coming back daily after again: $(head -3 sequences)"
expect_equal "$(cut -f1 log.tsv | sort -u | wc -l)" "14" "every question introduced, two a day"

TEST "nothing is scheduled after the interview date"
run qpick grade fx-two-sum easy --date 2026-12-01 --until 2026-12-10
expect_stdout "fx-two-sum  easy  next review 2026-12-09 (in 8 days)"
run qpick grade fx-two-sum good --date 2026-12-09 --until 2026-12-10
expect_stdout "fx-two-sum  good  no further review: the interview is on 2026-12-10"
run qpick grade fx-two-sum good --date 2026-12-10 --until 2026-12-10
expect_status 0
expect_stdout "fx-two-sum  good  no further review: the interview is today"
run qpick grade fx-two-sum good --date 2026-12-12 --until 2026-12-10
expect_status 0
expect_stdout "fx-two-sum  good  no further review: the interview was on 2026-12-10"
run qpick --due --date 2026-12-10 --until 2026-12-10
expect_status 0
expect_stdout ""
expect_stderr "qpick: the interview was on 2026-12-10: nothing is scheduled any more"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
printf 'interview: 2026-12-10\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
run qpick --due --date 2026-12-11
expect_stderr "qpick: the interview was on 2026-12-10: nothing is scheduled any more"
PREPKIT_INTERVIEW=2026-12-31 run qpick --due --date 2026-12-11 -n 1
expect_stderr "qpick: 0 reviews due, then 1 new question: about 3 minutes in all"

TEST "grade takes several ids, or reads them from a pipeline; --due says what is review and what is new"
run qpick grade fx-two-sum fx-lru-cache good --date 2026-12-01
expect_status 0
expect_stdout "fx-two-sum  good  next review 2026-12-05 (in 4 days)
fx-lru-cache  good  next review 2026-12-05 (in 4 days)"
run qpick --due --date 2026-12-05 --format ids -s coding
expect_status 0
expect_stdout "fx-two-sum
fx-lru-cache
fx-merge-intervals
fx-mutex-vs-semaphore"
expect_stderr "qpick: 2 reviews due, then 2 new questions: about 70 minutes in all"
qpick --due --date 2026-12-05 --format ids -s coding -n 2 >due.txt 2>/dev/null
expect_equal "$?" 0 "qpick --due -n 2"
run qpick grade - hard --date 2026-12-05 <due.txt
expect_status 0
expect_stdout "fx-two-sum  hard  next review 2026-12-11 (in 6 days)
fx-lru-cache  hard  next review 2026-12-11 (in 6 days)"
run qpick history --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f1,2,4 | tr '\t' ' ' | sort)" "2026-12-01 fx-lru-cache good
2026-12-01 fx-two-sum good
2026-12-05 fx-lru-cache hard
2026-12-05 fx-two-sum hard" "the grades recorded"

TEST "grade checks every id before it records anything"
refuses 65 "qpick: error: unknown question id 'fx-two-sun' (did you mean 'fx-two-sum'?)" qpick grade fx-lru-cache fx-two-sun good
printf 'fx-two-sum\n\n  fx-lru-cache  \nfx-no such\n' >ids.txt
refuses 65 "qpick: error: <stdin>:4: expected one question id a line, found 'fx-no such'" qpick grade - good <ids.txt
: >empty.txt
refuses 65 "qpick: error: no question ids on standard input" qpick grade - good <empty.txt
refuses 64 "qpick: error: grade: '-' reads the ids from standard input, and takes no other ids beside it" qpick grade - fx-two-sum good
refuses 64 "qpick: error: grade: give one or more question ids, then again, hard, good or easy" qpick grade good
[ ! -e "$XDG_STATE_HOME/prepkit/prepkit.db" ] || fail "a grade was recorded"

TEST "--weak brings back the subtopic graded worst"
for i in 1 2 3 4 5; do qpick grade fx-cache-hit-rate again --date 2026-12-0$i >/dev/null; done
for i in 1 2 3 4 5; do qpick grade fx-two-sum good --date 2026-12-0$i >/dev/null; done
for i in 1 2 3 4 5; do qpick grade fx-sql-vs-nosql hard --date 2026-12-0$i >/dev/null; done
qpick grade fx-sql-vs-nosql good --date 2026-12-06 >/dev/null
run qpick --weak -n 4 --date 2026-12-07 --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f1,2 | head -1)" $'fx-cache-hit-rate\tperformance' "the question graded again first"
expect_equal "$(stdout | tail -n +2 | cut -f2 | head -3 | sort -u)" "performance" "then the rest of performance"
expect_equal "$(stdout | tail -n +2 | cut -f2 | tail -1)" "databases" "then the next weakest"

TEST "--weak with too few grades says so"
run qpick --weak
expect_status 0
expect_stdout ""
expect_stderr "qpick: no weak spots yet: a subtopic needs 5 grades in the last 30 days, one of them again or hard"

TEST "stats per subtopic, in every format"
qpick grade fx-two-sum good --date 2026-12-01 >/dev/null
qpick grade fx-two-sum again --date 2026-12-05 >/dev/null
qpick grade fx-compound-index good --date 2026-12-05 >/dev/null
run qpick stats --date 2026-12-06 --color never
expect_status 0
expect_stdout "subtopic          questions  seen  graded  due  lapses  solved  rubric  coverage
coding                    4     1       1    1     50%     0/1       -       25%  ███·······
apis                      0     0       0    0      0%       -       -        0%  ··········
databases                 3     1       1    0      0%       -       -       33%  ███·······
system-design             0     0       0    0      0%       -       -        0%  ··········
performance               3     0       0    0      0%       -       -        0%  ··········
security-testing          0     0       0    0      0%       -       -        0%  ··········
operations                0     0       0    0      0%       -       -        0%  ··········
behavioral                2     0       0    0      0%       -       -        0%  ··········
ask                       2     0       0    0      0%       -       -        0%  ··········
all                      14     2       2    1     33%     0/1       -       14%  █·········
grades by subtopic: ░ again ▒ hard ▓ good █ easy
coding     2  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
databases  1  ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
grades a day, the last 12 weeks (a column a week):
Mo
Tu            ▒
We
Th
Fr
Sa            █
Su
streak: 1 day (last graded 2026-12-05)"
run qpick stats --date 2026-12-06 --color never --ascii
expect_status 0
expect_equal "$(stdout | grep -E '^(coding|Sa|grades by) ')" "coding                    4     1       1    1     50%     0/1       -       25%  ###.......
grades by subtopic: . again : hard = good # easy
coding     2  ..............................==============================
Sa            #" "--ascii: the bars and the calendar in ASCII"
COLUMNS=50 run qpick stats --date 2026-12-06 --color never --ascii
expect_status 0
expect_equal "$(stdout | grep -E '^(coding|databases) +[12] ')" "coding     2  ..................==================
databases  1  ==================" "a narrow terminal: shorter bars"
expect_equal "$(stdout | LC_ALL=C grep -c '[^ -~]')" "0" "--ascii: nothing beyond ASCII"
LC_ALL=C run qpick stats --date 2026-12-06 --color never
expect_equal "$(stdout | LC_ALL=C grep -c '[^ -~]')" "0" "outside a UTF-8 locale: nothing beyond ASCII"
run qpick stats --date 2026-12-06 --format tsv
expect_equal "$(stdout | head -2)" $'subtopic\tquestions\tseen\tgraded\tdue\tgrades\tagain\tlapse_rate\tcoverage\tjudged\tsolved\trubric_points\trubric_covered\thard\tgood\teasy\ncoding\t4\t1\t1\t1\t2\t1\t50\t25\t1\t0\t0\t0\t0\t1\t0' "tsv"
run qpick stats --date 2026-12-06 --format json
expect_equal "$(stdout | jq -c '[.streak, .total.graded, .orphaned.grades, .last_graded]')" '[1,2,0,"2026-12-05"]' "json"
expect_equal "$(stdout | jq -c '[.total | .again, .hard, .good, .easy]')" '[1,0,2,0]' "json: the grade mix"

TEST "grades of a question that left the banks are kept and reported"
qpick grade fx-six-months good --date 2026-12-01 >/dev/null
PREPKIT_BANKS="$DATA/banks/coding.yaml" run qpick stats --date 2026-12-02 --format json
expect_equal "$(stdout | jq -c '.orphaned')" '{"grades":1,"questions":1}' "orphaned"
PREPKIT_BANKS="$DATA/banks/coding.yaml" run qpick stats --date 2026-12-02
expect_stdout_contains "orphaned: 1 grade of 1 question no longer in the banks"
run qpick history --format tsv
expect_equal "$(stdout | tail -1 | cut -f2)" "fx-six-months" "still in the history"

TEST "history moves to another machine and back with nothing lost; importing twice changes nothing"
qpick grade fx-two-sum good --date 2026-12-01 >/dev/null
qpick grade fx-lru-cache hard --date 2026-12-02 >/dev/null
run qpick history --format json
stdout >export.json
run qpick history --format tsv
stdout >export.tsv
run qpick import export.json --state other.db
expect_stderr "qpick: imported 2 grades; 0 already present"
run qpick import export.tsv --state other.db
expect_stderr "qpick: imported 0 grades; 2 already present"
run qpick history --format tsv --state other.db
expect_equal "$(stdout)" "$(cat export.tsv)" "same history on the other machine"
run qpick history --since 2026-12-02 --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f2)" "fx-lru-cache" "--since"

TEST "a malformed history is refused with its place and nothing imported"
printf 'day\tquestion\tsubtopic\tgrade\trecorded_at\tuid\n2026-12-01\tq\tcoding\tsuper\t2026-12-01T00:00:00.000Z\tab\n' >bad.tsv
run qpick import bad.tsv
expect_status 65
expect_stderr "qpick: error: bad.tsv:2:21: 'grade' must be again, hard, good or easy, found 'super'"
run qpick import missing.json
expect_status 66

TEST "cron and a person at the same moment: two processes writing hundreds of grades each lose none"
each=$(rounds 500 100)
writer() {
  for i in $(seq 1 "$each"); do
    qpick grade "$1" good --date 2026-12-01 >/dev/null || echo "failed $i" >>"failures$2"
  done
}
writer fx-two-sum 1 &
writer fx-lru-cache 2 &
qpick --daily --date 2026-12-01 >/dev/null
wait
[ ! -e failures1 ] && [ ! -e failures2 ] || fail "some grades failed: $(cat failures* 2>/dev/null | head -3)"
run qpick history --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "$((2 * each))" "all $((2 * each)) grades"

TEST "a question merged into another: its grades, old and new, count for the one that stayed"
export PREPKIT_BANKS="$DATA/banks"
db="$XDG_STATE_HOME/prepkit/prepkit.db"
# A grade recorded before fx-two-sum-hash was merged into fx-two-sum (fixture coding.yaml).
qpick grade fx-two-sum good --date 2026-11-20 >/dev/null
sqlite3 "$db" "UPDATE grades SET question = 'fx-two-sum-hash'"
run qpick grade fx-two-sum good --date 2026-11-24
expect_status 0
expect_stdout "fx-two-sum  good  next review 2026-12-09 (in 15 days)"
run qpick grade fx-two-sum-hash good --date 2026-12-09
expect_status 0
expect_stdout_contains "fx-two-sum  good  next review "
run qpick history --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f1,2)" "2026-11-20	fx-two-sum-hash
2026-11-24	fx-two-sum
2026-12-09	fx-two-sum" "the history as recorded"
run qpick --due --date 2026-11-30 --format ids
expect_status 0
expect_equal "$(stdout | grep -c fx-two-sum)" "0" "not due: the old grade counted"
printf 'day\tquestion\tsubtopic\tgrade\trecorded_at\tuid\n2026-11-21\tfx-two-sum-hash\tcoding\tgood\t2026-11-21T08:00:00.000Z\tfeed000000000001\n' >old.tsv
run qpick import old.tsv
expect_status 0
expect_stderr "qpick: imported 1 grade; 0 already present"
expect_equal "$(sqlite3 "$db" "SELECT question FROM grades WHERE uid = 'feed000000000001'")" "fx-two-sum" "an imported grade lands on the question that stayed"
