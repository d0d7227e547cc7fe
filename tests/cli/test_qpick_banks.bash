# Bank loading: sources, lint, and every bad bank in tests/data/bad refused with its place.

TEST "the bundled banks are found with no environment at all"
run env -u PREPKIT_BANKS qpick list subtopics --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | wc -l)" "9" "nine subtopics"

TEST "--bank replaces the bundled banks, and takes files and folders"
run qpick --bank "$DATA/banks/ask.yaml" list ids --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f1 | tr '\n' ' ')" "fx-six-months fx-on-call " "only the ask fixture"
run qpick --bank "$DATA/banks/ask.yaml" --bank "$DATA/banks/behavioral.yaml" list ids --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "4" "two files"

TEST "PREPKIT_BANKS is a colon-separated list; --bank beats it"
PREPKIT_BANKS="$DATA/banks/ask.yaml:$DATA/banks/coding.yaml" run qpick list ids --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "6" "two files from the environment"
PREPKIT_BANKS="$DATA/banks/ask.yaml" run qpick --bank "$DATA/banks/coding.yaml" list ids --format tsv
expect_equal "$(stdout | tail -n +2 | wc -l)" "4" "the flag wins"

TEST "a bank on standard input"
run qpick --bank - list ids --format tsv <"$DATA/banks/ask.yaml"
expect_status 0
expect_equal "$(stdout | tail -n +2 | wc -l)" "2" "read from stdin"
run qpick --bank - list ids <<<'subtopic: ask'
expect_status 65
expect_stderr "qpick: error: <stdin>:1:1: missing field 'title' in the bank"

TEST "a missing bank is exit 66"
run qpick --bank nowhere.yaml
expect_status 66
expect_stderr "qpick: error: cannot open nowhere.yaml: No such file or directory"
mkdir empty
run qpick --bank empty
expect_status 66
expect_stderr "qpick: error: empty: no bank files (*.yaml) in this folder"

# Each bad bank, the one line it must produce, exit 65 on use and exit 1 from lint.
bad_bank() {
  local file=$1 message=$2
  run qpick --bank "$DATA/bad/$file" -n 1
  expect_status 65
  expect_stderr "qpick: error: $DATA/bad/$message"
  run qpick lint "$DATA/bad/$file"
  expect_status 1
  expect_stdout "$DATA/bad/$message"
}

TEST "every bad bank is refused with its file, line and column"
bad_bank alias-bomb.yaml "alias-bomb.yaml:1:4: anchors (&name) are not allowed"
bad_bank anchor.yaml "anchor.yaml:10:11: anchors (&name) are not allowed"
bad_bank area-mismatch.yaml "area-mismatch.yaml:3:7: area 'ops' does not match subtopic 'databases' (its area is 'design')"
bad_bank bad-id.yaml "bad-id.yaml:5:9: invalid id 'DB Acid' (expected lower-case letters, digits and hyphens, starting with a letter, at most 64 characters)"
bad_bank bad-minutes.yaml "bad-minutes.yaml:9:14: 'minutes' must be a whole number from 1 to 180, found 'ten'"
bad_bank bad-tag.yaml "bad-tag.yaml:10:12: invalid tag 'Hash Maps' (expected lower-case letters, digits and hyphens, at most 32 characters)"
bad_bank deep.yaml "deep.yaml:4:19: nesting too deep (the limit is 8 levels)"
bad_bank duplicate-id.yaml "duplicate-id.yaml:23:5: duplicate id 'x-same' (first defined at line 5)"
bad_bank duplicate-key.yaml "duplicate-key.yaml:7:5: duplicate key 'prompt' (first at line 6)"
bad_bank duplicate-top-key.yaml "duplicate-top-key.yaml:14:1: duplicate key 'subtopic' (first at line 1)"
bad_bank empty-prompt.yaml "empty-prompt.yaml:6:13: 'prompt' must be text, found an empty string"
bad_bank empty.yaml "empty.yaml:1:1: the file holds no YAML document"
bad_bank invalid-utf8.yaml "invalid-utf8.yaml:6:36: invalid UTF-8"
bad_bank missing-field.yaml "missing-field.yaml:5:5: missing field 'expect' in question 'x-one'"
bad_bank not-a-mapping.yaml "not-a-mapping.yaml:1:1: expected a mapping with subtopic, title, area and questions, found a list"
bad_bank nul-byte.yaml "nul-byte.yaml:6:36: NUL byte in text"
bad_bank syntax.yaml "syntax.yaml:6:1: end of map flow not found"
bad_bank tab-indent.yaml "tab-indent.yaml:5:5: illegal map value"
bad_bank two-documents.yaml "two-documents.yaml:14:1: only one YAML document is allowed per file"
bad_bank unknown-difficulty.yaml "unknown-difficulty.yaml:7:17: unknown difficulty 'tricky' (expected one of: easy, medium, hard)"
bad_bank unknown-field.yaml "unknown-field.yaml:9:5: unknown field 'author' in a question"
bad_bank unknown-kind.yaml "unknown-kind.yaml:8:11: unknown kind 'trivia' (expected one of: concept, coding, design, debugging, estimation, behavioral, ask)"
bad_bank unknown-subtopic.yaml "unknown-subtopic.yaml:1:11: unknown subtopic 'databse' (did you mean 'databases'?) (expected one of: coding, apis, databases, system-design, performance, security-testing, operations, behavioral, ask)"
bad_bank unterminated.yaml "unterminated.yaml:6:13: unterminated quoted string"
bad_bank wrong-type.yaml "wrong-type.yaml:10:11: 'tags' must be a list, found a single value"
bad_bank duplicate-id-across "duplicate-id-across/b.yaml:14:5: duplicate id 'x-shared' (first defined at $DATA/bad/duplicate-id-across/a.yaml:5)"

