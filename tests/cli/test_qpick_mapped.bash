# The bank cache read in place: a question whose block is damaged inside the cache is read from
# its bank file; filters, tags and lookups read the index alone and agree with the YAML.

copy_banks() {
  cp -r "$DATA/banks" banks
  export PREPKIT_BANKS="$WORK/banks"
}

TEST "a question damaged inside the cache is shown as its bank file says, and the cache is rebuilt"
copy_banks
run qpick show fx-six-months --format tsv
expect_status 0
cache=$(ls "$XDG_CACHE_HOME"/prepkit/*)
/usr/bin/python3 - "$cache" <<'PY' || fail "the prompt is not in the cache"
import sys
path = sys.argv[1]
data = open(path, 'rb').read()
at = data.index(b'What would success look like')
open(path, 'wb').write(data[:at] + b'Q' + data[at + 1:])
PY
run qpick show fx-six-months --format tsv
expect_status 0
expect_stderr ""
expect_equal "$(stdout | tail -1 | cut -f8)" "What would success look like for this role after six months?" "the prompt"
[ ! -e "$cache" ] || fail "the damaged cache was kept"
run qpick -n 14 --seed 3 --format tsv
expect_status 0
grep -q 'Qhat would' "$cache" && fail "the rebuilt cache holds the damage"
run qpick show fx-six-months --format tsv
expect_equal "$(stdout | tail -1 | cut -f8)" "What would success look like for this role after six months?" "from the new cache"

TEST "filters, weights, tags and listings from the cache agree with the YAML"
copy_banks
for args in "-n 5 --seed 8" "-n 3 --seed 2 --subtopic databases,performance" "-n 4 --seed 5 --area design --difficulty medium" \
  "-n 2 --seed 1 --tag pooling,hash-maps" "-n 6 --seed 4 --weights coding=2,design=1" "-n 3 --seed 6 --kind concept" \
  "list tags" "list subtopics" "list ids"; do
  run qpick $args --format tsv --no-cache
  expect_status 0
  expected=$(stdout)
  run qpick $args --format tsv
  expect_status 0
  expect_stdout "$expected"
  run qpick $args --format tsv
  expect_stdout "$expected"
done
