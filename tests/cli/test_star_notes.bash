# star's notes end to end: new, init, list, show, edit, set, and how a STORY is found.

# Copies the fixture notes into this test's stories folder.
fixtures() {
  STORIES="$XDG_DATA_HOME/prepkit/stories"
  mkdir -p "$STORIES"
  cp "$DATA"/stories/*.md "$STORIES"/
}

TEST "--help, --version and a missing command"
run star --help
expect_status 0
expect_stdout_contains "Usage: star [OPTIONS] [SUBCOMMAND]"
expect_equal "$(stdout | sed -n '/^Examples:/,$p')" "Examples:
  star init                          scaffold the three stories a behavioural round asks for
  star new \"Cut checkout p95 in half\" --theme performance --edit
  star time cut-checkout             rehearse aloud against the clock, part by part

Manual: man star" "help ends with examples and the manual"
run star --version
expect_equal "$(stdout | sed -E 's/, [0-9a-f]{12}(-dirty)?$/, COMMIT/')" "star (prepkit) 0.1.0, COMMIT" "version and commit"
run star
expect_status 64
expect_stderr "star: error: A subcommand is required (see star --help)"
run star lst
expect_status 64
expect_stderr "star: error: unknown command 'lst' (did you mean 'list'?) (expected one of: new, init, list, show, edit, check, time, stats, set)"

TEST "init scaffolds the three recommended stories, once"
run star init --date 2026-11-28
expect_status 0
S="$XDG_DATA_HOME/prepkit/stories"
expect_stdout "$S/reliability-story.md
$S/team-conflict-story.md
$S/performance-improvement-story.md"
expect_stderr ""
expect_equal "$(head -7 "$S/team-conflict-story.md")" "---
title: Team conflict story
theme: conflict
target: 180
created: 2026-11-28
tags: []
---" "the scaffold's front matter"
grep -q '^<!-- The disagreement: who was involved' "$S/team-conflict-story.md" || fail "no conflict prompt"
expect_equal "$(grep -c '^## ' "$S/reliability-story.md")" "4" "four sections"
run star init
expect_status 0
expect_stdout ""
expect_stderr "star: there is a story for each recommended theme already (reliability, conflict, performance)"

TEST "init leaves out a theme that already has a story, and never overwrites"
run star new "Cut checkout p95 in half" --theme performance
expect_status 0
run star init
expect_stdout "$XDG_DATA_HOME/prepkit/stories/reliability-story.md
$XDG_DATA_HOME/prepkit/stories/team-conflict-story.md"
printf 'mine\n' >"$XDG_DATA_HOME/prepkit/stories/reliability-story.md"
run star init
expect_stderr "star: $XDG_DATA_HOME/prepkit/stories/reliability-story.md exists but its theme is not reliability: left as it is"
expect_equal "$(cat "$XDG_DATA_HOME/prepkit/stories/reliability-story.md")" "mine" "the user's file is untouched"

TEST "new names the file after the title and refuses to overwrite it"
run star new "Cut checkout p95: in half!" --theme performance --target 2:30 --date 2026-11-28
expect_status 0
F="$XDG_DATA_HOME/prepkit/stories/cut-checkout-p95-in-half.md"
expect_stdout "$F"
expect_equal "$(sed -n 2,4p "$F")" 'title: "Cut checkout p95: in half!"
theme: performance
target: 150' "title, theme and target"
printf 'my own words\n' >>"$F"
run star new "Cut Checkout p95 in half"
expect_status 73
expect_stderr "star: error: $F already exists (a story is never overwritten)"
expect_equal "$(tail -1 "$F")" "my own words" "the note is untouched"
expect_equal "$(ls -A "$XDG_DATA_HOME/prepkit/stories")" "cut-checkout-p95-in-half.md" "no temporary file left"

TEST "new refuses bad titles, themes and targets"
run star new "?!"
expect_status 64
expect_stderr "star: error: the title '?!' has no letter or digit to name the file after"
run star new "  "
expect_status 64
expect_stderr "star: error: the title is empty"
run star new "x" --theme "Big Theme"
expect_status 64
expect_stderr "star: error: --theme: expected one word in lower case, such as reliability, conflict or performance; found 'Big Theme'"
run star new "x" --target 5
expect_status 64
expect_stderr "star: error: --target: expected seconds (such as 150) or minutes and seconds (such as 2:30), from 0:10 to 60:00; found '5'"
run star new "x" --theme perfomance
expect_status 0
expect_stderr "star: theme 'perfomance' is not a recommended theme (did you mean 'performance'?)"
run star new "y" --theme leadership
expect_status 0
expect_stderr ""

TEST "the stories folder: --dir, then PREPKIT_STORIES, then the config, then XDG"
run star new "One" --dir "$WORK/flag"
expect_stdout "$WORK/flag/one.md"
PREPKIT_STORIES="$WORK/env" run star new "Two"
expect_stdout "$WORK/env/two.md"
PREPKIT_STORIES="$WORK/env" run star new "Three" --dir "$WORK/flag"
expect_stdout "$WORK/flag/three.md"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
printf 'stories: ~/notes\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
run star new "Four"
expect_stdout "$HOME/notes/four.md"
printf 'stories: notes\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
run star list
expect_status 65
expect_stderr "star: error: $XDG_CONFIG_HOME/prepkit/config.yaml:1:10: 'stories' must be a folder given as an absolute path or one starting with ~/"

TEST "new --edit runs the editor as git does, with the file as an argument"
cat >editor <<'EOF'
#!/bin/sh
printf '%s\n' "$@" >"$(dirname "$0")/editor.args"
printf '\nI did it.\n' >>"$2"
EOF
chmod +x editor
EDITOR="$WORK/editor --flag" run star new "It's \$HOME; rm -rf x" --edit
expect_status 0
F="$XDG_DATA_HOME/prepkit/stories/its-home-rm-rf-x.md"
expect_stdout "$F"
expect_equal "$(cat editor.args)" "--flag
$F" "the editor's own flag, then the file, unsplit and unexpanded"
expect_stderr "star: its-home-rm-rf-x: 3 words, about 0:01 to say (target 3:00); star check its-home-rm-rf-x lists 4 findings"
VISUAL="$WORK/editor -v" EDITOR=false run star edit its-home
expect_status 0
expect_equal "$(head -1 editor.args)" "-v" "VISUAL wins over EDITOR"
EDITOR=false run star edit its-home
expect_status 74
expect_stderr "star: error: the editor 'false' failed (exit status 1)"
EDITOR=no-such-editor-here run star edit its-home
expect_status 74
expect_stderr_contains "star: error: cannot run the editor 'no-such-editor-here'"

TEST "list shows words, spoken time, rehearsals and the target"
fixtures
run star list
expect_status 0
expect_stdout "story                theme        words  spoken  target  rehearsed  best  last  vs target   title
cut-checkout-p95     performance    211    1:24    2:30          0     -     -  1:06 under  Cut checkout p95 in half
payments-outage      reliability     96    0:38    3:00          0     -     -  2:22 under  The payments outage
schema-disagreement  -               84    0:34    3:00          0     -     -  2:26 under  Schema disagreement"
expect_stderr ""
[ -e "$XDG_STATE_HOME/prepkit/prepkit.db" ] && fail "list created the state database"
run star list --format tsv
expect_stdout "story	title	theme	words	spoken	target	rehearsals	best	last	vs_target
cut-checkout-p95	Cut checkout p95 in half	performance	211	84	150	0			-66
payments-outage	The payments outage	reliability	96	38	180	0			-142
schema-disagreement	Schema disagreement		84	34	180	0			-146"
run star list --format json
expect_equal "$(stdout | jq -c '.[1]')" '{"story":"payments-outage","file":"'"$STORIES"'/payments-outage.md","title":"The payments outage","theme":"reliability","tags":["incident","on-call"],"words":96,"spoken_seconds":38,"target_seconds":180,"rehearsals":0,"best_seconds":null,"last_seconds":null,"margin_seconds":-142,"margin_of":"spoken"}' "json row"
run star list --format md
expect_equal "$(stdout | head -3)" "| story | title | theme | words | spoken | target | rehearsals | best | last | vs_target |
|---|---|---|---:|---:|---:|---:|---:|---:|---|
| cut-checkout-p95 | Cut checkout p95 in half | performance | 211 | 84 | 150 | 0 |  |  | -66 |" "markdown table"
run star list --rate 100
expect_equal "$(stdout | sed -n 2p)" "cut-checkout-p95     performance    211    2:07    2:30          0     -     -  0:23 under  Cut checkout p95 in half" "--rate changes the prediction"
run star list --rate 20
expect_status 64
expect_stderr "star: error: --rate: expected words a minute from 60 to 300, found 20"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
printf 'speaking_rate: 100\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
run star list --format tsv
expect_equal "$(stdout | sed -n 2p | cut -f5)" "127" "speaking_rate from the config"

TEST "list with no stories, and with a note that does not read"
run star list
expect_status 0
expect_stdout ""
expect_stderr "star: no stories in $XDG_DATA_HOME/prepkit/stories yet: star init scaffolds the three recommended ones"
run star list --format json
expect_stdout "[]"
fixtures
printf -- '---\ntarget: soon\n---\n' >"$STORIES/broken.md"
run star list --format tsv
expect_status 65
expect_equal "$(stdout | cut -f1 | tr '\n' ' ')" "story cut-checkout-p95 payments-outage schema-disagreement " "the others are listed"
expect_stderr "star: error: $STORIES/broken.md:2:9: 'target' must be seconds (such as 180) or minutes and seconds (such as 3:00), from 0:10 to 60:00"

TEST "a story with no spoken words has no timing to compare with its target"
run star new "Empty one"
expect_status 0
run star list
expect_status 0
expect_stdout "story      theme  words  spoken  target  rehearsed  best  last  vs target  title
empty-one  -          0    0:00    3:00          0     -     -  -          Empty one"
run star list --format tsv
expect_status 0
expect_equal "$(stdout | sed -n 2p | cut -f10)" "" "no margin in TSV"
run star list --format json
expect_status 0
expect_equal "$(stdout | jq -c '.[0] | [.margin_seconds, .margin_of]')" "[null,null]" "no margin in JSON"

TEST "a STORY is a slug, a unique prefix of one, or a path"
fixtures
run star show payments-outage --format tsv
expect_status 0
expect_equal "$(stdout | head -2)" "part	words	seconds	text
situation	20	8	During a Friday deploy the payments queue stopped draining and card payments started timing out for every customer in Europe." "show by slug"
run star show pay --format json
expect_equal "$(stdout | jq -r '.story, .title, .words, (.parts | map(.words) | join(","))')" "payments-outage
The payments outage
96
20,14,48,14" "show by prefix"
run star show "$DATA/stories/schema-disagreement.md" --format json
expect_equal "$(stdout | jq -r .story)" "schema-disagreement" "show by path"
run star show cut-chekout
expect_status 66
expect_stderr "star: error: no story 'cut-chekout' in $STORIES (did you mean 'cut-checkout-p95'?)"
cp "$STORIES/payments-outage.md" "$STORIES/payments-retry.md"
run star show pay
expect_status 64
expect_stderr "star: error: 'pay' could be any of 2 stories: payments-outage, payments-retry (give more of the name)"
run star show nothing/here.md
expect_status 66
expect_stderr "star: error: cannot open nothing/here.md: No such file or directory"

TEST "show prints a note for reading, and the file itself as md"
fixtures
run star show cut-checkout-p95
expect_status 0
expect_equal "$(stdout | head -9)" "Cut checkout p95 in half
performance · 211 words, about 1:24 at 150 words a minute · target 2:30 · tags: latency
$STORIES/cut-checkout-p95.md

Situation  37 words, 0:15
  Our checkout API served about 2 million requests a day, and its p95 latency
  had crept up to 1.8 seconds during the autumn sale. Conversion dropped by 4
  percent in the slowest hour, and the business noticed." "the text view"
run star show cut-checkout-p95 --format md
expect_equal "$(stdout)" "$(cat "$STORIES/cut-checkout-p95.md")" "md is the file as it is"
run star show cut-checkout-p95 --format yaml
expect_status 64
expect_stderr "star: error: unknown format 'yaml' (expected one of: text, json, tsv, md)"

TEST "set changes front matter values and keeps every other byte"
fixtures
F="$STORIES/payments-outage.md"
cp "$F" before.md
run star set payments --target 2:30 --tags incident,queues --title "The poison message"
expect_status 0
expect_stdout ""
expect_stderr "star: updated title, target, tags in $F"
expect_equal "$(diff before.md "$F")" "2c2
< title: The payments outage
---
> title: The poison message
5c5,6
< tags: [incident, on-call]
---
> tags: [incident, queues]
> target: 150" "only the changed lines differ"
run star set payments --theme ""
expect_equal "$(sed -n 3p "$F")" "theme:" "an empty theme"
run star set payments
expect_status 64
expect_stderr "star: error: set: nothing to change (give --title, --theme, --target or --tags)"
run star set payments --target never
expect_status 64

TEST "set on a CRLF note without front matter adds one and keeps the rest byte for byte"
fixtures
F="$STORIES/schema-disagreement.md"
sed 's/$/\r/' "$DATA/stories/schema-disagreement.md" >"$F"
cp "$F" before.md
run star set schema --theme conflict
expect_status 0
expect_equal "$(head -c 29 "$F" | od -An -c | tr -s ' ')" "$(printf -- '---\r\ntheme: conflict\r\n---\r\n\r\n' | od -An -c | tr -s ' ')" "a CRLF front matter on top, then a blank line"
expect_equal "$(tail -c +30 "$F" | cmp - before.md && echo same)" "same" "the user's text, byte for byte"
run star show schema --format json
expect_equal "$(stdout | jq -r '.theme, .title, .words')" "conflict
Schema disagreement
84" "reads back"

TEST "set never removes the user's own files beside a note, whatever their names and age"
fixtures
F="$STORIES/payments-outage.md"
cp "$F" "$STORIES/.payments-outage.md.backup"
cp "$F" "$STORIES/.payments-outage.md.Ab3xYz"
touch -d '2 minutes ago' "$STORIES/.payments-outage.md.backup" "$STORIES/.payments-outage.md.Ab3xYz"
run star set payments --target 2:00
expect_status 0
expect_equal "$(ls -A "$STORIES" | grep '^\.' | sort | tr '\n' ' ')" ".payments-outage.md.Ab3xYz .payments-outage.md.backup " "hidden files kept"
expect_equal "$(cmp "$STORIES/.payments-outage.md.backup" "$DATA/stories/payments-outage.md" && echo same)" "same" "the backup, untouched"

TEST "set refuses a note that is a symbolic link, inside or outside the folder, and changes neither end"
fixtures
F="$STORIES/payments-outage.md"
mkdir -p repo
cp "$F" repo/kept-in-git.md
ln -s payments-outage.md "$STORIES/alias.md"
ln -s "$PWD/repo/kept-in-git.md" "$STORIES/from-repo.md"
cp "$F" before.md
run star set alias --target 2:00
expect_status 64
expect_stderr "star: error: $STORIES/alias.md is a symbolic link to payments-outage.md; star set rewrites only real notes: give the path of the note it points to"
run star set from-repo --target 2:00
expect_status 64
expect_stderr "star: error: $STORIES/from-repo.md is a symbolic link to $PWD/repo/kept-in-git.md; star set rewrites only real notes: give the path of the note it points to"
expect_equal "$(find "$STORIES" -type l | sort | tr '\n' ' ')" "$STORIES/alias.md $STORIES/from-repo.md " "both links kept"
expect_equal "$(cmp "$F" before.md && cmp repo/kept-in-git.md before.md && echo same)" "same" "both notes untouched"
run star set repo/kept-in-git.md --target 2:00
expect_status 0
expect_equal "$(grep '^target:' repo/kept-in-git.md)" "target: 120" "the real path is updated"
expect_equal "$(find repo -type f | tr '\n' ' ')" "repo/kept-in-git.md " "in its own folder, no temporary left"

TEST "limits: a note over 1 MiB and a title over 200 bytes are refused with one line"
mkdir -p notes
head -c 1100000 /dev/zero | tr '\0' 'a' >notes/big.md
run star show notes/big.md
expect_status 65
expect_stderr "star: error: notes/big.md:1:1: file too large (the limit is 1 MiB)"
run star check notes/big.md --format tsv
expect_status 1
expect_equal "$(stdout | tail -1 | cut -f5,6)" "unreadable	file too large (the limit is 1 MiB)" "a finding in check"
run star new "$(printf 'a%.0s' $(seq 201))"
expect_status 64
expect_stderr "star: error: the title is longer than 200 bytes"

TEST "a closed pipe ends quietly; a full disk is one line and exit 74"
fixtures
star list 2>err | head -1 >out
expect_equal "$(cat out | cut -c1-5)" "story" "first line"
expect_equal "$(cat err)" "" "nothing on stderr"
run sh -c 'star check >/dev/full'
expect_status 74
expect_equal "$(stderr | head -1)" "star: error: cannot write to standard output: No space left on device" "full disk"
