# plan's bad-input matrix: each bad invocation or environment gets one diagnostic line, the
# documented exit status (man plan, EXIT STATUS), nothing on stdout and no file touched.
export PREPKIT_BANKS="$DATA/banks"

TEST "bad flags and values: exit 64, with the closest spelling"
refuses 64 "plan: error: unknown option '--hour' (did you mean '--hours'?) (see plan --help)" plan --hour 3
refuses 64 "plan: error: unknown command 'todya' (did you mean 'today'?) (expected one of: init, show, list, today, week, log, progress, report)" plan todya
refuses 64 "plan: error: --hours: expected a number, found 'ten' (see plan --help)" plan --hours ten
refuses 64 "plan: error: --week cannot be combined with today" plan today --week 3
refuses 64 "plan: error: --hours cannot be combined with log" plan log problem --hours 5
refuses 64 "plan: error: help: expected one command at most, found 'init show'" plan help init show
refuses 64 "plan: error: --hours: expected hours a week from 0.25 to 80 in steps of 0.25, found 3.1" plan --hours 3.1
refuses 64 "plan: error: --weeks: expected a whole number, found 'x' (see plan --help)" plan --weeks x
refuses 64 "plan: error: --weeks: expected 2 to 26 weeks, found 40" plan --weeks 40
refuses 64 "plan: error: --days: unknown day 'fry' (did you mean 'fri'?) (expected days such as mon,wed,sat)" plan --days mon,fry
refuses 64 "plan: error: --at: expected a time as HH:MM, found '25:00'" plan --at 25:00
refuses 64 "plan: error: --start: 2026-12-32 does not exist: December 2026 has 31 days" plan --start 2026-12-32
refuses 64 "plan: error: --start: expected a date from 1900-01-01 to 2999-12-31, found '9999-12-01'" plan init --start 9999-12-01
refuses 64 "plan: error: --start: expected a date as YYYY-MM-DD, found '12/07'" plan init --start 12/07
refuses 64 "plan: error: --interview: 0 whole weeks after the start; a plan needs 2 to 26" plan --start 2026-12-07 --interview 2026-12-10
refuses 64 "plan: error: unknown format 'icss' (did you mean 'ics'?) (expected one of: text, md, json, csv, ics)" plan --format icss
refuses 64 "plan: error: --week: the plan has weeks 1 to 8, found 9" plan --start 2026-12-07 --week 9
refuses 64 "plan: error: log: expected problem, chapter, mock or design-mock, found 'mocks' (did you mean 'mock'?)" plan log mocks
refuses 64 "plan: error: log: the count must be from 1 to 1000, found 0" plan log mock 0
refuses 64 "plan: error: count: expected a whole number, found 'two' (see plan --help)" plan log mock two
refuses 64 "plan: error: unexpected argument 'extra' (see plan --help)" plan init extra
refuses 64 "plan: error: --id belongs to plan show: give it after the command (plan show --id ...)" plan --id 1 show
refuses 64 "plan: error: --id belongs to plan show: give it after the command (plan show --id ...)" plan --id 1
refuses 64 "plan: error: --weeks: expected a whole number, found '99999999999' (see plan --help)" plan --weeks 99999999999
refuses 64 "plan: error: --chart: expected burnup, heatmap, split or rehearsals, found 'heatmp' (did you mean 'heatmap'?)" plan report --chart heatmp
refuses 64 "plan: error: --format: plan report writes html or svg, found 'text'" plan report --format text
refuses 64 "plan: error: --chart: --format svg draws one chart: burnup, heatmap, split or rehearsals" plan report --format svg
refuses 64 "plan: error: --chart: a chart alone is an SVG file; give --format svg or leave --format out" plan report --chart split --format html

