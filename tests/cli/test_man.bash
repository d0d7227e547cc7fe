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
