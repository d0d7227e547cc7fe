# plan end to end: previews, every format, the calendar a real parser reads, days that end by
# midnight, targets that follow the sessions, the split, saving, the day and week views, logging,
# progress, and qpick --plan.

TEST "eight weeks at ten hours: the guide's phases, 80 hours in all"
run plan --start 2026-12-07 --hours 10 --format csv
expect_status 0
expect_stderr ""
expect_equal "$(stdout | tail -n +2 | awk -F, '{ m += $4 } END { print m / 60 }')" "80" "hours in all"
expect_equal "$(stdout | tail -n +2 | awk -F, '{ print $5 }' | sort -un | tr '\n' ' ')" "1 2 3 4 5 6 7 8 " "eight weeks"
expect_equal "$(stdout | tail -n +2 | awk -F, '{ w[$5] += $4 } END { for (k in w) if (w[k] != 600) print k }')" "" "ten hours every week"
run plan --start 2026-12-07 --hours 10
expect_status 0
expect_stderr ""
expect_stdout_contains "Week 1 (Mon 2026-12-07 to Sun 2026-12-13): Coding and fundamentals"
expect_stdout_contains "  Wed 2026-12-09 19:00-21:30  coding         5 problems: hash maps"
expect_stdout_contains "Week 5 (Mon 2027-01-04 to Sun 2027-01-10): System design and operations"
expect_stdout_contains "Week 7 (Mon 2027-01-18 to Sun 2027-01-24): Mock interviews and weak spots"
expect_stdout_contains "  Sat 2026-12-12 21:00-21:30  stories        write 1 STAR story (star new)"
expect_stdout_contains "  due this week: 11 problems, 3 chapters, 1 story"
expect_equal "$(stdout | tail -5)" "split   declared  realised
coding       40%     39.3%
design       35%     35.1%
ops          25%     25.6%
largest gap: 0.7 points (coding); besides the split: behavioral 3.75 h" "both splits, within a point"

TEST "--week N --format json gives that week's split"
run plan --start 2026-12-07 --week 5 --format json
expect_status 0
expect_equal "$(stdout | jq -c '[.week, .phase, [.split[] | .name + "=" + (.value | tostring)]]')" \
  '[5,"System design and operations",["system-design=70","operations=30"]]' "week 5"
expect_equal "$(stdout | jq -r '.focus_subtopics.operations | join(",")')" "performance,security-testing,operations" "subtopics"

TEST "the markdown form is a checklist"
run plan --start 2026-12-07 --format md
expect_status 0
expect_equal "$(stdout | head -1)" "# Eight weeks to interview day" "title"
expect_stdout_contains "- [ ] Mon 2026-12-07 19:00-21:30 · coding · 5 problems: arrays and strings"
expect_stdout_contains "- [ ] 11 problems"

TEST "the calendar is RFC 5545 and a real iCalendar parser reads it"
run plan --start 2026-12-07 --format ics --date 2026-11-28
expect_status 0
stdout >prep.ics
# CRLF on every line, none longer than 75 octets, the required properties, unique UIDs.
expect_equal "$(tr -d '\r' <prep.ics | wc -l)" "$(grep -c $'\r$' prep.ics)" "every line ends in CRLF"
expect_equal "$(tr -d '\r' <prep.ics | awk 'length($0) > 75' | wc -l)" "0" "no line over 75 octets"
expect_equal "$(head -2 prep.ics | tr -d '\r')" $'BEGIN:VCALENDAR\nVERSION:2.0' "header"
grep -q '^PRODID:' prep.ics || fail "no PRODID"
events=$(grep -c '^BEGIN:VEVENT' prep.ics)
expect_equal "$(grep -c '^DTSTAMP:20261128T000000Z' prep.ics)" "$events" "a DTSTAMP in UTC per event"
expect_equal "$(grep '^UID:' prep.ics | sort -u | wc -l)" "$events" "unique UIDs"
expect_equal "$(grep -c '^DTSTART:' prep.ics)" "$events" "DTSTART per event"
expect_equal "$(grep -c '^DTEND:' prep.ics)" "$events" "DTEND per event"
run /usr/bin/python3 -c '
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = [c for c in cal.walk() if c.name == "VEVENT"]
minutes = sum((e.decoded("DTEND") - e.decoded("DTSTART")).seconds for e in events) // 60
print(len(events), minutes, len({str(e["UID"]) for e in events}))
' prep.ics
expect_status 0
expect_equal "$(stdout)" "$events 4800 $events" "parsed events, minutes and UIDs"
run plan --start 2026-12-07 --format ics --date 2026-11-30
expect_status 0
expect_equal "$(stdout | grep '^UID:' | sort)" "$(grep '^UID:' prep.ics | sort)" "the same plan keeps its UIDs"

