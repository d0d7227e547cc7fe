# A hostile environment, for every program: FIFOs and devices where files belong, links that
# loop or lead out, a HOME that is not there, text that would command the terminal. Each run
# ends promptly with one line (or works), and writes nothing outside the test's own folder.

# `traced CMD...` runs CMD under strace, keeping every file call that changed something, so
# the check below sees what our programs wrote and nothing else on the machine (a scan for new
# files also finds the build tool's own logs). LeakSanitizer cannot work under a tracer, so a
# sanitizer build checks leaks in every other test but this one.
traced() {
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -qq -y -e status=successful -o "$WORK/trace.$((++traces))" \
    -e trace=open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,unlink,unlinkat,rmdir,truncate,chmod,fchmodat,chown,lchown,fchownat,utimensat,mknod,mknodat \
    "$@"
}
traces=0

# The paths the traced runs changed outside this test's folders. An open counts when it may
# write (strace shows the file it opened after the result); any other call counts every path
# it names, relative to the directory strace shows before it, else to the test's folder.
written_outside() {
  cat "$WORK"/trace.* | awk -v cwd="$WORK" '
    / (open|openat|openat2|creat)\(/ {
      if ($0 ~ /O_(WRONLY|RDWR|CREAT|TRUNC|APPEND|TMPFILE)/ && match($0, /= [0-9]+<.*>$/)) {
        path = substr($0, RSTART, RLENGTH); sub(/^= [0-9]+</, "", path); sub(/>$/, "", path)
        print path
      }
      next
    }
    {
      rest = $0
      while (match(rest, /(AT_FDCWD|[0-9]+)<[^>]*>, "[^"]*"|"[^"]*"/)) {
        part = substr(rest, RSTART, RLENGTH); rest = substr(rest, RSTART + RLENGTH)
        dir = cwd
        if (part ~ /^[^"]/) { dir = part; sub(/^[^<]*</, "", dir); sub(/>, ".*/, "", dir) }
        name = part; sub(/^[^"]*"/, "", name); sub(/"$/, "", name)
        print (name ~ /^\// ? name : dir "/" name)
      }
    }' | grep -v -e "^$ROOT/" -e "^${TMPDIR:-/tmp}/" -e '^/dev/null$' -e '^/dev/pts/' | sort -u | head -5
}

bank_with() {
  mkdir -p banks
  cat >banks/hostile.yaml <<EOF
subtopic: ask
title: Hostile
area: ask
questions:
  - id: fx-hostile
    prompt: "$1"
    difficulty: easy
    kind: ask
    minutes: 2
    tags: [terminal]
    expect:
      - One point
      - Another point
EOF
}

TEST "FIFOs where files belong: refused at once, never waited on"
mkdir -p "$XDG_CONFIG_HOME/prepkit" "$XDG_DATA_HOME/prepkit/stories" fifo-banks
cp "$DATA/banks/ask.yaml" fifo-banks/
mkfifo fifo-banks/pipe.yaml "$XDG_DATA_HOME/prepkit/stories/pipe.md" note.md
refuses 66 "qpick: error: fifo-banks/pipe.yaml: is a FIFO, expected a regular file" timeout 10 qpick --bank fifo-banks -n 1
refuses 66 "star: error: note.md: is a FIFO, expected a regular file" timeout 10 star show note.md
run timeout 10 star list
expect_status 0
expect_stderr "star: no stories in $XDG_DATA_HOME/prepkit/stories yet: star init scaffolds the three recommended ones"
mkfifo "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 66 "plan: error: $XDG_CONFIG_HOME/prepkit/config.yaml: is a FIFO, expected a regular file" timeout 10 plan --start 2026-12-07
refuses 66 "estimate: error: $XDG_CONFIG_HOME/prepkit/config.yaml: is a FIFO, expected a regular file" timeout 10 estimate '1 + 1'
rm "$XDG_CONFIG_HOME/prepkit/config.yaml"
mkdir -p "$XDG_CACHE_HOME/prepkit"
run env PREPKIT_BANKS="$DATA/banks" timeout 10 qpick -n 1 --seed 1
expect_status 0

TEST "a pipe the user names is read as the stream it is"
run bash -c 'estimate sheet <(echo "users: 2 * 3")'
expect_status 0
expect_stdout "users  6  2 * 3"
run bash -c 'qpick import <(printf "day\tquestion\tsubtopic\tgrade\trecorded_at\tuid\n2026-12-01\tfx-on-call\task\tgood\t2026-12-01T08:00:00.000Z\t0a\n")'
expect_status 0
expect_stderr "qpick: imported 1 grade; 0 already present"
rm -rf "$XDG_CACHE_HOME/prepkit"  # import cached the banks in use, which map merged questions' grades
run bash -c "timeout 10 qpick --bank <(cat '$DATA/banks/ask.yaml') list subtopics"
expect_status 0
expect_stdout_contains "ask               ask         2  Questions to ask the interviewer"
run bash -c "timeout 10 qpick lint <(cat '$DATA/banks/ask.yaml')"
expect_status 0
[ -z "$(ls -A "$XDG_CACHE_HOME/prepkit" 2>/dev/null)" ] || fail "a pipe's questions were cached"

TEST "devices where files belong: refused, with nothing written in /dev"
in_dev=$(ls -d /dev/null-* /dev/zero-* 2>/dev/null)
mkdir -p "$XDG_CONFIG_HOME/prepkit"
ln -s /dev/zero "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 66 "qpick: error: $XDG_CONFIG_HOME/prepkit/config.yaml: is a character device, expected a regular file" timeout 10 qpick -n 1
refuses 66 "star: error: $XDG_CONFIG_HOME/prepkit/config.yaml: is a character device, expected a regular file" timeout 10 star list
rm "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 73 "plan: error: state database /dev/null: is not a regular file, expected a database file" timeout 10 plan --state /dev/null log problem
refuses 73 "star: error: state database /dev/zero: is not a regular file, expected a database file" timeout 10 star stats --state /dev/zero
expect_equal "$(ls -d /dev/null-* /dev/zero-* 2>/dev/null)" "$in_dev" "files beside a device"

TEST "links that loop: the file is named, exit 66"
mkdir -p loop "$XDG_CONFIG_HOME/prepkit"
ln -s loop.yaml loop/loop.yaml
refuses 66 "qpick: error: loop/loop.yaml: Too many levels of symbolic links" timeout 10 qpick --bank loop -n 1
ln -s config.yaml "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 66 "plan: error: cannot open $XDG_CONFIG_HOME/prepkit/config.yaml: Too many levels of symbolic links" timeout 10 plan --start 2026-12-07
refuses 66 "star: error: cannot open $XDG_CONFIG_HOME/prepkit/config.yaml: Too many levels of symbolic links" timeout 10 star list

TEST "a HOME that does not exist: every program that keeps files says so, and none makes it"
for cmd in "qpick --daily" "qpick grade fx-on-call good" "plan init" "star new Gone" ; do
  run env -u XDG_STATE_HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME HOME="$WORK/gone" PREPKIT_BANKS="$DATA/banks" timeout 10 $cmd
  expect_equal "$status" "73" "$cmd: exit status"
  expect_stderr_contains "does not exist"
done
run env -u XDG_STATE_HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME HOME="$WORK/gone" timeout 10 estimate '2 GB / 1 s'
expect_status 0
[ ! -e "$WORK/gone" ] || fail "the missing home was made"

TEST "text that would command the terminal is shown, not obeyed"
bank_with 'Retitle\e]0;pwned\a and clear\e[2J, return\r and bell\a?'
run qpick --bank banks show fx-hostile
expect_status 0
expect_equal "$(stdout | sed -n 4p)" "Retitle^[]0;pwned^G and clear^[[2J, return^M and bell^G?" "the prompt as shown"
run qpick --bank banks show fx-hostile --format tsv
expect_status 0
expect_equal "$(stdout | grep -c $'\e')" "0" "no escape in TSV"
run qpick --bank banks show fx-hostile --format json
expect_status 0
expect_equal "$(stdout | jq -r '.prompt' | tr -cd '\033' | wc -c)" "2" "JSON keeps the text, escaped"
run star new "$(printf 'Title \e[2J here')"
expect_status 0
run star list
expect_status 0
expect_equal "$(stdout | grep -c $'\e')" "0" "no escape in the list"
expect_stdout_contains 'Title ^[[2J here'
run qpick show "$(printf 'fx-\e[2J')"
expect_status 65
expect_stderr "qpick: error: unknown question id 'fx-^[[2J'"
run qpick lint banks
expect_status 1
expect_stdout "banks/hostile.yaml:5:5: question 'fx-hostile': control character U+001B in the prompt at character 8 (a terminal would act on it)"

TEST "no program writes outside its folders"
export PREPKIT_BANKS="$DATA/banks"
run traced qpick --daily
expect_status 0
run traced qpick grade fx-on-call good
expect_status 0
run traced plan init --start 2026-12-07
expect_status 0
run traced plan log problem
expect_status 0
run traced star new "Kept at home"
expect_status 0
run traced bash -c 'printf "0:30\n0:40\n1:10\n0:30\n" | star time kept-at-home --no-tty'
expect_status 0
run traced estimate '1M * 2 KB'
expect_status 0
run traced qpick lint
expect_status 0
expect_equal "$(written_outside)" "" "files written outside the test's folder"
