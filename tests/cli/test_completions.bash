# Shell completions: every script parses, and bash offers what a user expects for partial lines.

TEST "every completion script parses"
for file in "$BUILD"/share/completions/bash/*; do
  bash -n "$file" || fail "bash -n $file"
done
if command -v zsh >/dev/null; then
  for file in "$BUILD"/share/completions/zsh/_*; do
    zsh -n "$file" || fail "zsh -n $file"
  done
fi
if command -v fish >/dev/null; then
  for file in "$BUILD"/share/completions/fish/*.fish; do
    fish -n "$file" || fail "fish -n $file"
  done
fi
expect_equal "$(ls "$BUILD"/share/completions/bash | tr '\n' ' ')" "estimate plan qpick star " "a bash script per program"

# What bash offers for the command line given as words, the last being the partial one.
offers() {
  local program=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  "_$program"
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}

TEST "bash completes qpick commands, option values and question ids"
export PREPKIT_BANKS="$DATA/banks"
source "$BUILD/share/completions/bash/qpick"
expect_equal "$(offers qpick qpick s)" "show stats " "commands"
expect_equal "$(offers qpick qpick --difficulty h)" "hard " "difficulty"
expect_equal "$(offers qpick qpick -s data)" "databases " "subtopic"
expect_equal "$(offers qpick qpick --format t)" "text tsv " "format"
expect_equal "$(offers qpick qpick --format i)" "ids " "ids for a pipeline"
expect_equal "$(offers qpick qpick show fx-t)" "fx-two-sum " "question ids from the banks in use"
expect_equal "$(offers qpick qpick grade fx-two-sum g)" "good " "grades"
expect_equal "$(offers qpick qpick --tag cach)" "caching " "tags from the banks"
expect_equal "$(offers qpick qpick --we)" "--weak --weights " "options"
expect_equal "$(offers qpick qpick test fx-)" "fx-lru-cache fx-merge-intervals fx-two-sum " "coding problems to test"
expect_equal "$(offers qpick qpick c)" "cases " "the cases command"

TEST "bash completes plan, estimate and star"
source "$BUILD/share/completions/bash/plan"
source "$BUILD/share/completions/bash/estimate"
source "$BUILD/share/completions/bash/star"
expect_equal "$(offers plan plan log d)" "design-mock " "plan log kinds"
expect_equal "$(offers plan plan --template c)" "crash " "templates"
expect_equal "$(offers plan plan --format i)" "ics " "plan formats"
expect_equal "$(offers estimate estimate st)" "storage " "estimate commands"
expect_equal "$(offers estimate estimate storage --rep)" "--replicas " "model options"
star new "Cut checkout p95 in half" >/dev/null
star new "Pager storm at night" >/dev/null
expect_equal "$(offers star star time cu)" "cut-checkout-p95-in-half " "story slugs"
expect_equal "$(offers star star new --theme con)" "conflict " "themes"

TEST "every value bash offers is one the program takes"
export PREPKIT_BANKS="$DATA/banks"
for program in qpick plan estimate star; do source "$BUILD/share/completions/bash/$program"; done
# Runs COMMAND... with each value bash offers after WORDS... (the option, or the command and its
# words), the value in place of {}: accepts 'WORDS...' -- COMMAND...
accepts() {
  local words=() value offered
  while [ "$1" != -- ]; do words+=("$1"); shift; done
  shift
  offered=$(offers "${words[0]}" "${words[@]}" "")
  [ -n "$offered" ] || fail "bash offers nothing after ${words[*]}"
  for value in $offered; do
    run "${@//\{\}/$value}"
    [ "$status" -eq 0 ] || fail "${words[*]} offers '$value', which ${*//\{\}/$value} refuses: $(stderr)"
  done
}
accepts qpick -s -- qpick -n 1 -s {}
accepts qpick --area -- qpick -n 1 --area {}
accepts qpick --kind -- qpick -n 1 --kind {}
accepts qpick --difficulty -- qpick -n 1 --difficulty {}
accepts qpick --format -- qpick -n 1 --format {}
accepts qpick --color -- qpick -n 1 --color {}
accepts qpick list -- qpick list {}
accepts qpick grade fx-two-sum -- qpick grade fx-two-sum {}
accepts qpick --memory -- qpick test fx-merge-intervals --case 6 --memory {} -- echo 0
accepts qpick --covered -- qpick practice fx-on-call --minutes 2 --covered {}
accepts qpick --grade -- qpick practice fx-on-call --minutes 2 --covered all --grade {}
accepts plan --format -- plan --start 2026-12-07 --format {}
accepts plan --color -- plan --start 2026-12-07 --color {}
accepts plan --template -- plan --start 2026-12-07 --template {}
accepts plan --days -- plan --start 2026-12-07 --days {} --hours 4
plan init --start 2026-12-07 >/dev/null 2>&1 || fail "plan init"
accepts plan log -- plan log {} --date 2026-12-08
accepts estimate --format -- estimate latency ssd --format {}
accepts estimate --to -- estimate "2 * {}"
accepts star --format -- star list --format {}
accepts star --color -- star list --color {}
accepts star --theme -- star new "A story about {}" --theme {}

TEST "zsh and fish offer the values bash offers, for every option with a fixed list"
unset PREPKIT_BANKS  # the bundled banks, whose subtopics the zsh and fish scripts list
for program in qpick plan estimate star; do source "$BUILD/share/completions/bash/$program"; done
# What the zsh script lists for OPTION of PROGRAM ('--format[...]:format:(text json)'), sorted.
zsh_offers() {
  sed -n "s/.*$2[}']*\[[^]]*\]:[^:]*:(\([^)]*\)).*/\1/p" "$BUILD/share/completions/zsh/_$1" | tr -s ' ' '\n' | grep . | sort | tr '\n' ' '
}
# What fish offers after the words given.
fish_offers() {
  fish --no-config -c "source '$BUILD/share/completions/fish/$1.fish'; complete -C '$* '" | cut -f1 | sort | tr '\n' ' '
}
for option in qpick:--memory qpick:--covered qpick:--grade qpick:--subtopic qpick:--area qpick:--kind qpick:--difficulty qpick:--format qpick:--color \
  plan:--format plan:--color plan:--template plan:--days estimate:--format estimate:--to \
  star:--format star:--color star:--theme; do
  program=${option%%:*} flag=${option#*:}
  bash=$(offers "$program" "$program" "$flag" "")
  [ -n "$bash" ] || fail "bash offers nothing after $program $flag"
  expect_equal "$(zsh_offers "$program" "$flag")" "$bash" "zsh: $program $flag"
  expect_equal "$(fish_offers "$program" "$flag")" "$bash" "fish: $program $flag"
done
# The words after a command: zsh lists them with _values LABEL.
zsh_values() {
  sed -n "s/.*_values $2 \([^;]*\).*/\1/p" "$BUILD/share/completions/zsh/_$1" | tr -s ' ' '\n' | grep . | sort | tr '\n' ' '
}
expect_equal "$(zsh_values qpick what)" "$(offers qpick qpick list "")" "zsh: qpick list"
expect_equal "$(fish_offers qpick list)" "$(offers qpick qpick list "")" "fish: qpick list"
expect_equal "$(zsh_values qpick grade)" "$(offers qpick qpick grade fx-two-sum "")" "zsh: qpick grade ID"
expect_equal "$(zsh_values plan kind)" "$(offers plan plan log "")" "zsh: plan log"
expect_equal "$(fish_offers plan log)" "$(offers plan plan log "")" "fish: plan log"