TEST "--weeks, --days, --at and --interview fit the plan to a calendar"
run plan --interview 2027-02-01 --weeks 4 --days tue,thu --at 06:30 --hours 4 --format csv --date 2026-12-01
expect_status 0
expect_equal "$(stdout | sed -n 2p | cut -d, -f1-3)" "2027-01-05,06:30,08:15" "first session"
expect_equal "$(stdout | tail -1 | cut -d, -f1)" "2027-01-28" "last session before the interview"
run plan --start 2026-12-07 --weeks 2 --hours 3 --format csv
expect_status 0
expect_stderr_contains "plan: phase 'System design and operations' is left out: 2 weeks are too few for every phase"
expect_stderr_contains "plan: problems: 45 do not fit in weeks 1-1 at 3 hours a week; planning 2"

TEST "templates: the bundled ones, a user's file, and a broken one"
run plan --start 2026-12-07 --template crash --format json
expect_status 0
expect_stderr ""
expect_equal "$(stdout | jq -r '.weeks')" "4" "crash plan"
expect_equal "$(stdout | jq -r '[.targets[].name] | join(",")')" "problems,mocks,design_mocks,stories,rehearsals" "no reading, no chapters"
run plan --start 2026-12-07 --template twelve --format json
expect_status 0
expect_stderr ""
expect_equal "$(stdout | jq -r '.weeks')" "12" "twelve-week plan"
run plan --template tweleve
expect_status 66
expect_stderr "plan: error: unknown template 'tweleve' (did you mean 'twelve'?) (expected one of: crash, default, twelve, or a file)"
sed 's/      coding: 60/      coding: 50/' "$SOURCE/share/plans/default.yaml" >mine.yaml
run plan --template mine.yaml
expect_status 65
expect_stderr "plan: error: mine.yaml:39:7: the focus split adds up to 90, not 100"

TEST "bad options are usage errors"
run plan --hours 7.3
expect_status 64
expect_stderr "plan: error: --hours: expected hours a week from 0.25 to 80 in steps of 0.25, found 7.3"
run plan --days mon,funday
expect_status 64
expect_stderr "plan: error: --days: unknown day 'funday' (expected days such as mon,wed,sat)"
run plan --weeks 40
expect_status 64
expect_stderr "plan: error: --weeks: expected 2 to 26 weeks, found 40"
run plan --format pdf
expect_status 64
expect_stderr "plan: error: unknown format 'pdf' (expected one of: text, md, json, csv, ics)"

TEST "without a saved plan, the day-to-day commands say how to make one"
for command in today week progress show; do
  run plan $command
  expect_status 66
  expect_stderr "plan: error: no plan saved yet: make one with plan init (see plan --help)"
done

TEST "init saves the plan; a second init needs --force and keeps the old one"
run plan init --start 2026-12-07 --date 2026-12-01
expect_status 0
expect_stderr "plan: saved as the current plan: 2026-12-07 to 2027-01-31"
run plan init --start 2026-12-14 --date 2026-12-01
expect_status 64
expect_stderr_contains "plan: error: a plan is already saved (plan 1, from "
run plan init --start 2026-12-14 --date 2026-12-01 --force
expect_status 0
run plan list --format tsv
expect_equal "$(stdout | cut -f1,3,4 | tr '\n' ' ')" $'id\tstate\tstart 2\tcurrent\t2026-12-14 1\treplaced '"$(stdout | sed -n 3p | cut -f3 | cut -d' ' -f2)"$'\t2026-12-07 ' "list"
run plan show --id 1 --format json
expect_equal "$(stdout | jq -r '.start')" "2026-12-07" "the replaced plan is retrievable"
run plan show --format json
expect_equal "$(stdout | jq -r '.start')" "2026-12-14" "the current plan"

