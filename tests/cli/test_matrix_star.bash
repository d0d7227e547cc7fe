# star's bad-input matrix: each bad invocation or environment gets one diagnostic line, the
# documented exit status (man star, EXIT STATUS), nothing on stdout and no note touched.
parts=$'0:30\n0:40\n1:10\n0:30\n'

stories() { echo "$XDG_DATA_HOME/prepkit/stories"; }

TEST "bad flags and values: exit 64, with the closest spelling"
star new "Cut checkout p95" >/dev/null
refuses 64 "star: error: unknown command 'nwe' (did you mean 'new'?) (expected one of: new, init, list, show, edit, check, time, stats, set)" star nwe x
refuses 64 "star: error: unknown option '--editor' (did you mean '--edit'?) (see star --help)" star edit cut --editor
refuses 64 "star: error: title is required (see star --help)" star new
refuses 64 "star: error: --date cannot be combined with list" star list --date 2026-12-01
refuses 64 "star: error: --date: expected a date as YYYY-MM-DD, found ''" star init --date ''
refuses 64 "star: error: --state: expected a file, found ''" star list --state ''
refuses 64 "star: error: --dir: expected a folder, found ''" star list --dir ''
refuses 64 "star: error: help: unknown command 'tiem' (did you mean 'time'?) (expected one of: new, init, list, show, edit, check, time, stats, set)" star help tiem
refuses 64 "star: error: the title is empty" star new " "
refuses 64 "star: error: the title must be a single line" star new $'two\nlines'
refuses 64 "star: error: the title is not valid UTF-8 text" star new $'caf\xe9'
refuses 64 "star: error: unexpected argument 'b' (see star --help)" star new a b
refuses 64 "star: error: --target belongs to star new and star set: give it after the command (star new --target ...)" star --target=1:00 new x
refuses 64 "star: error: --target: expected seconds (such as 150) or minutes and seconds (such as 2:30), from 0:10 to 60:00; found '61:00'" star new x --target 61:00
refuses 64 "star: error: --rate: expected words a minute from 60 to 300, found 0" star --rate 0 check
refuses 64 "star: error: --rate: expected a whole number, found 'fast' (see star --help)" star --rate fast check
refuses 64 "star: error: unknown format 'xml' (expected one of: text, json, tsv, md)" star --format xml list
refuses 64 "star: error: set: nothing to change (give --title, --theme, --target or --tags)" star set cut
star new "Cut costs" >/dev/null
refuses 64 "star: error: 'cut' could be any of 2 stories: cut-checkout-p95, cut-costs (give more of the name)" star show cut
refuses 66 "star: error: no story 'cut-chekout-p95' in $(stories) (did you mean 'cut-checkout-p95'?)" star show cut-chekout-p95
refuses 73 "star: error: $(stories)/cut-costs.md already exists (a story is never overwritten)" star new "Cut costs"

TEST "notes that do not read: 65 naming the file and position, and never rewritten"
star new "Fine" >/dev/null
binary_file "$(stories)/binary.md"
printf -- '---\ntitle: [unclosed\n---\n' >"$(stories)/broken.md"
printf -- '---\ntitle: "caf\xe9"\n---\n' >"$(stories)/latin1.md"
big_file "$(stories)/big.md" 1100000
refuses 65 "star: error: $(stories)/binary.md:1:8: NUL byte in text" star show binary
refuses 65 "star: error: $(stories)/binary.md:1:8: NUL byte in text" star set binary --target 2:00
refuses 65 "star: error: $(stories)/broken.md:3:1: end of sequence flow not found" star set broken --title Mended
refuses 65 "star: error: $(stories)/latin1.md:2:12: invalid UTF-8" star time latin1 --no-tty
refuses 65 "star: error: $(stories)/big.md:1:1: file too large (the limit is 1 MiB)" star show big
mkdir "$(stories)/folder.md"
refuses 66 "star: error: no story 'folder' in $(stories)" star show folder

TEST "check and list report every note that does not read, and go on with the rest"
star new "Fine" >/dev/null
binary_file "$(stories)/binary.md"
run star check
expect_status 1
expect_stdout_contains "$(stories)/binary.md:1:8: NUL byte in text"
expect_stdout_contains "fine"
run star list
expect_status 65
expect_stderr "star: error: $(stories)/binary.md:1:8: NUL byte in text"
expect_stdout_contains "Fine"

TEST "a stories folder that is missing, a file, or read-only"
run star --dir missing list
expect_status 0
expect_stderr "star: no stories in missing yet: star init scaffolds the three recommended ones"
: >a-file
refuses 66 "star: error: a-file: is not a folder" star --dir a-file list
refuses 73 "star: error: cannot create folder a-file: a file is in the way" star --dir a-file new x
mkdir -m 555 read-only
refuses 73 "star: error: cannot create a file in read-only: Permission denied" unprivileged star --dir read-only new x

