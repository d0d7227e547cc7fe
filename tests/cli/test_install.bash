# cmake --install gives a tree where qpick finds its banks, even after the tree is moved.

TEST "an installed qpick finds its banks, man pages and all"
run cmake --install "$BUILD" --prefix "$WORK/prefix"
expect_status 0
[ -x "$WORK/prefix/bin/qpick" ] || fail "no bin/qpick"
[ -f "$WORK/prefix/share/prepkit/banks/coding.yaml" ] || fail "no share/prepkit/banks"
[ -f "$WORK/prefix/share/man/man1/qpick.1" ] || fail "no qpick.1"
[ -f "$WORK/prefix/share/man/man5/prepkit-bank.5" ] || fail "no prepkit-bank.5"
[ -f "$WORK/prefix/share/man/man1/estimate.1" ] || fail "no estimate.1"
run "$WORK/prefix/bin/estimate" '100M * 100 B'
expect_stdout "10 GB (9.31 GiB)"
run "$WORK/prefix/bin/qpick" list subtopics --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | wc -l)" "9" "nine subtopics"

TEST "a relocated install tree still works"
cmake --install "$BUILD" --prefix "$WORK/prefix" >/dev/null
cp -r "$WORK/prefix" "$WORK/moved"
rm -rf "$WORK/prefix"
run "$WORK/moved/bin/qpick" --seed 1
expect_status 0
expect_stderr ""
[ -n "$(stdout)" ] || fail "no question from the moved tree"

TEST "an installed star runs, with its man page"
run cmake --install "$BUILD" --prefix "$WORK/prefix"
expect_status 0
[ -x "$WORK/prefix/bin/star" ] || fail "no bin/star"
[ -f "$WORK/prefix/share/man/man1/star.1" ] || fail "no star.1"
run "$WORK/prefix/bin/star" init --date 2026-11-28
expect_status 0
expect_equal "$(stdout | wc -l)" "3" "three scaffolds"
run sh -c "printf '1\n2\n3\n4\n' | '$WORK/prefix/bin/star' time reliability --format tsv"
expect_status 0
expect_equal "$(stdout | tail -1)" "total	10	0" "a scripted rehearsal"
run "$WORK/prefix/bin/star" stats --format tsv
expect_equal "$(stdout | sed -n 2p | cut -f1,2)" "performance-improvement-story	0" "stats"