TEST "zero, empty, negative and NaN values are refused, never taken for 'not given'"
refuses 64 "plan: error: --hours: expected hours a week from 0.25 to 80 in steps of 0.25, found 0" plan --hours 0
refuses 64 "plan: error: --hours: expected hours a week from 0.25 to 80 in steps of 0.25, found nan" plan --hours nan
refuses 64 "plan: error: --hours: expected hours a week from 0.25 to 80 in steps of 0.25, found inf" plan --hours inf
refuses 64 "plan: error: --hours: expected hours a week from 0.25 to 80 in steps of 0.25, found -2" plan --hours -2
refuses 64 "plan: error: --hours: expected hours a week from 0.25 to 80 in steps of 0.25, found nan" plan --show-config --hours nan
refuses 64 "plan: error: --day-limit: expected hours a day from 0.25 to 24 in steps of 0.25, found 0" plan --day-limit 0
refuses 64 "plan: error: --day-limit: expected hours a day from 0.25 to 24 in steps of 0.25, found 25" plan --day-limit 25
refuses 64 "plan: error: --weeks: expected 2 to 26 weeks, found 0" plan --weeks 0
refuses 64 "plan: error: --weeks: expected 2 to 26 weeks, found -3" plan --weeks -3
refuses 64 "plan: error: --week: the plan has weeks 1 to 8, found 0" plan --start 2026-12-07 --week 0
refuses 64 "plan: error: --days: expected days such as mon,wed,sat, found ''" plan --days ''
refuses 64 "plan: error: --at: expected a time as HH:MM, found ''" plan --at ''
refuses 64 "plan: error: --start: expected a date as YYYY-MM-DD, found ''" plan --start ''
refuses 64 "plan: error: --output: expected a file, found ''" plan report -o ''
refuses 64 "plan: error: --chart: expected a chart: burnup, heatmap, split or rehearsals, found ''" plan report --chart ''
refuses 64 "plan: error: --interview: expected a date as YYYY-MM-DD, found ''" plan --interview ''
refuses 64 "plan: error: --date: expected a date as YYYY-MM-DD, found ''" plan log mock --date ''
refuses 64 "plan: error: --template: expected a template's name or a YAML file, found ''" plan --template ''
refuses 64 "plan: error: --state: expected a file, found ''" plan --state '' log mock
refuses 64 "plan: error: --id: expected a plan number from plan list, found 0" plan show --id 0
refuses 64 "plan: error: --id: expected a plan number from plan list, found -1" plan show --id -1
# A bad value found late still gives one line: nothing is said about the plan before it.
refuses 64 "plan: error: --color: expected auto, always or never, found ''" plan --weeks 2 --color ''
refuses 64 "plan: error: --week: the plan has weeks 1 to 2, found 3" plan --weeks 2 --week 3

TEST "more hours than the study days hold before midnight and the day limit"
refuses 64 "plan: error: --hours: 10 hours a week do not fit in 4 study days of at most 1 h each: sessions start at 23:00 and end by midnight" plan --start 2026-12-07 --at 23:00 --week 1
refuses 64 "plan: error: --hours: 20 hours a week do not fit in 1 study day of at most 2 h: sessions start at 22:00 and end by midnight" plan --hours 20 --days sun --at 22:00
refuses 64 "plan: error: --hours: 40 hours a week do not fit in 2 study days of at most 6 h each: that is the day limit" plan --hours 40 --days sat,sun --at 08:00
refuses 64 "plan: error: --hours: 20 hours a week do not fit in 2 study days of at most 5 h each: sessions start at 19:00 and end by midnight" plan --hours 20 --days sat,sun --day-limit 12

TEST "a plan counted back from the interview never starts in the past"
refuses 64 "plan: error: --interview: 2026-12-25 is 2 whole weeks from today (2026-12-07): 8 weeks before it began on 2026-10-30, in the past; give --weeks 2, or --template crash --weeks 2" plan --interview 2026-12-25 --date 2026-12-07
refuses 64 "plan: error: --interview: 2027-01-08 is 4 whole weeks from today (2026-12-07): 8 weeks before it began on 2026-11-13, in the past; give --weeks 4, or --template crash --weeks 4" plan init --interview 2027-01-08 --date 2026-12-07
refuses 64 "plan: error: --interview: 2026-12-25 is 2 whole weeks from today (2026-12-07): 4 weeks before it began on 2026-11-27, in the past; give --weeks 2" plan --template crash --interview 2026-12-25 --date 2026-12-07
refuses 64 "plan: error: --interview: 2026-12-10 is 0 whole weeks from today (2026-12-07); a plan needs 2 to 26" plan --interview 2026-12-10 --date 2026-12-07
refuses 64 "plan: error: --interview: 2026-11-01 is not after today (2026-12-07)" plan --interview 2026-11-01 --date 2026-12-07

TEST "bad template files: missing 66, malformed 65, with the file and position"
mkdir folder.yaml
: >empty.yaml
binary_file binary.yaml
printf 'title: "caf\xe9"\n' >latin1.yaml
big_file big.yaml 1100000
refuses 66 "plan: error: unknown template 'eight' (expected one of: crash, default, twelve, or a file)" plan --template eight
refuses 66 "plan: error: cannot open missing.yaml: No such file or directory" plan --template missing.yaml
refuses 66 "plan: error: folder.yaml: is a folder, expected a file" plan --template folder.yaml
refuses 65 "plan: error: empty.yaml:1:1: the file holds no YAML document" plan --template empty.yaml
refuses 65 "plan: error: binary.yaml:1:8: NUL byte in text" plan --template binary.yaml
refuses 65 "plan: error: latin1.yaml:1:12: invalid UTF-8" plan --template latin1.yaml
refuses 65 "plan: error: big.yaml:1:1: file too large (the limit is 1 MiB)" plan --template big.yaml
# A target needs sessions that can meet it: no reading, no chapters.
sed -e 's/work: reading/work: questions/' "$SOURCE/share/plans/default.yaml" >no-reading.yaml
refuses 65 "plan: error: no-reading.yaml:$(grep -n '^  chapters:' no-reading.yaml | cut -d: -f1):3: target 'chapters' needs a phase with a focus whose work is reading" plan --template no-reading.yaml
sed -e 's/subtopics: \[coding, system-design, behavioral\]/subtopics: [coding, behavioral]/' "$SOURCE/share/plans/default.yaml" >no-design-mocks.yaml
refuses 65 "plan: error: no-design-mocks.yaml:$(grep -n '^  design_mocks:' no-design-mocks.yaml | cut -d: -f1):3: target 'design_mocks' needs a phase with a mocks focus that has a design subtopic" plan --template no-design-mocks.yaml
sed -e 's/work: problems/work: stories/' "$SOURCE/share/plans/default.yaml" >stories.yaml
refuses 65 "plan: error: stories.yaml:$(grep -n 'work: stories' stories.yaml | cut -d: -f1):11: story time follows the stories and rehearsals targets; set those instead" plan --template stories.yaml
printf 'title: x\n' >unreadable.yaml
chmod 000 unreadable.yaml
refuses 66 "plan: error: cannot open unreadable.yaml: Permission denied" unprivileged plan --template unreadable.yaml