TEST "a saved plan that does not read (from another version) still lets list and init --force work"
run plan init --start 2026-12-07
expect_status 0
cat >unreadable.sql <<'SQL'
UPDATE plans SET document = replace(document, '"start": "2026-12-07"', '"start": "10000-01-01"');
SQL
run sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" ".read unreadable.sql"
expect_status 0
run plan show
expect_status 65
expect_stderr "plan: error: a saved plan holds a malformed date"
run plan list --format tsv
expect_status 0
expect_equal "$(stdout | tail -1 | cut -f1,3-7)" $'1\tcurrent\t?\t?\t?\t(does not read: a saved plan holds a malformed date)' "the plan listed"
run plan init --start 2026-12-14 --force
expect_status 0
run plan list --format tsv
expect_status 0
expect_equal "$(stdout | cut -f1,4 | tr '\n' ' ')" $'id\tstart 2\t2026-12-14 1\t? ' "both listed"

TEST "today and week read the saved plan"
plan init --start 2026-12-07 --date 2026-12-01 2>/dev/null >/dev/null
run plan today --date 2026-12-09
expect_stdout "Wed 2026-12-09, week 1 of 8: Coding and fundamentals
  19:00-21:30  coding  5 problems: hash maps"
run plan today --date 2026-12-08
expect_stdout ""
expect_stderr "plan: no study session today (2026-12-08), week 1 of 8"
run plan week --date 2026-12-15 --format csv
expect_equal "$(stdout | tail -n +2 | cut -d, -f5 | sort -u)" "2" "this week is week 2"
run plan week 8 --format json
expect_equal "$(stdout | jq -r '.phase')" "Mock interviews and weak spots" "week 8"

TEST "a week of logged work is reported against the targets"
plan init --start 2026-12-07 --date 2026-12-01 2>/dev/null >/dev/null
run plan log problem 6 --date 2026-12-08 --note "arrays"
expect_status 0
expect_stderr "plan: logged 6 problems on 2026-12-08"
plan log problem 5 --date 2026-12-10 2>/dev/null
plan log chapter 3 --date 2026-12-11 2>/dev/null
qpick grade code-two-sum-hash-map-refunds good --date 2026-12-12 >/dev/null
run plan progress --date 2026-12-13 --format tsv
expect_status 0
expect_stdout $'target\tdone\texpected\tdue\tstatus\tplan\tprogress\nproblems\t12\t11\t11\tahead\t45\t12/45\nchapters\t3\t3\t3\ton track\t12\t3/12\nmocks\t0\t0\t0\ton track\t7\t0/7\ndesign_mocks\t0\t0\t0\ton track\t3\t0/3\nstories\t0\t1\t1\tbehind\t3\t0/3\nrehearsals\t0\t0\t0\ton track\t9\t0/9'
run plan progress --date 2026-12-13 --format json
expect_status 0
expect_equal "$(stdout | jq -c '[.week, .targets[0].done, .targets[0].status]')" '[1,12,"ahead"]' "json"
run plan log puzzle
expect_status 64
expect_stderr "plan: error: log: expected problem, chapter, mock or design-mock, found 'puzzle'"

TEST "qpick --plan samples by the current week's split"
plan init --start 2026-12-07 --date 2026-12-01 2>/dev/null >/dev/null
run qpick --plan -n 10 --date 2026-12-09 --format tsv --seed 3
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f2 | sort | uniq -c | awk '{print $2"="$1}' | tr '\n' ' ')" "apis=1 coding=6 databases=1 performance=1 security-testing=1 " "by the week's sessions"
run qpick --plan -n 10 --date 2027-01-05 --format tsv --seed 3
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f2 | sort | uniq -c | awk '{print $2"="$1}' | tr '\n' ' ')" "operations=1 performance=1 security-testing=1 system-design=7 " "70/30"
run qpick --plan --date 2026-11-01
expect_status 65
expect_stderr "qpick: error: today (2026-11-01) is outside the saved plan (2026-12-07 to 2027-01-31)"

