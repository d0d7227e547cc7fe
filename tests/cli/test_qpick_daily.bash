# qpick --daily: one question a day, the same all day, no repeats within the fresh window.
export PREPKIT_BANKS="$DATA/banks"

TEST "the daily question is the same on every run of a day"
run qpick --daily --date 2026-12-01
expect_status 0
first=$(stdout)
run qpick --daily --date 2026-12-01
expect_stdout "$first"
[ -f "$XDG_STATE_HOME/prepkit/prepkit.db" ] || fail "no state database in XDG_STATE_HOME"

TEST "fourteen days give fourteen different questions, then the oldest returns"
for d in 01 02 03 04 05 06 07 08 09 10 11 12 13 14; do
  run qpick --daily --date 2026-12-$d --format tsv
  stdout | tail -n +2 | cut -f1 >>ids
done
expect_equal "$(sort -u ids | wc -l)" "14" "distinct daily questions"
run qpick --daily --date 2026-12-15 --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f1)" "$(head -1 ids)" "least recently shown comes back"

TEST "a shorter --fresh-days window allows repeats sooner"
run qpick --daily --date 2026-12-01 -s ask --format tsv
a=$(stdout | tail -n +2 | cut -f1)
run qpick --daily --date 2026-12-02 -s ask --format tsv
b=$(stdout | tail -n +2 | cut -f1)
[ "$a" != "$b" ] || fail "two days in a row gave $a"
run qpick --daily --date 2026-12-05 -s ask --fresh-days 0 --format tsv
expect_status 0

TEST "the state file can be named by flag or environment"
run qpick --daily --date 2026-12-01 --state "$WORK/flag.db"
expect_status 0
[ -f "$WORK/flag.db" ] || fail "--state was not used"
PREPKIT_STATE="$WORK/env.db" run qpick --daily --date 2026-12-01
[ -f "$WORK/env.db" ] || fail "PREPKIT_STATE was not used"

TEST "two daily runs at the same moment both succeed and agree"
for i in 1 2 3 4 5 6; do
  (qpick --daily --date 2026-12-24 --format tsv >"out$i" 2>"err$i"; echo $? >"status$i") &
done
wait
for i in 1 2 3 4 5 6; do
  expect_equal "$(cat "status$i")" "0" "run $i exit status"
  expect_equal "$(cat "err$i")" "" "run $i stderr"
  expect_equal "$(cat "out$i")" "$(cat out1)" "run $i agrees with run 1"
done

TEST "--daily refuses --weights and --seed"
run qpick --daily --weights coding=1
expect_status 64
expect_stderr "qpick: error: --weights cannot be combined with --daily"
run qpick --daily --seed 3
expect_status 64
expect_stderr "qpick: error: --seed cannot be combined with --daily"

TEST "a bad date is a usage error"
run qpick --daily --date 2026-02-30
expect_status 64
expect_stderr "qpick: error: --date: 2026-02-30 does not exist: February 2026 has 28 days"

TEST "a state database that cannot be created is exit 73"
run qpick --daily --state /proc/nope/state.db
expect_status 73
expect_stderr "qpick: error: cannot create folder /proc/nope: No such file or directory"

TEST "a state file that is not a database is exit 74, and is left as it was"
echo "not a database, just words" >junk.db
run qpick --daily --state junk.db
expect_status 74
expect_equal "$(cat junk.db)" "not a database, just words" "the file is untouched"
expect_stderr "qpick: error: state database junk.db: file is not a database"
