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