TEST "no session runs past midnight: a day ends at 24:00, its event at 00:00 of the next day"
run plan --start 2026-12-07 --at 21:30 --format csv
expect_status 0
expect_stderr ""
expect_equal "$(stdout | sed -n 2p | cut -d, -f1-3)" "2026-12-07,21:30,24:00" "Monday ends at midnight"
expect_equal "$(stdout | tail -n +2 | awk -F, '$3 > "24:00" || $3 <= $2' | wc -l)" "0" "every session ends after it starts, by midnight"
run plan --start 2026-12-07 --at 21:30 --format ics --date 2026-11-28
expect_status 0
stdout >late.ics
run /usr/bin/python3 -c '
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
bad = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")
       if not (e.decoded("DTSTART") < e.decoded("DTEND") <= datetime.datetime.combine(
           e.decoded("DTSTART").date() + datetime.timedelta(days=1), datetime.time()))]
print(len(bad), bad[:3])
' late.ics
expect_status 0
expect_stdout "0 []"
expect_equal "$(grep -A1 '^DTSTART:20261207T213000' late.ics | tr -d '\r' | tail -1)" "DTEND:20261208T000000" "midnight is the next day's 00:00"

TEST "a day holds 6 hours at most unless --day-limit says otherwise"
run plan --start 2026-12-07 --hours 16 --days sat,sun --at 08:00 --day-limit 8 --week 1 --format csv
expect_status 0
expect_equal "$(stdout | tail -n +2 | awk -F, '{ m[$1] += $4 } END { for (d in m) print d, m[d] }' | sort | tr '\n' ' ')" "2026-12-12 480 2026-12-13 480 " "eight hours each day"
expect_equal "$(stdout | tail -1 | cut -d, -f3)" "16:00" "Sunday ends at 16:00"

