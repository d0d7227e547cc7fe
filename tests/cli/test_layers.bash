# The library keeps to its layers: every #include follows the table in ARCHITECTURE.md, and the
# check that says so fails, naming file and line, on a tree that does not.

TEST "every include under lib/ and tools/ follows the layer table, with no cycle"
run "$SOURCE/tests/check_layers" "$SOURCE"
expect_status 0
expect_stdout ""
expect_stderr ""

TEST "estimate compiles against no bank or sampling header"
run grep -rlE '#include "(bank|review|plan|state|star)/' "$SOURCE/lib/estimate" "$SOURCE/tools/estimate"
expect_status 1
expect_stdout ""

TEST "a tree that keeps to its table passes"
run "$SOURCE/tests/check_layers" "$DATA/layers/good"
expect_status 0
expect_stdout ""

TEST "a tree that breaks its table is refused, each fault at its file and line"
run "$SOURCE/tests/check_layers" "$DATA/layers/bad"
expect_status 1
expect_stdout 'lib/loose/loose.h:1: not in a layer of the table in ARCHITECTURE.md
lib/app/more.h:3: includes "common/cli.h": lib never includes tools
lib/app/more.h:4: includes "app.h" without its folder
lib/app/more.h:5: includes "nowhere/x.h", which is in no layer
lib/base/text.h:2: includes "app/app.h": base may not use app
tools/app/main.cpp:1: includes "app/app.h": tools/app may not use app
include cycle between layers: app -> other
include cycle between files: lib/app/app.h -> lib/app/more.h
include cycle between files: lib/app/app.h -> lib/app/more.h -> tools/common/cli.h -> lib/base/text.h'

TEST "a forbidden include added to the real tree is caught"
cp -r "$SOURCE/lib" "$SOURCE/tools" "$SOURCE/ARCHITECTURE.md" .
printf '#include "bank/sample.h"\n' >>lib/estimate/sheet.h
lines=$(wc -l <lib/estimate/sheet.h)
run "$SOURCE/tests/check_layers" .
expect_status 1
expect_stdout "lib/estimate/sheet.h:$lines: includes \"bank/sample.h\": estimate may not use bank"

TEST "a tree whose ARCHITECTURE.md has no layer table is refused"
mkdir -p lib/base
printf '# nothing here\n' >ARCHITECTURE.md
run "$SOURCE/tests/check_layers" .
expect_status 1
expect_stdout "ARCHITECTURE.md: no layer table (expected a section '## Layers' with rows | \`layer\` | \`uses\` |)"
