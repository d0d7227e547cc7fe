# The bank cache: used when nothing changed, never stale, rebuilt when damaged, optional.

copy_banks() {
  cp -r "$DATA/banks" banks
  export PREPKIT_BANKS="$WORK/banks"
}

cache_files() { ls "$XDG_CACHE_HOME/prepkit" 2>/dev/null | wc -l; }

TEST "a run writes one cache file, and later runs agree with the YAML"
copy_banks
run qpick -n 5 --seed 4 --format tsv
expect_status 0
first=$(stdout)
expect_equal "$(cache_files)" "1" "cache files"
run qpick -n 5 --seed 4 --format tsv
expect_stdout "$first"
run qpick -n 5 --seed 4 --format tsv --no-cache
expect_stdout "$first"

TEST "an edited question is seen on the next run"
copy_banks
run qpick show fx-six-months
sed -i 's/What would success look like for this role after six months?/What does a great first half-year look like here?/' banks/ask.yaml
run qpick show fx-six-months --format tsv
expect_equal "$(stdout | tail -1 | cut -f8)" "What does a great first half-year look like here?" "new prompt"

TEST "an edit that puts back the old size and modification time is seen (the change time differs)"
copy_banks
touch -d '1 hour ago' banks/*.yaml
cp -p banks/ask.yaml old-stamp
sleep 2.1  # past the window in which a file's times are too recent to trust
run qpick show fx-six-months --format tsv
expect_equal "$(stdout | tail -1 | cut -f8)" "What would success look like for this role after six months?" "cached prompt"
sed 's/after six months?/after six weeks?!/' banks/ask.yaml >edited
cat edited >banks/ask.yaml  # the same file (inode), rewritten in place
touch -r old-stamp banks/ask.yaml
expect_equal "$(stat -c '%s %Y' banks/ask.yaml)" "$(stat -c '%s %Y' old-stamp)" "same size and time"
run qpick show fx-six-months --format tsv
expect_status 0
expect_equal "$(stdout | tail -1 | cut -f8)" "What would success look like for this role after six weeks?!" "new prompt"

TEST "added, removed and touched bank files are seen"
copy_banks
run qpick list ids --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "14" "fourteen at first"
sed 's/fx-/extra-/' banks/ask.yaml >banks/extra.yaml
run qpick list ids --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "16" "a new file adds two"
rm banks/extra.yaml
run qpick list ids --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "14" "a removed file takes them away"
touch banks/*.yaml
run qpick list ids --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | wc -l)" "14" "touching changes nothing visible"

TEST "after one bank file changes, the next run reads and parses that file only"
copy_banks
touch -d '1 hour ago' banks/*.yaml
sleep 2.1  # past the window in which the files' change times are too recent to trust
run qpick -n 5 --seed 4 --format tsv
expect_status 0
sed -i 's/after six months?/after a year?/' banks/ask.yaml
# LeakSanitizer cannot work under a tracer: a sanitizer build checks leaks in the other runs.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
  run strace -f -qq -e trace=openat,open -o trace qpick show fx-six-months --format tsv
expect_status 0
expect_equal "$(stdout | tail -1 | cut -f8)" "What would success look like for this role after a year?" "the edit is seen"
expect_equal "$(grep -o 'banks/[a-z-]*\.yaml' trace | sort -u)" "banks/ask.yaml" "only the changed file is read"
run qpick -n 5 --seed 4 --format tsv
expect_status 0
cached=$(stdout)
run qpick -n 5 --seed 4 --format tsv --no-cache
expect_stdout "$cached"
run qpick list ids --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "14" "every other file's questions, from the cache"
expect_equal "$(cache_files)" "1" "still one cache file"

TEST "a bank broken after caching is refused, not served from the cache"
copy_banks
run qpick -n 1
sed -i 's/difficulty: easy/difficulty: simple/' banks/ask.yaml
run qpick -n 1
expect_status 65
expect_stderr_contains "unknown difficulty 'simple'"

TEST "a damaged or foreign cache is ignored and rebuilt"
copy_banks
run qpick -n 3 --seed 9 --format tsv
expected=$(stdout)
cache=$(ls "$XDG_CACHE_HOME"/prepkit/*)
for damage in truncate garbage empty; do
  case $damage in
    truncate) truncate -s 100 "$cache" ;;
    garbage) head -c 5000 /dev/urandom >"$cache" ;;
    empty) : >"$cache" ;;
  esac
  run qpick -n 3 --seed 9 --format tsv
  expect_status 0
  expect_stdout "$expected"
  expect_stderr ""
done

TEST "an unwritable cache folder only costs speed"
copy_banks
PREPKIT_CACHE=/dev/null/cache run qpick -n 1 --seed 2
expect_status 0
expect_stderr ""

TEST "--no-cache neither reads nor writes the cache"
copy_banks
run qpick -n 1 --no-cache
expect_status 0
expect_equal "$(cache_files)" "0" "no cache written"

TEST "several runs building the cache at once all succeed and agree"
copy_banks
for i in 1 2 3 4 5 6; do
  (qpick -n 4 --seed 11 --format tsv >"out$i" 2>"err$i"; echo $? >"status$i") &
done
wait
for i in 1 2 3 4 5 6; do
  expect_equal "$(cat "status$i")" "0" "run $i exit status"
  expect_equal "$(cat "err$i")" "" "run $i stderr"
  expect_equal "$(cat "out$i")" "$(cat out1)" "run $i output"
done
expect_equal "$(ls -A "$XDG_CACHE_HOME/prepkit" | wc -l)" "1" "one cache file, no temporary files left"
