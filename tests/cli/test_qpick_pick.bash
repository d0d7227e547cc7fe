# qpick samples: counts, filters, seeds, weights and formats, on the fixture banks.
export PREPKIT_BANKS="$DATA/banks"

TEST "one question by default, in the text format"
run qpick --seed 7
expect_status 0
expect_stdout "fx-mutex-vs-semaphore  coding · easy · concept · 5 min
  Explain the difference between a mutex and a counting semaphore."
expect_stderr ""

TEST "-n gives that many distinct questions"
run qpick -n 5 --seed 1 --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f1 | sort -u | wc -l)" "5" "five distinct ids"
expect_equal "$(stdout | head -1)" $'id\tsubtopic\tarea\tdifficulty\tkind\tminutes\ttags\tprompt' "tsv header"

TEST "the same seed gives the same sample; another seed another"
run qpick -n 4 --seed 99 --format tsv
first=$(stdout)
run qpick -n 4 --seed 99 --format tsv
expect_stdout "$first"
run qpick -n 4 --seed 100 --format tsv
[ "$(stdout)" != "$first" ] || fail "seed 100 gave the same sample as seed 99"

TEST "a fixed seed gives a fixed sample on every platform"
run qpick -n 3 --seed 7 --format tsv
expect_equal "$(stdout | cut -f1 | tail -n +2 | tr '\n' ' ')" "fx-mutex-vs-semaphore fx-two-sum fx-outage-story " "ids"

TEST "filters combine: values of one flag are alternatives, flags must all hold"
run qpick -n 20 -s coding -s databases --difficulty hard --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f1 | sort | tr '\n' ' ')" "fx-isolation-levels fx-lru-cache " "hard coding or databases questions"
expect_stderr "qpick: only 2 questions match; showing all 2"

TEST "comma-separated values work like repeated flags"
run qpick -n 20 --area ops,ask --kind estimation --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f1 | sort | tr '\n' ' ')" "fx-cache-hit-rate fx-pool-size " "ops or ask estimation questions"

TEST "--tag matches any tag of a question"
run qpick -n 20 --tag caching --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f1 | sort | tr '\n' ' ')" "fx-cache-hit-rate fx-p95-halve " "caching questions"

TEST "asking for more than exist prints all that match and says so"
run qpick -n 50 --seed 1 --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | wc -l)" "14" "all fourteen questions"
expect_stderr "qpick: only 14 questions match; showing all 14"

TEST "no match at all is said on stderr, with nothing on stdout"
run qpick -s ask --difficulty hard
expect_status 0
expect_stdout ""
expect_stderr "qpick: no question matches the filters"

TEST "unknown filter values are usage errors with suggestions"
run qpick -s databse
expect_status 64
expect_stderr "qpick: error: unknown subtopic 'databse' (did you mean 'databases'?) (expected one of: coding, apis, databases, system-design, performance, security-testing, operations, behavioral, ask)"
run qpick --difficulty hardd
expect_status 64
expect_stderr "qpick: error: unknown difficulty 'hardd' (did you mean 'hard'?) (expected one of: easy, medium, hard)"
run qpick --tag pool
expect_status 64
expect_stderr "qpick: error: no question has the tag 'pool' (did you mean 'pooling'?)"
run qpick --area opps
expect_status 64
expect_stderr "qpick: error: unknown area 'opps' (did you mean 'ops'?) (expected one of: coding, design, ops, behavioral, ask)"

TEST "weights split a sample by the largest remainder, ties to the first listed"
run qpick -n 10 --weights coding=40,design=35,ops=25 --seed 5 --format tsv --bank "$SOURCE/share/banks"
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f3 | uniq -c | awk '{print $2"="$1}' | tr '\n' ' ')" "coding=4 design=4 ops=2 " "4/4/2"
run qpick -n 10 --weights coding=40,ops=25,design=35 --seed 5 --format tsv --bank "$SOURCE/share/banks"
expect_equal "$(stdout | tail -n +2 | cut -f3 | uniq -c | awk '{print $2"="$1}' | tr '\n' ' ')" "coding=4 ops=3 design=3 " "4/3/3"

TEST "weights by subtopic, and a key short of questions passes its share on"
run qpick -n 6 --weights ask=50,coding=50 --seed 2 --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | cut -f2 | uniq -c | awk '{print $2"="$1}' | tr '\n' ' ')" "ask=2 coding=4 " "ask has only 2"

TEST "bad weights are usage errors"
run qpick --weights coding=40,design
expect_status 64
expect_stderr "qpick: error: --weights: expected KEY=WEIGHT, found 'design'"
run qpick --weights design=1,apis=1
expect_status 64
expect_stderr "qpick: error: --weights: give either areas or subtopics, not a mix"

TEST "bad numbers are usage errors"
run qpick -n 0
expect_status 64
expect_stderr "qpick: error: -n: expected a number of questions of 1 or more, found 0"
run qpick -n many
expect_status 64
expect_stderr "qpick: error: --count: expected a whole number, found 'many' (see qpick --help)"
run qpick --seed -4
expect_status 64
expect_stderr "qpick: error: --seed: expected a whole number from 0 to 18446744073709551615, found '-4'"

TEST "json is one document that jq reads"
run qpick -n 5 --seed 3 --format json
expect_status 0
expect_equal "$(stdout | jq -r 'length')" "5" "five objects"
expect_equal "$(stdout | jq -r '.[0] | keys_unsorted | join(",")')" "id,subtopic,area,difficulty,kind,minutes,tags,prompt" "fields"

TEST "md is a table"
run qpick -n 2 --seed 3 --format md
expect_equal "$(stdout | head -2)" "| id | subtopic | area | difficulty | kind | minutes | tags | prompt |
|---|---|---|---|---|---:|---|---|" "md header"

TEST "an unknown format is a usage error"
run qpick --format yaml
expect_status 64
expect_stderr "qpick: error: unknown format 'yaml' (expected one of: text, json, tsv, md)"
