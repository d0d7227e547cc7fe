# The man pages are lint-clean and document every option and command each program accepts.

TEST "mandoc and man find nothing to warn about"
run mandoc -Tlint -W warning "$SOURCE"/man/*.[1-9]
expect_status 0
expect_stdout ""
expect_stderr ""
for page in "$SOURCE"/man/*.[1-9]; do
  warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
  expect_equal "$warnings" "" "man --warnings $(basename "$page")"
done

TEST "every page reads as meant once rendered: no quote inside a quote, no words turned into flags"
for page in "$SOURCE"/man/*.[1-9]; do
  text=$(mandoc -Tutf8 "$page" | col -b)
  [ -n "$text" ] || fail "$page renders to nothing"
  bad=$(grep -nE "‘[^’]*‘|’’|, -[0-9]|[ (]-(by|default|or|and|the|to|of|in|a)([ ,.;)]|$)" <<<"$text")
  [ -z "$bad" ] || fail "$(basename "$page") renders wrongly: $bad"
done

TEST "every program's --help ends with two or three examples"
for program in qpick plan estimate star; do
  examples=$("$program" --help | sed -n '/^Examples:/,$p' | grep -c '^  [a-z]')
  [ "$examples" -ge 2 ] && [ "$examples" -le 3 ] || fail "$program --help shows $examples examples"
done

# The commands a program's --help lists under "Subcommands:".
commands_of() {
  "$1" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }'
}

TEST "every --help ends with the manual's name, each command's with its own examples; help COMMAND is its --help"
for program in qpick plan estimate star; do
  top=$("$program" --help)
  expect_equal "$?" 0 "$program --help"
  expect_equal "$(tail -1 <<<"$top")" "Manual: man $program" "$program --help ends with the manual"
  expect_equal "$("$program" help)" "$top" "$program help"
  first_example=$(sed -n '/^Examples:/{n;p;q}' <<<"$top")
  for command in $(commands_of "$program"); do
    text=$("$program" "$command" --help)
    expect_equal "$?" 0 "$program $command --help"
    expect_equal "$(tail -1 <<<"$text")" "Manual: man $program" "$program $command --help ends with the manual"
    ! grep -qxF -- "$first_example" <<<"$text" || fail "$program $command --help shows the program's examples"
    expect_equal "$("$program" help "$command")" "$text" "$program help $command"
  done
done
refuses 64 "qpick: error: help: unknown command 'grdae' (did you mean 'grade'?) (expected one of: show, list, lint, grade, stats, history, import, test, practice, answers, mock, cases)" qpick help grdae

# Checks that man/PROGRAM.1 names every option of PROGRAM and of each of its commands.
check_page() {
  local program=$1 page="$SOURCE/man/$1.1" options command
  [ -f "$page" ] || { fail "no man page for $program"; return; }
  options=$("$program" --help | grep -oE -- '--[a-z][a-z-]*')
  for command in $(commands_of "$program"); do
    grep -q "^\.It Cm $command" "$page" || fail "$program.1 lacks the $command command"
    options+=$'\n'$("$program" "$command" --help | grep -oE -- '--[a-z][a-z-]*')
  done
  for option in $(echo "$options" | sort -u); do
    name=${option#--}
    grep -qF -- "Fl \\-${name//-/\\-}" "$page" || fail "$program.1 lacks $option"
  done
}

TEST "qpick.1 documents every option and command"
check_page qpick
[ "$(commands_of qpick | wc -l)" -ge 7 ] || fail "qpick --help lists too few commands"

TEST "estimate.1 documents every option and command"
check_page estimate
[ "$(commands_of estimate | wc -l)" -eq 7 ] || fail "estimate --help should list seven commands"

TEST "star.1 documents every option and command"
check_page star
for command in new init list show edit check time stats set; do
  star "$command" --help | grep -qE -- '--[a-z]' || fail "star $command --help shows no options"
done

TEST "every page has the sections a reader looks for"
for page in qpick estimate plan star; do
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS FILES ENVIRONMENT "EXIT STATUS" EXAMPLES "SEE ALSO"; do
    grep -q "^\.Sh $section\$" "$SOURCE/man/$page.1" || fail "$page.1 lacks the $section section"
  done
done

TEST "plan.1 documents every option and command"
check_page plan

# The exit statuses a page's EXIT STATUS section lists, one a line.
documented_statuses() {
  awk '/^\.Sh EXIT STATUS/ { on = 1; next } /^\.Sh/ { on = 0 } on && /^\.It [0-9]+$/ { print $2 }' "$1" | sort -un
}

# The exit statuses the program's bad-input matrix asserts, one a line.
asserted_statuses() {
  grep -oE '^(refuses|expect_status) [0-9]+' "$SOURCE/tests/cli/test_matrix_$1.bash" | awk '{ print $2 }' | sort -un
}

TEST "each page's EXIT STATUS lists what the bad-input matrix asserts, and the matrix covers the page"
for program in qpick plan estimate star; do
  documented=$(documented_statuses "$SOURCE/man/$program.1")
  asserted=$(asserted_statuses "$program")
  # 0 is success and 70 an internal error: no bad input should ever reach it.
  expect_equal "$(grep -vxE '0|70' <<<"$documented")" "$(grep -vx 0 <<<"$asserted")" "$program.1 EXIT STATUS vs test_matrix_$program.bash"
  grep -qx 70 <<<"$documented" || fail "$program.1 does not list 70"
done