TEST "no target falls due before sessions that hold it, whatever the template, hours and weeks"
for template in default crash twelve; do
  for hours in 1 4 7.25 10 20; do
    for weeks in 2 5 8 13; do
      run plan --start 2026-12-07 --template "$template" --hours "$hours" --weeks "$weeks" --at 08:00 --format json
      expect_status 0
      # For each target and week, what is due by the week's end against what the sessions of the
      # target's weeks hold by then; the last week's due is the whole count.
      expect_equal "$(stdout | jq -r '.targets[] as $t
        | [.plan[] | [.sessions[] | .counts[$t.name] // 0] | add // 0] as $held
        | range(0; $t.due_by_week | length) as $w
        | ([range(0; $w + 1) | select(. + 1 >= $t.first_week and . + 1 <= $t.last_week) | $held[.]] | add // 0) as $sofar
        | select($t.due_by_week[$w] > $sofar or ($w == ($t.due_by_week | length) - 1 and $t.due_by_week[$w] != $t.count))
        | "\($t.name) week \($w + 1): due \($t.due_by_week[$w]), held \($sofar)"')" "" "$template, $hours h, $weeks weeks"
    done
  done
done
run plan --start 2026-12-07 --week 5
expect_status 0
expect_equal "$(stdout | grep -c 'mock')" "0" "no mock is due before the first mock session"
run plan --start 2026-12-07 --format json
expect_status 0
expect_equal "$(stdout | jq -c '[([.plan[].sessions[].counts.mocks // 0] | add), ([.plan[].sessions[].counts.design_mocks // 0] | add)]')" "[8,6]" "7 mocks targeted, 8 scheduled, 6 of them system design"

TEST "weak-spot sessions run qpick --weak, so they follow the grades of the day"
run plan --start 2026-12-07 --week 8 --format csv
expect_status 0
expect_equal "$(stdout | grep ',weak-spots,' | grep -vc 'qpick --weak -s ')" "0" "every weak-spot session"
expect_equal "$(stdout | grep -c ',weak-spots,')" "2" "two of them"

TEST "the realised split: the flexible sessions are chosen to come close, and a wide gap is said"
cat >lopsided.yaml <<'YAML'
title: All coding
weeks: 2
split: {coding: 40, design: 35, ops: 25}
focus:
  coding: {subtopics: [coding], work: problems}
phases:
  - name: Coding
    weeks: 1-2
    split: {coding: 100}
YAML
run plan --start 2026-12-07 --template lopsided.yaml
expect_status 0
expect_stderr "plan: the realised split is 60.0 points from the declared one: coding 100.0% against 40%; the phases leave no closer choice"
expect_equal "$(stdout | tail -1)" "largest gap: 60.0 points (coding)" "the gap shown"
run plan --start 2026-12-07 --template twelve --format json
expect_status 0
expect_equal "$(stdout | jq '.largest_gap.points < 1')" "true" "the twelve-week plan within a point"

TEST "a plan from the interview date starts in the future, fitted with --weeks"
run plan --interview 2026-12-25 --weeks 2 --date 2026-12-07 --format json
expect_status 0
expect_equal "$(stdout | jq -r '[.start, .end] | join(" ")')" "2026-12-11 2026-12-24" "two weeks ending the day before"

TEST "before the plan starts: progress says when and what week 1 holds, week shows week 1"
run plan init --start 2026-12-07 --date 2026-12-01
expect_status 0
run plan log problem 3 --date 2026-12-02
expect_status 0
run plan progress --date 2026-12-03
expect_status 0
expect_stderr ""
expect_stdout "The plan starts on Mon 2026-12-07, in 4 days. Week 1 of 8 (Coding and fundamentals): due by the end of the week
target        done  expected  due  status       plan
problems         0         0   11  not started    45  ··························
chapters         0         0    3  not started    12  ··························
mocks            0         0    0  not started     7  ··························
design_mocks     0         0    0  not started     3  ··························
stories          0         0    1  not started     3  ··························
rehearsals       0         0    0  not started     9  ··························"
run plan progress --date 2026-12-03 --week 2 --format json
expect_status 0
expect_equal "$(stdout | jq -c '[.week, .start, .targets[0].due, .targets[0].status]')" '[2,"2026-12-07",22,"not started"]' "week 2"
run plan week --date 2026-12-03 --format csv
expect_status 0
expect_stderr "plan: the plan starts on Mon 2026-12-07, in 4 days; this is its first week"
expect_equal "$(stdout | tail -n +2 | cut -d, -f5 | sort -u)" "1" "week 1"
run plan today --date 2026-12-06
expect_status 0
expect_stdout ""
expect_stderr "plan: the plan starts on Mon 2026-12-07, in 1 day"

TEST "during a week, behind means behind what the sessions so far hold"
run plan init --start 2026-12-07 --date 2026-12-01
expect_status 0
run plan log problem 6 --date 2026-12-08
expect_status 0
run plan progress --date 2026-12-09
expect_status 0
# By Wednesday evening the Monday and Wednesday sessions hold 10 problems; no reading yet.
expect_stdout "Week 1 of 8 (Coding and fundamentals), 2026-12-09: done, expected by today, due by the end of the week
target        done  expected  due  status    plan
problems         6        10   11  behind      45  ████·│·······················
chapters         0         0    3  on track    12  ·····························
mocks            0         0    0  on track     7  ·····························
design_mocks     0         0    0  on track     3  ·····························
stories          0         0    1  on track     3  ·····························
rehearsals       0         0    0  on track     9  ·····························
burn-up by week: done ▁
                 due  ▂▄▅▇▇▇██"
run plan progress --date 2026-12-09 --ascii
expect_status 0
expect_equal "$(stdout | grep -E '^(problems|burn-up| +due)')" "problems         6        10   11  behind      45  ####.|.......................
burn-up by week: done _
                 due  .~=%%%##" "--ascii: the bars and the burn-up in ASCII"
# The bars take the room the terminal leaves: $COLUMNS first (a number from 20 to 1000), then the
# terminal's own width, then 80.
COLUMNS=60 run plan progress --date 2026-12-09 --ascii
expect_status 0
expect_equal "$(stdout | grep ^problems)" "problems         6        10   11  behind      45  #|........" "60 columns: the shortest bar"
COLUMNS=120 run plan progress --date 2026-12-09 --ascii
expect_status 0
expect_equal "$(stdout | grep ^problems)" "problems         6        10   11  behind      45  #####...|..............................." \
  "120 columns: the longest bar"
for columns in abc 19 1001 ''; do
  COLUMNS=$columns run plan progress --date 2026-12-09 --ascii
  expect_status 0
  expect_equal "$(stdout | grep ^problems)" "problems         6        10   11  behind      45  ####.|......................." \
    "COLUMNS=$columns is no width: 80"
done
run plan progress --date 2026-12-08 --format json
expect_status 0
expect_equal "$(stdout | jq -c '[.targets[0] | .done, .expected_by_today, .status]')" '[6,5,"on track"]' "Tuesday: Monday's 5 problems are expected"