TEST "commands that read a plan: none saved is 66, and no database is made for asking"
for command in show today week progress report; do
  refuses 66 "plan: error: no plan saved yet: make one with plan init (see plan --help)" plan $command
done
refuses 66 "plan: error: no saved plan 3 (see plan list)" plan show --id 3
[ ! -e "$XDG_STATE_HOME/prepkit" ] || fail "reading made a state folder"

TEST "a saved plan is not replaced without --force"
plan init --start 2026-12-07 >/dev/null 2>&1
refuses 64 "plan: error: a plan is already saved (plan 1, from $(date -u +%F)); add --force to replace it, the old one stays in plan list" plan init --start 2027-01-04
refuses 64 "plan: error: week: the plan has weeks 1 to 8, found 0" plan week 0
refuses 64 "plan: error: week: the plan has weeks 1 to 8, found 0" plan progress --week 0

TEST "a corrupt state database is refused with 74 and left untouched"
printf 'plans I keep elsewhere %.0s' {1..100} >corrupt.db
for command in show init today week progress report list "log mock"; do
  # shellcheck disable=SC2086
  refuses 74 "plan: error: state database corrupt.db: file is not a database" plan --state corrupt.db $command
done
# A preview reads no state, so a corrupt database does not stop it.
run plan --state corrupt.db --start 2026-12-07
expect_status 0

TEST "a state folder that cannot be made or written: 73"
: >a-file
refuses 73 "plan: error: cannot create folder a-file: a file is in the way" plan --state a-file/prepkit.db log mock
mkdir -m 555 read-only
refuses 73 "plan: error: cannot create state database read-only/prepkit.db: Permission denied" unprivileged plan --state read-only/prepkit.db log mock

TEST "a report that cannot be written: 73, and nothing made or replaced"
plan init --start 2026-12-07 >/dev/null 2>&1
refuses 73 "plan: error: cannot create missing/week.html: no folder missing" plan report -o missing/week.html
mkdir week.html
refuses 73 "plan: error: cannot create week.html: a folder is in the way" plan report -o week.html
run_to_full plan report
expect_status 74
expect_stderr "plan: error: cannot write to standard output: No space left on device"

TEST "a database another program keeps locked: readers go on, writers give up after 10 s with 74"
plan init --start 2026-12-07 >/dev/null 2>&1
db="$XDG_STATE_HOME/prepkit/prepkit.db"
lock_database "$db"
run plan progress --date 2026-12-08
expect_status 0
refuses 74 "plan: error: state database $db: another program kept it locked for 10 seconds; try again" plan log mock --date 2026-12-08
unlock_database
expect_equal "$(sqlite3 "$db" 'SELECT count(*) FROM plan_log')" "0" "the refused entry is not recorded"

TEST "output that cannot be written: a full disk is 74, a closed pipe ends quietly"
run_to_full plan --start 2026-12-07
expect_status 74
expect_stderr "plan: error: cannot write to standard output: No space left on device"
run_to_full plan --start 2026-12-07 --format ics
expect_status 74
expect_stderr "plan: error: cannot write to standard output: No space left on device"
plan --start 2026-12-07 | head -1 >first 2>err
expect_equal "$(cat first)" "$(plan --start 2026-12-07 | sed -n 1p)" "the first line whole"
expect_equal "$(cat err)" "" "nothing said about the closed pipe"

TEST "no HOME: plan cannot find the state database and says so with 73"
refuses 73 "plan: error: cannot tell where to keep files: neither \$XDG_STATE_HOME nor \$HOME is an absolute path" env -u HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME plan init
run env -u HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME plan --state "$WORK/prepkit.db" --start 2026-12-07
expect_status 0

TEST "a settings file that does not read stops every command with 65, naming the line"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
binary_file "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 65 "plan: error: $XDG_CONFIG_HOME/prepkit/config.yaml:1:8: NUL byte in text" plan --start 2026-12-07

TEST "relative XDG variables are ignored, as the XDG spec says"
XDG_STATE_HOME=state run plan log mock
expect_status 0
[ -f "$HOME/.local/state/prepkit/prepkit.db" ] || fail "the state went to \$HOME/.local/state"
[ ! -e state ] || fail "a relative XDG folder was used"
