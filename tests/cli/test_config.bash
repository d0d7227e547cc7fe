# The settings file: each program reads its settings, flags beat variables beat the file, and
# --show-config says where each value came from.
export PREPKIT_BANKS="$DATA/banks"

write_config() {
  mkdir -p "$XDG_CONFIG_HOME/prepkit"
  printf '%s\n' "$@" >"$XDG_CONFIG_HOME/prepkit/config.yaml"
}

TEST "plan takes its calendar from the settings file unless a flag says otherwise"
write_config "study_days: [tue, thu]" "hours: 4" "at: '07:00'"
run plan --start 2026-12-07 --week 1 --format csv
expect_equal "$(stdout | tail -n +2 | sort -t, -k1,1 -u | cut -d, -f1,2 | tr '\n' ' ')" "2026-12-08,07:00 2026-12-10,07:00 " "config calendar"
run plan --start 2026-12-07 --week 1 --format csv --days mon --at 18:00
expect_equal "$(stdout | tail -n +2 | sort -t, -k1,1 -u | cut -d, -f1,2 | tr '\n' ' ')" "2026-12-07,18:00 " "flags win"
run plan --show-config --format tsv
expect_equal "$(stdout | grep -E '^(hours|study_days|at|interview)' | tr '\n' ' ')" \
  $'interview\t-\tdefault hours\t4\tconfig study_days\ttue,thu\tconfig at\t07:00\tconfig ' "sources"

TEST "the interview date: flag, then variable, then file"
write_config "interview: 2026-12-20"
run qpick --show-config --format tsv
expect_equal "$(stdout | grep '^interview')" $'interview\t2026-12-20\tconfig' "from the file"
PREPKIT_INTERVIEW=2026-12-24 run qpick --show-config --format tsv
expect_equal "$(stdout | grep '^interview')" $'interview\t2026-12-24\t$PREPKIT_INTERVIEW' "the variable beats the file"
PREPKIT_INTERVIEW=2026-12-24 run qpick --show-config --format tsv --until 2026-12-31
expect_equal "$(stdout | grep '^interview')" $'interview\t2026-12-31\t--until' "the flag beats both"

TEST "plan init --interview records the date: qpick schedules reviews up to it with no --until"
run plan init --interview 2027-02-01 --date 2026-12-01
expect_status 0
expect_stderr "plan: saved as the current plan: 2026-12-07 to 2027-01-31
plan: qpick schedules reviews up to the interview on 2027-02-01"
run qpick --show-config --format tsv
expect_status 0
expect_equal "$(stdout | grep '^interview')" $'interview\t2027-02-01\tplan' "from the saved plan"
run qpick grade fx-two-sum easy --date 2027-01-29
expect_status 0
expect_stdout "fx-two-sum  easy  next review 2027-01-31 (in 2 days)"
run qpick --due --date 2027-02-02
expect_status 0
expect_stderr "qpick: the interview was on 2027-02-01: nothing is scheduled any more"
run qpick stats --format json --date 2027-01-31
expect_status 0
expect_equal "$(stdout | jq '.subtopics[] | select(.subtopic == "coding") | .due')" "1" "stats: due the day before the plan's interview"
run qpick stats --format json --date 2027-01-31 --until 2027-03-01
expect_status 0
expect_equal "$(stdout | jq '.subtopics[] | select(.subtopic == "coding") | .due')" "0" "stats: --until beats the plan"
write_config "interview: 2027-03-01"
run plan init --interview 2027-02-01 --date 2026-12-01 --force
expect_status 0
expect_stderr "plan: saved as the current plan: 2026-12-07 to 2027-01-31
plan: qpick schedules reviews up to 2027-03-01 from the settings file, not this plan's 2027-02-01"
run qpick --show-config --format tsv
expect_equal "$(stdout | grep '^interview')" $'interview\t2027-03-01\tconfig' "the settings file beats the plan"

TEST "qpick loads the settings file's banks besides the bundled ones"
unset PREPKIT_BANKS
write_config "banks: [$DATA/banks]"
run qpick list subtopics --format tsv
expect_equal "$(stdout | grep '^ask' | cut -f3)" "$(($(qpick --bank "$SOURCE/share/banks" list subtopics --format tsv | grep '^ask' | cut -f3) + 2))" "two more ask questions"
run qpick --show-config --format tsv
expect_equal "$(stdout | grep '^banks' | cut -f3)" "config" "banks from the file"

TEST "a bad setting is one line with its place, exit 65, for every program"
write_config "hours: lots"
for program in qpick plan estimate star; do
  run "$program" --show-config
  expect_status 65
  expect_stderr "$program: error: $XDG_CONFIG_HOME/prepkit/config.yaml:1:8: 'hours' must be hours a week from 0.25 to 80 in steps of 0.25"
done

TEST "every program's --show-config names each setting's source: flag, variable, file or default"
write_config "speaking_rate: 140" "new_per_day: 3" "count_nouns: [orders]"
config=$XDG_CONFIG_HOME/prepkit/config.yaml
PREPKIT_STATE=/tmp/elsewhere.db run qpick --show-config --format tsv --fresh-days 10 --bank "$DATA/banks"
expect_status 0
expect_stdout "setting	value	source
config	$config	default
banks	$DATA/banks	--bank
state	/tmp/elsewhere.db	\$PREPKIT_STATE
cache	$XDG_CACHE_HOME/prepkit	default
interview	-	default
new_per_day	3	config
fresh_days	10	--fresh-days"
run qpick --show-config --format tsv --no-cache
expect_equal "$(stdout | grep '^cache')" $'cache\t-\t--no-cache' "no cache"
run plan --show-config --format tsv --template crash
expect_status 0
expect_stdout "setting	value	source
config	$config	default
state	$XDG_STATE_HOME/prepkit/prepkit.db	default
interview	-	default
hours	10	default
study_days	mon,wed,fri,sat	default
at	19:00	default
template	crash	--template"
PREPKIT_STORIES=/tmp/stories PREPKIT_CONFIG=$config run star --show-config --format tsv --rate 120
expect_status 0
expect_stdout "setting	value	source
config	$config	\$PREPKIT_CONFIG
stories	/tmp/stories	\$PREPKIT_STORIES
speaking_rate	120	--rate
state	$XDG_STATE_HOME/prepkit/prepkit.db	default"
run estimate --show-config --format json
expect_status 0
expect_equal "$(stdout | jq -r '.[] | [.setting, .value, .source] | @tsv')" "config	$config	default
count_nouns	orders	config" "estimate's settings"
