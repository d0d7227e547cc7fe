# SIGKILL in the middle of a write leaves the old version or the new one: a story note that star
# set rewrites, and the state database that star time and qpick grade write to.
export PREPKIT_BANKS="$DATA/banks"

# The median time in microseconds of five uninterrupted runs of a command: median_us CMD ARGS...
# The kills below land at random between 0 and that, so the same test suits a slow build.
median_us() {
  local i start end times=()
  for i in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || fail "an uninterrupted run of $* failed"
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

# Runs a command and sends it SIGKILL after a random delay of up to 5/4 of MEDIAN microseconds
# (so some runs end), output discarded: killed MEDIAN CMD ARGS...
# The status is the command's, or 137 (124) if it was killed.
killed() {
  local us=$((RANDOM * $1 * 5 / 4 / 32767 + 1))
  shift
  timeout --foreground -s KILL "$((us / 1000000)).$(printf '%06d' $((us % 1000000)))" "$@" >/dev/null 2>&1
}

rehearse() { printf '0:30\n0:40\n1:10\n0:30\n' | "$@" star time some-title --no-tty; }
direct() { "$@"; }

say() { [ -z "${PREPKIT_TEST_VERBOSE:-}" ] || printf '  [%s] %s\n' "$current" "$*" >&2; }

TEST "star set killed at random leaves the note as it was or as asked, and star check reads it"
note=$(star new "Some title")
stories=$(dirname "$note")
star set some-title --target 2:30 2>/dev/null && cp "$note" version-a
star check some-title >check-a 2>/dev/null
star set some-title --target 3:00 2>/dev/null && cp "$note" version-b
star check some-title >check-b 2>/dev/null
cmp -s version-a version-b && fail "the two versions are the same"
toggle() { if cmp -s "$note" version-a; then star set some-title --target 3:00; else star set some-title --target 2:30; fi; }
median=$(median_us toggle)
kills=0 completions=0
runs=$(rounds 200 80)
for ((i = 1; i <= runs; i++)); do
  if cmp -s "$note" version-a; then target=3:00; else target=2:30; fi
  killed "$median" star set some-title --target "$target"
  code=$?
  case $code in
    0) completions=$((completions + 1)) ;;
    124 | 137) kills=$((kills + 1)) ;;
    *) fail "run $i: star set exited $code"; break ;;
  esac
  if cmp -s "$note" version-a; then expected=check-a
  elif cmp -s "$note" version-b; then expected=check-b
  else
    fail "run $i: the note is neither version (killed $kills, completed $completions)"$'\n'"$(diff version-b "$note" | head -20)"
    break
  fi
  run star check some-title
  expect_status 1
  cmp -s "$WORK/stdout" "$expected" || { fail "run $i: star check read the note differently"$'\n'"$(stdout | head -5)"; break; }
done
[ "$kills" -gt 0 ] || fail "no run of star set was killed ($completions completed with a median of $median µs)"
leftovers=$(find "$stories" -name '.some-title.md.prepkit-*' | wc -l)
say "killed $kills, completed $completions, median $median µs, $leftovers hidden temporaries left"
expect_equal "$(find "$stories" -type f ! -name '.some-title.md.prepkit-*' -printf '%f\n')" "some-title.md" "files in the stories folder"
run star list --format tsv
expect_status 0
expect_equal "$(stdout | cut -f1)" "story
some-title" "star list"
# The next rewrite sweeps away temporaries left a minute ago or more.
find "$stories" -name '.some-title.md.prepkit-*' -exec touch -d '2 minutes ago' {} +
star set some-title --target 2:30 2>/dev/null
expect_equal "$(find "$stories" -name '.some-title.md.prepkit-*' | wc -l)" "0" "hidden temporaries after the next rewrite"

# Runs CMD... (which takes the killer as its first words) 150 times (60 under sanitizers), killing it at random after
# up to MEDIAN microseconds; after each run the database must pass its integrity check, and at
# the end TABLE must have gained a row for every run that ended and at most one for each killed.
# kill_while_recording TABLE MEDIAN CMD ARGS...
kill_while_recording() {
  local table=$1 median=$2 db="$XDG_STATE_HOME/prepkit/prepkit.db" before rows integrity code i
  shift 2
  before=$(sqlite3 "$db" "SELECT count(*) FROM $table")
  kills=0 completions=0
  local runs
  runs=$(rounds 150 60)
  for ((i = 1; i <= runs; i++)); do
    "$@" killed "$median"
    code=$?
    case $code in
      0) completions=$((completions + 1)) ;;
      124 | 137) kills=$((kills + 1)) ;;
      *) fail "run $i: $* exited $code"; break ;;
    esac
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
    [ "$integrity" == ok ] || { fail "run $i: integrity_check says: $integrity"; break; }
  done
  rows=$(($(sqlite3 "$db" "SELECT count(*) FROM $table") - before))
  say "killed $kills, completed $completions, median $median µs, $rows rows"
  [ "$kills" -gt 0 ] || fail "no run was killed ($completions completed with a median of $median µs)"
  [ "$rows" -ge "$completions" ] && [ "$rows" -le $((completions + kills)) ] ||
    fail "$rows rows in $table from $completions runs that ended and $kills killed"
}

TEST "star time killed at random leaves a whole database with a row per rehearsal that ended"
star new "Some title" >/dev/null
rehearse direct >/dev/null 2>&1
kill_while_recording rehearsals "$(median_us rehearse direct)" rehearse
run star stats some-title
expect_status 0

TEST "qpick grade killed at random leaves a whole database with a row per grade that ended"
ids=($(qpick list ids --format tsv | tail -n +2 | cut -f1))
[ "${#ids[@]}" -gt 0 ] || fail "no question ids"
grade_any() { "$@" qpick grade "${ids[RANDOM % ${#ids[@]}]}" good; }
kill_while_recording grades "$(median_us grade_any direct)" grade_any
run qpick stats
expect_status 0
