# The bundled banks keep their size, spread and quality: these numbers cannot silently shrink.

TEST "every subtopic has at least its minimum number of questions"
run qpick list subtopics --format tsv
expect_status 0
declare -A minimum=([coding]=90 [apis]=50 [databases]=60 [system-design]=60 [performance]=50
                    [security-testing]=50 [operations]=40 [behavioral]=30 [ask]=25)
expect_equal "$(stdout | tail -n +2 | cut -f1 | tr '\n' ' ')" "coding apis databases system-design performance security-testing operations behavioral ask " "all nine subtopics, in order"
while IFS=$'\t' read -r subtopic area count title; do
  [ "$subtopic" = subtopic ] && continue
  [ "$count" -ge "${minimum[$subtopic]}" ] || fail "$subtopic has $count questions, fewer than ${minimum[$subtopic]}"
done <"$WORK/stdout"

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
