# qpick at the terminal and in pipelines: help, version, colour, closed pipes and full disks.
export PREPKIT_BANKS="$DATA/banks"

TEST "--help and --version exit 0 on stdout"
run qpick --help
expect_status 0
expect_stdout_contains "Usage: qpick [OPTIONS] [SUBCOMMAND]"
expect_equal "$(stdout | sed -n '/^Examples:/,$p')" "Examples:
  qpick -n 3 -s databases          three random database questions
  qpick --daily | mail -s today me  the question of the day, for cron
  qpick --due --format ids          today's reviews, one id a line, for a pipeline

Manual: man qpick" "help ends with examples and the manual"
expect_stderr ""
run qpick --version
expect_status 0
expect_equal "$(stdout | sed -E 's/, [0-9a-f]{12}(-dirty)?$/, COMMIT/')" "qpick (prepkit) 0.1.0, COMMIT" "version and commit"
run qpick show --help
expect_status 0
expect_stdout_contains "Print one question whole"

TEST "an unknown option is a usage error (64), not CLI11's own code, with the closest options"
run qpick --bogus
expect_status 64
expect_stderr "qpick: error: unknown option '--bogus' (see qpick --help)"
run qpick --formt json
expect_status 64
expect_stderr "qpick: error: unknown option '--formt' (did you mean '--format'?) (see qpick --help)"
run qpick show fx-two-sum --weigths a=1
expect_status 64
expect_stderr "qpick: error: unknown option '--weigths' (did you mean '--weights'?) (see qpick --help)"

TEST "a closed pipe ends quietly"
qpick -n 14 --seed 1 2>err | head -1 >out
expect_equal "$(cat out)" "fx-on-call  ask · medium · ask · 3 min" "first line"
expect_equal "$(cat err)" "" "nothing on stderr"
bundled_err=$( (qpick --bank "$SOURCE/share/banks" -n 300 --format tsv | head -1 >/dev/null) 2>&1)
expect_equal "$bundled_err" "" "nothing on stderr for a large listing either"

TEST "a full disk is one diagnostic and exit 74"
run sh -c 'qpick -n 3 >/dev/full'
expect_status 74
expect_stderr "qpick: error: cannot write to standard output: No space left on device"

TEST "no colour into a pipe, colour on request, NO_COLOR respected"
run qpick --seed 7
case "$(stdout)" in *$'\033'*) fail "colour in a pipe" ;; esac
run qpick --seed 7 --color always
case "$(stdout)" in *$'\033[1m'*) ;; *) fail "no colour with --color always" ;; esac
run qpick --seed 7 --color never
case "$(stdout)" in *$'\033'*) fail "colour with --color never" ;; esac
run qpick --color sometimes
expect_status 64
expect_stderr "qpick: error: --color: expected auto, always or never, found 'sometimes'"

TEST "colour on a terminal unless NO_COLOR is set"
if command -v script >/dev/null; then
  script -qec "qpick --seed 7" /dev/null >tty.out
  grep -q $'\033\[1m' tty.out || fail "no colour on a terminal"
  NO_COLOR=1 script -qec "qpick --seed 7" /dev/null >tty.out
  grep -q $'\033' tty.out && fail "colour on a terminal with NO_COLOR=1"
fi
true