TEST "every file in tests/data/bad is covered above"
covered=$(grep -c '^bad_bank ' "$SUITE")
present=$(ls "$DATA/bad" | wc -l)
expect_equal "$covered" "$present" "bad banks tested vs present"

TEST "lint lists every problem in every file, then exits 1"
run qpick lint "$DATA/bad/unknown-kind.yaml" "$DATA/bad/bad-minutes.yaml" "$DATA/banks"
expect_status 1
expect_equal "$(stdout | wc -l)" "2" "two problems"
expect_stderr "qpick: 2 problems found"
run qpick lint "$DATA/bad/unknown-kind.yaml" --format tsv
expect_equal "$(stdout)" $'file\tline\tcolumn\tmessage\n'"$DATA/bad/unknown-kind.yaml"$'\t8\t11\tunknown kind \'trivia\' (expected one of: concept, coding, design, debugging, estimation, behavioral, ask)' "tsv"

TEST "lint of good banks is quiet on stdout and exits 0"
run qpick lint "$DATA/banks"
expect_status 0
expect_stdout ""
expect_stderr "qpick: 14 questions in 5 files: no problems"

TEST "a bank over the size limit is refused without reading it"
truncate -s 17M big.yaml
run qpick --bank big.yaml
expect_status 65
expect_stderr "qpick: error: big.yaml:1:1: file too large (the limit is 16 MiB)"

TEST "a bank over the question limit is refused"
{
  printf 'subtopic: coding\ntitle: T\narea: coding\nquestions:\n'
  seq 20001 | awk '{printf "  - {id: q%d, prompt: p, difficulty: easy, kind: concept, minutes: 1, tags: [t], expect: [e]}\n", $1}'
} >many.yaml
run qpick --bank many.yaml
expect_status 65
expect_stderr "qpick: error: many.yaml:5:3: too many questions: 20001 (the limit is 20000 per file)"

TEST "lint checks the quality rules too, each with its place"
run qpick lint "$DATA/lint"
expect_status 1
expect_stdout "$DATA/lint/quality.yaml:6:5: question 'perf-no-follow-up': a performance question needs at least one follow-up
$DATA/lint/quality.yaml:13:5: question 'perf-bare-coding': a coding prompt must state its input, output and constraints (with numbers) and give an example
$DATA/lint/quality.yaml:13:5: question 'perf-bare-coding': a coding problem needs io, at least 6 cases and a stress input, or judge: \"none: REASON\"; missing: io, cases (it has 0), a stress input
$DATA/lint/quality.yaml:21:5: question 'perf-thin-answer': has 6 tags (expected 1 to 5)
$DATA/lint/quality.yaml:21:5: question 'perf-thin-answer': has 1 'expect' point (expected 2 to 6)
$DATA/lint/quality.yaml:29:5: question 'perf-averages-again': prompt and points 84% alike with 'perf-no-follow-up' (line 6)"
expect_stderr "qpick: 6 problems found"

TEST "a bank that breaks only quality rules still serves questions"
run qpick --bank "$DATA/lint" -n 1 --seed 1
expect_status 0

TEST "replaced_by: a removed id that is still a question, or is redirected twice, is refused; lint finds one leading nowhere"
question() { printf '  - id: %s\n    prompt: What does %s promise?\n    difficulty: easy\n    kind: concept\n    minutes: 5\n    tags: [transactions]\n    expect: [atomicity, isolation]\n' "$1" "$1"; }
{ printf 'subtopic: databases\ntitle: Databases\narea: design\nreplaced_by:\n  db-two: db-one\n  db-old: db-one\nquestions:\n'; question db-one; question db-two; } >a.yaml
{ printf 'subtopic: apis\ntitle: APIs\narea: design\nreplaced_by:\n  db-old: db-two\n  api-gone: api-nowhere\nquestions:\n'; question api-one; } >b.yaml
run qpick --bank a.yaml --bank b.yaml show db-old
expect_status 65
expect_stderr "qpick: error: a.yaml:5:3: 'db-two' is replaced by 'db-one' but is still a question (line 15)"
run qpick lint a.yaml b.yaml
expect_status 1
expect_stdout "a.yaml:5:3: 'db-two' is replaced by 'db-one' but is still a question (line 15)
b.yaml:5:3: 'db-old' is already replaced by 'db-one' (a.yaml:6)
b.yaml:6:3: replaced_by: 'api-gone' leads to 'api-nowhere', which is not a question of these banks (or leads back to it)"
sed -i '/^  db-two: db-one$/d' a.yaml
{ printf 'subtopic: apis\ntitle: APIs\narea: design\nquestions:\n'; question api-one; } >b.yaml
run qpick --bank a.yaml --bank b.yaml show db-old
expect_status 0
expect_stdout_contains "db-one  databases"

TEST "lint counts one question as one"
{ printf 'subtopic: databases\ntitle: Databases\narea: design\nquestions:\n'; question db-one; } >one.yaml
run qpick lint one.yaml
expect_status 0
expect_stderr "qpick: 1 question in 1 file: no problems"
