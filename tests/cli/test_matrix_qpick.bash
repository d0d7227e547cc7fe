# qpick's bad-input matrix: each bad invocation or environment gets one diagnostic line, the
# documented exit status (man qpick, EXIT STATUS), nothing on stdout and no file touched.
export PREPKIT_BANKS="$DATA/banks"

TEST "bad flags and values: exit 64, with the closest spelling"
refuses 64 "qpick: error: unknown option '--cuont' (did you mean '--count'?) (see qpick --help)" qpick --cuont 3
refuses 64 "qpick: error: unknown command 'grde' (did you mean 'grade'?) (expected one of: show, list, lint, grade, stats, history, import, test, practice, answers, mock, cases)" qpick grde fx-on-call good
refuses 64 "qpick: error: --count: expected a whole number, found 'x' (see qpick --help)" qpick -n x
refuses 64 "qpick: error: --count: expected a whole number after it, found nothing (see qpick --help)" qpick -n
refuses 64 "qpick: error: --count: given more than once (see qpick --help)" qpick -n 1 -n 2
refuses 64 "qpick: error: -n: expected a number of questions of 1 or more, found 0" qpick -n 0
refuses 64 "qpick: error: unknown format 'jsn' (did you mean 'json'?) (expected one of: text, json, tsv, md)" qpick --format jsn
refuses 64 "qpick: error: --color: expected auto, always or never, found 'sometimes'" qpick --color sometimes
refuses 64 "qpick: error: --date: 2026-02-30 does not exist: February 2026 has 28 days" qpick --date 2026-02-30
refuses 64 "qpick: error: --date: expected a date from 1900-01-01 to 2999-12-31, found '9999-12-01'" qpick --date 9999-12-01 grade fx-on-call good
refuses 64 "qpick: error: --seed: expected a whole number from 0 to 18446744073709551615, found 'abc'" qpick --seed abc
refuses 64 "qpick: error: --date: expected a date as YYYY-MM-DD, found ''" qpick --date ''
refuses 64 "qpick: error: --until: expected a date as YYYY-MM-DD, found ''" qpick stats --until ''
refuses 64 "qpick: error: --since: expected a date as YYYY-MM-DD, found ''" qpick history --since ''
refuses 64 "qpick: error: --state: expected a file, found ''" qpick --daily --state ''
refuses 64 "qpick: error: --seed: expected a whole number from 0 to 18446744073709551615, found ''" qpick --seed ''
refuses 64 "qpick: error: --weights: expected weights such as coding=40,design=35,ops=25, found ''" qpick --weights ''
refuses 64 "qpick: error: --fresh-days: expected 0 to 3650 days, found -3" qpick --daily --fresh-days -3
refuses 64 "qpick: error: --weights: 'databse' is neither an area nor a subtopic (did you mean 'databases'?)" qpick --weights databse=1
refuses 64 "qpick: error: grade: expected again, hard, good or easy, found 'goood' (did you mean 'good'?)" qpick grade fx-on-call goood
refuses 64 "qpick: error: unexpected argument 'tags' (see qpick --help)" qpick list subtopics tags
refuses 64 "qpick: error: --since belongs to qpick history: give it after the command (qpick history --since ...)" qpick --since 2026-01-01 history
refuses 64 "qpick: error: id is required (see qpick --help)" qpick show
refuses 65 "qpick: error: unknown question id 'fx-no-such'" qpick show fx-no-such
refuses 64 "qpick: error: unknown subtopic 'APIS' (did you mean 'apis'?) (expected one of: coding, apis, databases, system-design, performance, security-testing, operations, behavioral, ask)" qpick -s APIS

