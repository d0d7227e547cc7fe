# The man pages are lint-clean and document every option qpick accepts.

TEST "mandoc finds nothing to warn about"
run mandoc -Tlint -W warning "$SOURCE"/man/*.[1-9]
expect_status 0
expect_stdout ""
expect_stderr ""

TEST "every qpick option in --help appears in qpick.1"
for option in $(qpick --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
  name=${option#--}
  grep -qF -- "Fl \\-${name//-/\\-}" "$SOURCE/man/qpick.1" || fail "qpick.1 lacks $option"
done
for command in show list lint grade stats history import; do
  grep -q "^\.It Cm $command" "$SOURCE/man/qpick.1" || fail "qpick.1 lacks the $command command"
done

TEST "every star option and command in --help appears in star.1"
for option in $(star --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
  name=${option#--}
  grep -qF -- "Fl \\-${name//-/\\-}" "$SOURCE/man/star.1" || fail "star.1 lacks $option"
done
for command in $(star --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF > 1 { print $1 }'); do
  grep -q "^\.It Cm $command" "$SOURCE/man/star.1" || fail "star.1 lacks the $command command"
done
for command in new init list show edit check time stats set; do
  star "$command" --help | grep -qE -- '--[a-z]' || fail "star $command --help shows no options"
  for option in $(star "$command" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    name=${option#--}
    grep -qF -- "Fl \\-${name//-/\\-}" "$SOURCE/man/star.1" || fail "star.1 lacks $option (of star $command)"
  done
done
for section in NAME SYNOPSIS DESCRIPTION OPTIONS FILES ENVIRONMENT "EXIT STATUS" EXAMPLES "SEE ALSO"; do
  grep -q "^\.Sh $section\$" "$SOURCE/man/star.1" || fail "star.1 lacks the $section section"
done
