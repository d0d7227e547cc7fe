# plan report: the weekly page and each chart alone, from a state half way through a plan, looked
# at as a person would: rendered by headless Chromium, in light and dark, printed, with no network.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)
source "$SOURCE/tests/cli/report_fixture.bash"

# chromium ARGS... URL: headless Chromium with a profile of this test's own.
chromium_run() {
  command chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$WORK/chromium" \
    --no-first-run "$@" 2>/dev/null
}

TEST "the page: the week's targets, every chart with its table, next week's sessions"
make_report_fixture
run plan report --date 2026-12-03 -o report.html
expect_status 0
expect_stdout ""
expect_stderr "plan: wrote report.html"
page=$(cat report.html)
run plan report --date 2026-12-03
expect_status 0
expect_equal "$(stdout)" "$page" "standard output holds the same page"
expect_equal "$(head -2 report.html)" $'<!DOCTYPE html>\n<html lang="en">' "an HTML document"
expect_equal "$(grep -c '<title>Eight weeks to interview day: Week 5 of 8</title>' report.html)" 1 "its title"
expect_equal "$(grep 'class="lede"' report.html)" \
  '<p class="lede">Week 5 of 8, as of Thu 2026-12-03. The plan runs from Mon 2026-11-02 to Sun 2026-12-27.</p>' "its lede"
expect_equal "$(grep -A6 '<caption>Week 5: what is done' report.html | grep '"row">problems')" \
  '<tr><th scope="row">problems</th><td class="n">30</td><td class="n">45</td><td class="n">45</td><td>behind</td><td class="n">45</td></tr>' \
  "the progress row plan progress shows"
expect_equal "$(plan progress --date 2026-12-03 --format tsv | grep ^problems | cut -f2-6)" $'30\t45\t45\tbehind\t45' \
  "which agrees with plan progress"
expect_equal "$(grep '"row">coding</th><td class="n">40%' report.html)" \
  '<tr><th scope="row">coding</th><td class="n">40%</td><td class="n">39%</td><td class="n">53%</td><td class="n">19</td></tr>' \
  "the split: declared, planned, practised"
expect_equal "$(grep -c '<th scope="row">code-arrays-product-except-self</th><td class="n">2026-11-20</td>' report.html)" 1 \
  "a solved problem"
expect_equal "$(grep '"row">system-design</th><td class="n">1' report.html)" \
  '<tr><th scope="row">system-design</th><td class="n">1</td><td class="n">3 of 5</td><td><meter min="0" max="100" value="60">60%</meter> 60%</td></tr>' \
  "rubric coverage of the practised answer"
expect_equal "$(grep '"row">the-pager-storm' report.html)" \
  '<tr><th scope="row">the-pager-storm</th><td class="n">2</td><td class="n">2</td><td class="n">3:10</td><td class="n">3:10</td><td class="n">3:00</td></tr>' \
  "a story's rehearsals"
expect_equal "$(grep -c '<caption>The sessions of week 6</caption>' report.html)" 1 "next week's sessions"
expect_equal "$(plan week 6 --format csv | tail -n +2 | wc -l)" "$(sed -n '/sessions of week 6/,/<\/table>/p' report.html | grep -c '<tr><th scope="row">')" \
  "every session of week 6"
expect_equal "$(ls -A | grep -vx -e stdout -e stderr)" $'home\nreport.html' "no temporary file left"

TEST "rendered by Chromium: each chart's title and table, a screenshot with colour, dark mode, print"
make_report_fixture
plan report --date 2026-12-03 -o report.html 2>/dev/null || fail "plan report failed"
run chromium_run --dump-dom "file://$WORK/report.html"
expect_status 0
for title in "Burn-up of each target" "Split of study by area" "Grades by subtopic and week" \
  "Rehearsal times against the target"; do
  expect_stdout_contains "-title\">$title</title>"
done
for caption in "Week 5: what is done against what the plan expects" "Burn-up by week" "Split by area" \
  "Grades by subtopic and week: how many, and their mean" "Rubric points the practised answers covered" \
  "2 problems solved with qpick test" "Rehearsals of each story" "The sessions of week 6"; do
  expect_stdout_contains "<caption>$caption</caption>"
done
run chromium_run --window-size=1000,3400 --screenshot="$WORK/report.png" "file://$WORK/report.html"
expect_status 0
read -r width height colours corner < <("$SOURCE/tests/cli/png_colours" report.png)
expect_equal "$width x $height, $corner" "1000 x 3400, #ffffff" "the screenshot, on white"
[ "$colours" -ge 200 ] || fail "the screenshot has $colours colours: blank or nearly"
cp report.png "$BUILD/report.png"  # docs/report.png is this picture
run chromium_run --window-size=800,600 --blink-settings=preferredColorScheme=0 --screenshot="$WORK/dark.png" \
  "file://$WORK/report.html"