TEST "ways of choosing: one at a time, none beside a command, each option only where it applies"
export PREPKIT_BANKS="$DATA/banks"
printf 'day\tquestion\tsubtopic\tgrade\trecorded_at\tuid\n' >h.tsv
modes=(--daily --due --weak "--weights coding=1" --plan)
commands=("show fx-on-call" "list ids" lint "grade fx-on-call good" stats history "import h.tsv")
for ((i = 0; i < ${#modes[@]}; i++)); do
  for ((j = i + 1; j < ${#modes[@]}; j++)); do
    refuses 64 "qpick: error: ${modes[j]%% *} cannot be combined with ${modes[i]%% *}" qpick ${modes[i]} ${modes[j]}
  done
  for command in "${commands[@]}"; do
    refuses 64 "qpick: error: ${modes[i]%% *} cannot be combined with ${command%% *}" qpick $command ${modes[i]}
  done
done
# Where each option applies, as qpick(1) says: "" is a plain sample.
declare -A takes=(["-n 2"]="|| --daily --due --weak --weights --plan"
  ["--seed 1"]="|| --weights --plan" ["--fresh-days 3"]="--daily" ["--until 2027-01-01"]="--due grade stats")
for option in "${!takes[@]}"; do
  name=${option%% *}
  for way in "" "${modes[@]}" "${commands[@]}"; do
    key=${way%% *}
    if [[ " ${takes[$option]} " == *" ${key:-||} "* ]]; then
      run qpick $way $option
      [ "$status" -ne 64 ] || fail "qpick $way $option is refused: $(stderr)"
    elif [ -z "$way" ]; then
      case $name in
      --fresh-days) refuses 64 "qpick: error: --fresh-days works only with --daily" qpick $option ;;
      --until) refuses 64 "qpick: error: --until works only with --due, grade or stats" qpick $option ;;
      *) fail "no message for $option alone" ;;
      esac
    else
      [ "$name" != -n ] || name=--count  # beside a command, an option goes by its long name
      refuses 64 "qpick: error: $name cannot be combined with $key" qpick $way $option
    fi
  done
done

TEST "bad bank files: missing 66, malformed 65, with the file and position"
mkdir empty-folder
: >empty.yaml
binary_file binary.yaml
printf 'subtopic: coding\ntitle: "caf\xe9"\n' >latin1.yaml
big_file big.yaml 17000000
refuses 66 "qpick: error: cannot open missing.yaml: No such file or directory" qpick --bank missing.yaml
refuses 66 "qpick: error: empty-folder: no bank files (*.yaml) in this folder" qpick --bank empty-folder
refuses 65 "qpick: error: empty.yaml:1:1: the file holds no YAML document" qpick --bank empty.yaml
refuses 65 "qpick: error: binary.yaml:1:8: NUL byte in text" qpick --bank binary.yaml
refuses 65 "qpick: error: latin1.yaml:2:12: invalid UTF-8" qpick --bank latin1.yaml
refuses 65 "qpick: error: big.yaml:1:1: file too large (the limit is 16 MiB)" qpick --bank big.yaml
refuses 65 "qpick: error: <stdin>:1:1: file too large (the limit is 16 MiB)" qpick --bank - </dev/zero
chmod 000 empty.yaml
refuses 66 "qpick: error: cannot open empty.yaml: Permission denied" unprivileged qpick --bank empty.yaml
mkdir loop-folder fifo-folder
ln -s loop.yaml loop-folder/loop.yaml
refuses 66 "qpick: error: loop-folder/loop.yaml: Too many levels of symbolic links" qpick --bank loop-folder
refuses 66 "qpick: error: loop-folder/loop.yaml: Too many levels of symbolic links" qpick lint loop-folder
cp "$DATA/banks/coding.yaml" fifo-folder/
mkfifo fifo-folder/x.yaml
refuses 66 "qpick: error: fifo-folder/x.yaml: is a FIFO, expected a regular file" timeout 10 qpick --bank fifo-folder
refuses 66 "qpick: error: fifo-folder/x.yaml: is a FIFO, expected a regular file" timeout 10 qpick lint fifo-folder

TEST "lint lists every problem on stdout, counts them on stderr and exits 1"
run qpick lint "$DATA/bad/duplicate-key.yaml" "$DATA/bad/invalid-utf8.yaml"
expect_status 1
expect_equal "$(stdout | wc -l)" "2" "one line per problem"
expect_stderr "qpick: 2 problems found"

TEST "bad history files for import"
: >empty.tsv
printf 'day\tquestion\n' >short.tsv
binary_file binary.json
refuses 66 "qpick: error: cannot open missing.json: No such file or directory" qpick import missing.json
refuses 66 "qpick: error: .: is a folder, expected a file" qpick import .
refuses 65 "qpick: error: binary.json:1:1: expected the header 'day\tquestion\tsubtopic\tgrade\trecorded_at\tuid'" qpick import binary.json
refuses 65 "qpick: error: short.tsv:1:1: expected the header 'day\tquestion\tsubtopic\tgrade\trecorded_at\tuid'" qpick import short.tsv
expect_equal "$(find "$XDG_STATE_HOME" -type f 2>/dev/null | wc -l)" "0" "no state database made for a refused import"

TEST "a corrupt state database is refused with 74 and left untouched"
printf 'not a database, but a note the user keeps here %.0s' {1..100} >corrupt.db
refuses 74 "qpick: error: state database corrupt.db: file is not a database" qpick --state corrupt.db --daily
refuses 74 "qpick: error: state database corrupt.db: file is not a database" qpick --state corrupt.db grade fx-on-call good
refuses 74 "qpick: error: state database corrupt.db: file is not a database" qpick --state corrupt.db stats
refuses 74 "qpick: error: state database corrupt.db: file is not a database" qpick --state corrupt.db --due

TEST "a state database that is a device, a link to one, or a folder is refused with 73, writing nothing in /dev"
in_dev=$(ls -d /dev/null-* /dev/zero-* 2>/dev/null)
refuses 73 "qpick: error: state database /dev/null: is not a regular file, expected a database file" qpick --state /dev/null --daily
mkdir -p state
ln -s /dev/zero state/prepkit.db
refuses 73 "qpick: error: state database state/prepkit.db: is not a regular file, expected a database file" qpick --state state/prepkit.db stats
mkdir -p folder.db
refuses 73 "qpick: error: state database folder.db: is a folder, expected a database file" qpick --state folder.db grade fx-on-call good
expect_equal "$(ls -d /dev/null-* /dev/zero-* 2>/dev/null)" "$in_dev" "files SQLite would have put beside a device"

TEST "a state folder that cannot be made or written: 73"
: >a-file
refuses 73 "qpick: error: cannot create folder a-file: a file is in the way" qpick --state a-file/prepkit.db --daily
mkdir -m 555 read-only
refuses 73 "qpick: error: cannot create state database read-only/prepkit.db: Permission denied" unprivileged qpick --state read-only/prepkit.db grade fx-on-call good
run qpick --state new/deeper/prepkit.db --daily
expect_status 0
[ -f new/deeper/prepkit.db ] || fail "a missing state folder is created"

TEST "a database kept out of WAL mode in a read-only folder: reading works as it is, writing says why with 73"
mkdir -m 777 ro old
run unprivileged qpick --state ro/prepkit.db grade fx-on-call good
expect_status 0
run unprivileged sqlite3 ro/prepkit.db 'PRAGMA journal_mode = DELETE'
expect_status 0
cp ro/prepkit.db old/prepkit.db
chmod 666 old/prepkit.db
run sqlite3 old/prepkit.db 'PRAGMA user_version = 3'
expect_status 0
chmod 555 ro old
run unprivileged qpick --state ro/prepkit.db history --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f2,4)" "fx-on-call	good" "the grade, read as it is"
refuses 73 "qpick: error: state database ro/prepkit.db: cannot write to it (the file or its folder is read-only)" unprivileged qpick --state ro/prepkit.db grade fx-on-call good
refuses 73 "qpick: error: state database old/prepkit.db has schema version 3 and is read-only, so it cannot be brought up to version 8; make it and its folder writable" unprivileged qpick --state old/prepkit.db stats
chmod 755 ro old

TEST "a database another program keeps locked: readers go on, writers give up after 10 s with 74"
qpick grade fx-on-call good >/dev/null
db="$XDG_STATE_HOME/prepkit/prepkit.db"
before=$(sqlite3 "$db" 'SELECT count(*) FROM grades')
lock_database "$db"
run qpick stats
expect_status 0
refuses 74 "qpick: error: state database $db: another program kept it locked for 10 seconds; try again" qpick grade fx-on-call hard
unlock_database
expect_equal "$(sqlite3 "$db" 'SELECT count(*) FROM grades')" "$before" "the refused grade is not recorded"
expect_equal "$(sqlite3 "$db" 'PRAGMA integrity_check')" "ok" "the database is whole"

TEST "a database another program holds exclusively: opening it gives up after 10 s in all, with 74"
qpick grade fx-on-call good >/dev/null
db="$XDG_STATE_HOME/prepkit/prepkit.db"
lock_database "$db" exclusive
# timeout: before, each retry of the open waited its own 10 s, for minutes in all.
refuses 74 "qpick: error: state database $db: another program kept it locked for 10 seconds; try again" timeout 40 qpick grade fx-on-call hard
unlock_database
expect_equal "$(sqlite3 "$db" 'SELECT count(*) FROM grades')" "1" "the refused grade is not recorded"

TEST "output that cannot be written: a full disk is 74, a closed pipe ends quietly"
run_to_full qpick -n 3
expect_status 74
expect_stderr "qpick: error: cannot write to standard output: No space left on device"
run_to_full qpick grade fx-on-call good
expect_status 74
expect_equal "$(sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" 'SELECT count(*) FROM grades')" "1" \
  "the grade is recorded though its report was lost"
qpick list ids | head -1 >first 2>err
expect_equal "$(cat first)" "$(qpick list ids | sed -n 1p)" "the first line whole"
expect_equal "$(cat err)" "" "nothing said about the closed pipe"

TEST "no HOME: commands that keep state say so with 73, the rest work"
refuses 73 "qpick: error: cannot tell where to keep files: neither \$XDG_STATE_HOME nor \$HOME is an absolute path" env -u HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME qpick --daily
run env -u HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME qpick -n 1 --seed 1
expect_status 0
expect_stderr ""

TEST "a HOME that does not exist: commands that keep state say so with 73 and make nothing in its place"
refuses 73 "qpick: error: cannot tell where to keep files: \$HOME ($WORK/gone) does not exist, and \$XDG_STATE_HOME is not set" env -u XDG_STATE_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME HOME="$WORK/gone" qpick --daily
[ ! -e "$WORK/gone" ] || fail "the missing home was made"
run env -u XDG_STATE_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME HOME="$WORK/gone" qpick -n 1 --seed 1
expect_status 0
expect_stderr ""
[ ! -e "$WORK/gone" ] || fail "the missing home was made by a pick"

TEST "a settings file that does not read (65) or is not a file (66) stops every command, naming it"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
printf 'fresh_dayz: 3\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 65 "qpick: error: $XDG_CONFIG_HOME/prepkit/config.yaml:1:1: unknown setting 'fresh_dayz' (did you mean 'fresh_days'?) (expected one of: interview, new_per_day, fresh_days, count_nouns, stories, speaking_rate, banks, study_days, hours, at)" qpick -n 1
rm "$XDG_CONFIG_HOME/prepkit/config.yaml"
ln -s config.yaml "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 66 "qpick: error: cannot open $XDG_CONFIG_HOME/prepkit/config.yaml: Too many levels of symbolic links" qpick -n 1
rm "$XDG_CONFIG_HOME/prepkit/config.yaml"
mkfifo "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 66 "qpick: error: $XDG_CONFIG_HOME/prepkit/config.yaml: is a FIFO, expected a regular file" timeout 10 qpick -n 1

TEST "relative XDG variables are ignored, as the XDG spec says"
XDG_STATE_HOME=state XDG_CACHE_HOME=cache XDG_CONFIG_HOME=config run qpick --daily
expect_status 0
[ -f "$HOME/.local/state/prepkit/prepkit.db" ] || fail "the state went to \$HOME/.local/state"
[ ! -e state ] && [ ! -e cache ] || fail "a relative XDG folder was used"
