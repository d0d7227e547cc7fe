# qpick show and qpick list: one question whole, and the bank's subtopics, tags and ids.
export PREPKIT_BANKS="$DATA/banks"

TEST "show prints a question whole"
run qpick show fx-compound-index
expect_status 0
expect_stdout "fx-compound-index  databases · medium · concept · 10 min
tags: indexing

A query filters orders by customer_id and sorts by created_at. Which index would
you add, and in which column order?

What a strong answer covers:
  - (customer_id, created_at), equality column first
  - Confirm with EXPLAIN

Follow-ups:
  - What does the index cost on writes?

Check the numbers:
  estimate '50M * 40 B in GB'"

TEST "show takes the global options after the id"
run qpick show fx-compound-index --format json
expect_status 0
expect_equal "$(stdout | jq -r '.estimate')" "50M * 40 B in GB" "estimate in json"
expect_equal "$(stdout | jq -r '.follow_ups[0]')" "What does the index cost on writes?" "follow-up in json"

TEST "show of an unknown id is exit 65 with the closest ids"
run qpick show fx-two-sun
expect_status 65
expect_stderr "qpick: error: unknown question id 'fx-two-sun' (did you mean 'fx-two-sum'?)"
run qpick show zzzzzzzz
expect_status 65
expect_stderr "qpick: error: unknown question id 'zzzzzzzz'"

TEST "show without an id is a usage error"
run qpick show
expect_status 64
expect_stderr "qpick: error: id is required (see qpick --help)"

TEST "list subtopics shows all nine with counts"
run qpick list subtopics
expect_status 0
expect_stdout "coding            coding      4  Coding
apis              design      0  APIs and protocols
databases         design      3  Databases and storage
system-design     design      0  System design and scaling
performance       ops         3  Performance and reliability
security-testing  ops         0  Security and testing
operations        ops         0  Operations and observability
behavioral        behavioral  2  Behavioural (STAR)
ask               ask         2  Questions to ask the interviewer"

TEST "list in tsv has the name first"
run qpick list tags --format tsv
expect_equal "$(stdout | head -3)" $'tag\tquestions\ncaching\t2\nhash-maps\t2' "tags by count"
run qpick list ids --format tsv
expect_equal "$(stdout | head -2)" $'id\tsubtopic\tdifficulty\tkind\nfx-six-months\task\teasy\task' "ids in bank order"
expect_equal "$(stdout | tail -n +2 | wc -l)" "14" "every id"

TEST "list of something unknown is a usage error"
run qpick list tag
expect_status 64
expect_stderr "qpick: error: list: expected subtopics, tags or ids, found 'tag' (did you mean 'tags'?)"

TEST "an unknown command is a usage error with a suggestion"
run qpick shwo fx-two-sum
expect_status 64
expect_stderr "qpick: error: unknown command 'shwo' (did you mean 'show'?) (expected one of: show, list, lint, grade, stats, history, import, test, practice, answers, mock, cases)"
