# star check end to end: words and spoken time per part, findings, formats and exit codes.

fixtures() {
  STORIES="$XDG_DATA_HOME/prepkit/stories"
  mkdir -p "$STORIES"
  cp "$DATA"/stories/*.md "$STORIES"/
}

TEST "init then check: the three scaffolds are empty, exit 1"
star init --date 2026-11-28 >/dev/null
S="$XDG_DATA_HOME/prepkit/stories"
run star check
expect_status 1
expect_stdout "performance-improvement-story  Performance improvement story
  Situation  0  words  0:00
  Task       0  words  0:00
  Action     0  words  0:00
  Result     0  words  0:00
  total      0  words  0:00    target 3:00 at 150 words a minute
  $S/performance-improvement-story.md:12:1: Situation is empty
  $S/performance-improvement-story.md:16:1: Task is empty
  $S/performance-improvement-story.md:20:1: Action is empty
  $S/performance-improvement-story.md:24:1: Result is empty

reliability-story  Reliability story
  Situation  0  words  0:00
  Task       0  words  0:00
  Action     0  words  0:00
  Result     0  words  0:00
  total      0  words  0:00    target 3:00 at 150 words a minute
  $S/reliability-story.md:12:1: Situation is empty
  $S/reliability-story.md:16:1: Task is empty
  $S/reliability-story.md:20:1: Action is empty
  $S/reliability-story.md:24:1: Result is empty

team-conflict-story  Team conflict story
  Situation  0  words  0:00
  Task       0  words  0:00
  Action     0  words  0:00
  Result     0  words  0:00
  total      0  words  0:00    target 3:00 at 150 words a minute
  $S/team-conflict-story.md:12:1: Situation is empty
  $S/team-conflict-story.md:16:1: Task is empty
  $S/team-conflict-story.md:20:1: Action is empty
  $S/team-conflict-story.md:24:1: Result is empty"
expect_stderr "star: 3 stories, 12 findings"

TEST "after filling one in an editor, check predicts its time and finds nothing"
star init --date 2026-11-28 >/dev/null
cat >editor <<'EOF'
#!/bin/sh
# Replaces each part's prompt with a few sentences, the way a person fills in a note.
awk '
  /^## Situation/ { print; print "Our checkout p95 was 1.8 s during the sale, and conversion fell by 4 percent."; next }
  /^## Task/ { print; print "I owned checkout and had six weeks to bring p95 under 900 ms."; next }
  /^## Action/ { print; print "I traced the slow endpoints, found a pricing call made once per item, batched it, and I rolled the change out behind a flag to 5 percent of traffic before everyone, checking the dashboards at each step."; next }
  /^## Result/ { print; print "p95 fell to 780 ms and conversion recovered."; next }
  /^<!-- / { next }
  { print }
' "$1" >"$1.new" && mv "$1.new" "$1"
EOF
chmod +x editor
EDITOR="$WORK/editor" run star edit performance
expect_status 0
expect_stderr "star: performance-improvement-story: 73 words, about 0:29 to say (target 3:00)"
run star check perf
expect_status 0
expect_stdout "performance-improvement-story  Performance improvement story
  Situation  15  words  0:06  21%
  Task       13  words  0:05  18%
  Action     37  words  0:15  51%
  Result      8  words  0:03  11%
  total      73  words  0:29       target 3:00 at 150 words a minute
  no findings"
expect_stderr "star: 1 story, no findings"

TEST "each kind of finding, with its place"
fixtures
run star check
expect_status 1
expect_equal "$(stdout | grep "$STORIES/")" "  $STORIES/payments-outage.md:19:1: Action says \"we\" 5 times and \"I\" not at all: tell what you did yourself
  $STORIES/payments-outage.md:25:1: Result has no number: say what changed in a way one can measure (\"p95 fell from 900 ms to 300 ms\")
  $STORIES/schema-disagreement.md:3:1: Situation and Task are 74% of the story: keep the setup to about a third
  $STORIES/schema-disagreement.md:12:1: Action (11 words) should be the largest part, but Situation has 52" "findings"
expect_stderr "star: 3 stories, 4 findings"
run star check --format tsv
expect_stdout "story	file	line	column	finding	message
payments-outage	$STORIES/payments-outage.md	19	1	we-not-i	Action says \"we\" 5 times and \"I\" not at all: tell what you did yourself
payments-outage	$STORIES/payments-outage.md	25	1	no-number	Result has no number: say what changed in a way one can measure (\"p95 fell from 900 ms to 300 ms\")
schema-disagreement	$STORIES/schema-disagreement.md	3	1	long-setup	Situation and Task are 74% of the story: keep the setup to about a third
schema-disagreement	$STORIES/schema-disagreement.md	12	1	short-action	Action (11 words) should be the largest part, but Situation has 52"
run star check --format json
expect_equal "$(stdout | jq -c '.[0] | {story, words, spoken_seconds, target_seconds, rate, parts: [.parts[].words], findings}')" \
  '{"story":"cut-checkout-p95","words":211,"spoken_seconds":84,"target_seconds":150,"rate":150,"parts":[37,23,114,37],"findings":[]}' "json"
run star check cut-checkout-p95
expect_status 0

TEST "over the target, and the speaking rate"
fixtures
run star check cut --rate 60
expect_status 1
expect_equal "$(stdout | tail -2)" "  total      211  words  3:31       target 2:30 at 60 words a minute
  $STORIES/cut-checkout-p95.md:4:1: about 3:31 to say, 1:01 over the 2:30 target: cut about 61 words" "over target at 60 words a minute"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
printf 'speaking_rate: 60\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
run star check cut
expect_status 1
run star check cut --rate 150
expect_status 0

TEST "missing parts, a part at the wrong level, a repeated heading"
mkdir -p notes
printf '## Situation\nA queue filled up.\n### Action\nI drained it.\n## Situation\nAgain.\n' >notes/odd.md
run star check notes/odd.md --format tsv
expect_status 1
expect_stdout "story	file	line	column	finding	message
odd	notes/odd.md			missing-section	no Task section (expected a heading '## Task')
odd	notes/odd.md			missing-section	no Result section (expected a heading '## Result')
odd	notes/odd.md	3	1	missing-section	no Action section: this heading is level 3, a section needs level 2 ('## Action')
odd	notes/odd.md	5	1	repeated-section	a second Situation heading: its text is counted with the first, at line 1"

TEST "a CRLF note reads like its LF twin"
fixtures
sed 's/$/\r/' "$STORIES/payments-outage.md" >"$STORIES/payments-crlf.md"
run star check --format json
expect_equal "$(stdout | jq -c '[.[] | select(.story | startswith("payments")) | [.words, (.findings | map(.code + ":" + (.line | tostring)))]] | unique | length')" "1" "same words and findings"

TEST "a note that does not read is a finding; an unknown story is exit 66"
fixtures
printf -- '---\ntitle: [unclosed\n---\n' >"$STORIES/broken.md"
run star check broken
expect_status 1
expect_stdout "broken
  $STORIES/broken.md:3:1: end of sequence flow not found"
run star check broken --format tsv
expect_equal "$(stdout | tail -1 | cut -f5)" "unreadable" "the finding's code"
run star check nonesuch
expect_status 66
expect_stderr "star: error: no story 'nonesuch' in $STORIES"

TEST "no stories at all: nothing to check"
run star check
expect_status 0
expect_stdout ""
expect_stderr "star: no stories in $XDG_DATA_HOME/prepkit/stories yet: star init scaffolds the three recommended ones"
run star check --format json
expect_stdout "[]"

TEST "colour only on request or on a terminal"
fixtures
run star check payments
case "$(stdout)" in *$'\033'*) fail "colour in a pipe" ;; esac
run star check payments --color always
case "$(stdout)" in *$'\033[33m'*) ;; *) fail "no colour with --color always" ;; esac
NO_COLOR=1 run star check payments --color auto
case "$(stdout)" in *$'\033'*) fail "colour with NO_COLOR" ;; esac