TEST "a note that cannot be read is 66; a state folder that cannot be written is 73, the times still shown"
mkdir notes
star --dir notes new "Locked away" >/dev/null
star --dir notes new "Open" >/dev/null
chmod 000 notes/locked-away.md
chmod 644 notes/open.md
refuses 66 "star: error: cannot open notes/locked-away.md: Permission denied" unprivileged star --dir notes show locked-away
mkdir -m 555 read-only
unprivileged star --dir notes --state read-only/prepkit.db time open --no-tty <<<"$parts" >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
expect_status 73
expect_stdout_contains "total      2:50"
expect_equal "$(stderr | tail -1)" "star: error: cannot create state database read-only/prepkit.db: Permission denied" "why it was not recorded"

TEST "rehearsal input that ends early or does not read: 65, nothing recorded"
star new "Fine" >/dev/null
printf '0:30\n0:40\n' >short
printf '0:30\nsoon\n' >bad
run star time fine --no-tty <short
expect_status 65
expect_stderr "star: Situation, about 0:00
star: Task, about 0:00
star: Action, about 0:00
star: error: standard input ended during the Action: the rehearsal was not recorded (a line q stops it and records it as aborted)"
run star time fine --no-tty <bad
expect_status 65
expect_stderr "star: Situation, about 0:00
star: Task, about 0:00
star: error: <stdin>:2:1: expected an empty line, a time such as 1:30, or q; found 'soon'"
[ ! -e "$XDG_STATE_HOME/prepkit" ] || fail "nothing was recorded, so no database was made"

TEST "a corrupt state database is refused with 74 and left untouched"
star new "Fine" >/dev/null
printf 'rehearsal notes kept by hand %.0s' {1..100} >corrupt.db
refuses 74 "star: error: state database corrupt.db: file is not a database" star --state corrupt.db list
refuses 74 "star: error: state database corrupt.db: file is not a database" star --state corrupt.db stats
run star --state corrupt.db time fine --no-tty <<<"$parts"
expect_status 74
expect_equal "$(stderr | tail -1)" "star: error: state database corrupt.db: file is not a database" "the last line says why"
expect_equal "$(head -c 29 corrupt.db)" "rehearsal notes kept by hand " "the file is untouched"

TEST "a database another program keeps locked: readers go on, writers give up after 10 s with 74"
star new "Fine" >/dev/null
star time fine --no-tty <<<"$parts" >/dev/null 2>&1
db="$XDG_STATE_HOME/prepkit/prepkit.db"
lock_database "$db"
run star stats
expect_status 0
run star time fine --no-tty <<<"$parts"
expect_status 74
expect_equal "$(stderr | tail -1)" "star: error: state database $db: another program kept it locked for 10 seconds; try again" "a writer gives up"
unlock_database
expect_equal "$(sqlite3 "$db" 'SELECT count(*) FROM rehearsals')" "1" "the refused rehearsal is not recorded"

TEST "output that cannot be written: a full disk is 74, a closed pipe ends quietly"
star init >/dev/null
run_to_full star list
expect_status 74
expect_stderr "star: error: cannot write to standard output: No space left on device"
run_to_full star check
expect_status 74
expect_stderr "star: error: cannot write to standard output: No space left on device"
run_to_full star time reliability-story --no-tty <<<"$parts"
expect_status 74
expect_equal "$(stderr | tail -1)" "star: error: cannot write to standard output: No space left on device" "the report is lost"
expect_equal "$(sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" 'SELECT count(*) FROM rehearsals')" "1" \
  "the rehearsal spoken is recorded all the same"
star list | head -1 >first 2>err
expect_equal "$(cat first)" "$(star list | sed -n 1p)" "the first line whole"
expect_equal "$(cat err)" "" "nothing said about the closed pipe"

TEST "a HOME that does not exist: star says so with 73 and makes nothing in its place"
refuses 73 "star: error: cannot tell where to keep files: \$HOME ($WORK/gone) does not exist, and \$XDG_DATA_HOME is not set" env -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME HOME="$WORK/gone" star new "A title"
[ ! -e "$WORK/gone" ] || fail "the missing home was made"

TEST "no HOME: star cannot find its folders and says so with 73"
refuses 73 "star: error: cannot tell where to keep files: neither \$XDG_DATA_HOME nor \$HOME is an absolute path" env -u HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME star list
run env -u HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME star --dir here new "No home"
expect_status 0
expect_stdout "here/no-home.md"

TEST "a settings file that does not read stops every command with 65, naming the line"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
printf 'speaking_rate: fast\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 65 "star: error: $XDG_CONFIG_HOME/prepkit/config.yaml:1:16: 'speaking_rate' must be a whole number from 60 to 300" star list

TEST "relative XDG variables are ignored, as the XDG spec says"
XDG_DATA_HOME=data run star new "Somewhere"
expect_status 0
expect_stdout "$HOME/.local/share/prepkit/stories/somewhere.md"
[ ! -e data ] || fail "a relative XDG folder was used"
