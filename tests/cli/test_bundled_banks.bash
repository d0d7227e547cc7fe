# The bundled banks keep their size, spread and quality: these numbers cannot silently shrink.

TEST "every subtopic has at least its minimum number of questions"
run qpick list subtopics --format tsv
expect_status 0
declare -A minimum=([coding]=152 [apis]=62 [databases]=73 [system-design]=85 [performance]=62
                    [security-testing]=63 [operations]=53 [behavioral]=39 [ask]=32)
expect_equal "$(stdout | tail -n +2 | cut -f1 | tr '\n' ' ')" "coding apis databases system-design performance security-testing operations behavioral ask " "all nine subtopics, in order"
while IFS=$'\t' read -r subtopic area count title; do
  [ "$subtopic" = subtopic ] && continue
  [ "$count" -ge "${minimum[$subtopic]}" ] || fail "$subtopic has $count questions, fewer than ${minimum[$subtopic]}"
done <"$WORK/stdout"

TEST "the areas interviewers ask about each have at least ten questions, and there are 133 coding problems"
run qpick list tags --format tsv
expect_status 0
for area in networking architecture craft distributed-systems platform identity data-pipelines runtime openers; do
  count=$(awk -F'\t' -v tag="$area" '$1 == tag { print $2 }' "$WORK/stdout")
  [ "${count:-0}" -ge 10 ] || fail "only ${count:-0} questions are tagged $area"
done
run qpick list ids --format tsv
expect_status 0
coding=$(awk -F'\t' '$4 == "coding"' "$WORK/stdout" | wc -l)
[ "$coding" -ge 133 ] || fail "only $coding coding problems"

TEST "in every subtopic at least 20% of questions are easy and 20% hard"
run qpick list ids --format tsv
awk -F'\t' 'NR > 1 { total[$2]++; if ($3 == "easy") easy[$2]++; if ($3 == "hard") hard[$2]++ }
  END { for (s in total) if (easy[s] * 5 < total[s] || hard[s] * 5 < total[s]) print s, total[s], easy[s], hard[s] }' \
  "$WORK/stdout" >spread
expect_equal "$(cat spread)" "" "subtopics without the spread (subtopic total easy hard)"

TEST "the bundled banks pass every lint rule"
run qpick lint
expect_status 0
expect_stdout ""
expect_stderr_contains "questions in 9 files: no problems"

TEST "every kind of question and every area is represented"
run qpick list ids --format tsv
expect_equal "$(stdout | tail -n +2 | cut -f4 | sort -u | tr '\n' ' ')" "ask behavioral coding concept debugging design estimation " "kinds"

TEST "each question merged away, as it was, would be caught as a near-duplicate of the one that replaced it"
# tests/data/merged holds them renamed X-as-it-was; the bundled banks' replaced_by says X: KEPT.
run qpick lint "$SOURCE/share/banks" "$DATA/merged"
expect_status 1
sed -n "s/.*question '\([a-z0-9-]*\)-as-it-was': prompt and points [0-9]*% alike with '\([a-z0-9-]*\)'.*/\1: \2/p" \
  "$WORK/stdout" | sort >caught
sed -n '/^replaced_by:/,/^questions:/s/^  \([a-z0-9-]*: [a-z0-9-]*\)$/\1/p' "$SOURCE"/share/banks/*.yaml | sort >merged
expect_equal "$(wc -l <caught)" "$(grep -c -- '-as-it-was$' "$DATA"/merged/*.yaml | awk -F: '{ n += $2 } END { print n }')" "one report for each question merged away"
expect_equal "$(cat caught)" "$(cat merged)" "each beside the question that replaced it"