expect_status 0
read -r width height colours corner < <("$SOURCE/tests/cli/png_colours" dark.png)
expect_equal "$corner" "#15191d" "dark mode: a dark page"
[ "$colours" -ge 100 ] || fail "the dark screenshot has $colours colours"
run chromium_run --print-to-pdf="$WORK/report.pdf" "file://$WORK/report.html"
expect_status 0
expect_equal "$(head -c 5 report.pdf)" "%PDF-" "printed"

TEST "the page needs no network: no reference outside it, and it renders whole without one"
make_report_fixture
plan report --date 2026-12-03 -o report.html 2>/dev/null || fail "plan report failed"
expect_equal "$(grep -ciE 'https?:|url\(|src=|href=|@import|<script|<link|<img|<iframe|<object' report.html)" 0 \
  "no reference outside the page"
expect_equal "$(grep -c "default-src 'none'" report.html)" 1 "a policy that forbids fetching anything"
run unshare -rn chromium --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/chromium" --dump-dom \
  "file://$WORK/report.html"
expect_status 0
expect_equal "$(stdout | grep -c '<caption>')" 8 "every table, with no network at all"
expect_equal "$(stdout | grep -c '<svg viewBox')" 4 "every chart"

TEST "each chart alone as an SVG file, rendered by Chromium"
make_report_fixture
for chart in burnup heatmap split rehearsals; do
  run plan report --date 2026-12-03 --format svg --chart "$chart"
  expect_status 0
  stdout >"$chart.svg"
  expect_equal "$(head -2 "$chart.svg" | cut -c1-52)" $'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0' \
    "$chart: an SVG file"
  run chromium_run --dump-dom "file://$WORK/$chart.svg"
  expect_status 0
  expect_stdout_contains '<title id="chart-title">'
  run chromium_run --window-size=820,400 --screenshot="$WORK/$chart.png" "file://$WORK/$chart.svg"
  expect_status 0
  read -r width height colours corner < <("$SOURCE/tests/cli/png_colours" "$chart.png")
  [ "$colours" -ge 20 ] || fail "$chart: the picture has $colours colours"
done
expect_equal "$(grep -o '<title id="chart-title">[^<]*' burnup.svg heatmap.svg split.svg rehearsals.svg | cut -d'>' -f2)" \
  $'Burn-up of each target\nGrades by subtopic and week\nSplit of study by area\nRehearsal times against the target' \
  "each chart's title"
run plan report --date 2026-12-03 --chart split
expect_status 0
expect_equal "$(stdout)" "$(cat split.svg)" "--chart alone means --format svg"
expect_equal "$(grep -c '<title>problems, week 5: 30 done, 45 due</title>' burnup.svg)" 1 "a point's tooltip"
expect_equal "$(grep -c '<title>operations, week 5: 2 grades, mostly again</title>' heatmap.svg)" 1 "a cell's tooltip"

TEST "--week: an earlier week as it stood at its end, and the last week says the plan ends"
make_report_fixture
run plan report --date 2026-12-03 --week 2
expect_status 0
expect_stdout_contains '<p class="lede">Week 2 of 8, as of Sun 2026-11-15.'
expect_stdout_contains '<tr><th scope="row">problems</th><td class="n">13</td><td class="n">22</td><td class="n">22</td><td>behind</td>'
expect_stdout_contains '<caption>The sessions of week 3</caption>'
expect_stdout_contains '<caption>0 problems solved with qpick test</caption>'
run plan report --date 2026-12-03 --week 8
expect_status 0
expect_stdout_contains '<p>Week 8 is the plan'"'"'s last; it ends on Sun 2026-12-27.</p>'

TEST "a plan with nothing done yet: every chart and table says so"
plan init --start 2026-12-07 --date 2026-12-01 >/dev/null 2>&1 || fail "plan init failed"
run plan report --date 2026-12-01
expect_status 0
expect_stdout_contains '<p class="lede">Week 1 of 8, as of Tue 2026-12-01.'
expect_stdout_contains '<td colspan="4">none solved yet</td>'
expect_stdout_contains 'no answers practised yet (qpick practice)'
expect_equal "$(stdout | grep -c '>nothing recorded yet<')" 4 "the empty charts and tables"

TEST "-o replaces the file whole, keeping nothing else behind"
make_report_fixture
echo "an old report" >week.html
run plan report --date 2026-12-03 -o week.html
expect_status 0
expect_equal "$(head -1 week.html)" "<!DOCTYPE html>" "replaced"
expect_equal "$(tail -1 week.html)" "</html>" "whole"
expect_equal "$(ls -A | grep -vx -e stdout -e stderr)" $'home\nweek.html' "no temporary file left"
