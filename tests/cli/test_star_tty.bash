# star time in a real terminal (tmux): the live clock and keys, colour near and past the target,
# and a terminal left as it was after Ctrl-C, SIGTERM, Ctrl-Z and fg, with nothing half-recorded.

if ! command -v tmux >/dev/null; then
  echo "test_star_tty.bash: SKIPPED: tmux is not installed (apt-get install tmux); the terminal tests did not run"
  return 0
fi

fixtures() {
  STORIES="$XDG_DATA_HOME/prepkit/stories"
  mkdir -p "$STORIES"
  cp "$DATA"/stories/*.md "$STORIES"/
}

# Runs `star ARGS...` in the terminal, inside a script that keeps going after it (its no-op INT
# trap lets Ctrl-C end star, not the script) and records star's process id and exit status and
# the terminal settings before and after it.
start_star() {
  cat >"$WORK/run-star.sh" <<EOF
trap : INT
stty -a >stty.before
sh -c 'echo \$\$ >star.pid; exec star $*'
status=\$?
stty -a >stty.after
echo EXIT=\$status
sleep 120
EOF
  start "bash $WORK/run-star.sh"
}


# The number of rehearsals recorded for `cut-checkout-p95`, without creating a database.
recorded() {
  if [ -e "$XDG_STATE_HOME/prepkit/prepkit.db" ]; then
    sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" "SELECT count(*) FROM rehearsals"
  else
    echo 0
  fi
}

TEST "the live screen shows the part and a running clock, Enter moves on, and the rehearsal is recorded"
fixtures
start_star "time cut"
wait_for "▶ Situation"
expect_equal "$(screen | head -5 | sed 's/ 0:01  about/ 0:00  about/')" " Cut checkout p95 in half · target 2:30
 ▶ Situation   0:00  about 0:15
   Task              about 0:09
   Action            about 0:46
   Result            about 0:15" "the first screen"
screen | grep -qE '^ 00:0[01] / 02:30' || fail "no clock: $(screen)"
wait_for " 00:01 / 02:30"
tm send-keys Enter
wait_for "▶ Task"
screen | grep -qE '^ ✓ Situation   0:0[12]  about 0:15' || fail "Situation's time: $(screen)"
tm send-keys Space
wait_for "paused"
tm send-keys Space
tm send-keys Enter Enter Enter
wait_for "EXIT=0"
screen | grep -qF "part       time  predicted" || fail "no report: $(screen)"
screen | grep -qE "^0:0[1-4] against a 2:30 target: 2:2[6-9] under" || fail "no verdict: $(screen)"
screen | grep -qF "star: recorded rehearsal 1 of cut-checkout-p95" || fail "not recorded: $(screen)"
expect_equal "$(diff stty.before stty.after && echo same)" "same" "the terminal settings are restored"
expect_equal "$(recorded)" "1" "one rehearsal recorded"
run star stats --format tsv
expect_equal "$(stdout | sed -n 2p | cut -f1,2,3)" "cut-checkout-p95	1	0" "stats reports it"
stop_tmux

TEST "outside a UTF-8 locale the live screen is plain ASCII"
fixtures
start "LC_ALL=C LANG=C star time cut; echo EXIT=\$?; sleep 120"
wait_for "> Situation"
expect_equal "$(screen | head -2 | sed 's/ 0:01  about/ 0:00  about/')" " Cut checkout p95 in half - target 2:30
 > Situation   0:00  about 0:15" "the first lines"
tm send-keys Enter
wait_for "> Task"
screen | grep -qE '^ \+ Situation   0:0[0-2]  about 0:15' || fail "Situation, done: $(screen)"
tm send-keys q
wait_for "EXIT=0"
stop_tmux

TEST "Ctrl-C mid-rehearsal leaves a sane terminal and no record"
fixtures
start_star "time cut"
wait_for "▶ Situation"
tm send-keys Enter
wait_for "▶ Task"
tm send-keys C-c
wait_for "EXIT=130"
screen | grep -qF "star: interrupted: the rehearsal was not recorded" || fail "no message: $(screen)"
screen | grep -qF "▶" && fail "the live screen was left behind: $(screen)"
expect_equal "$(diff stty.before stty.after && echo same)" "same" "the terminal settings are restored"
expect_equal "$(recorded)" "0" "nothing recorded"
stop_tmux

TEST "SIGTERM restores the terminal and records nothing; a hangup ends star"
fixtures
start_star "time cut"
wait_for "▶ Situation"
kill -TERM "$(cat star.pid)"
wait_for "EXIT=143"
expect_equal "$(diff stty.before stty.after && echo same)" "same" "the terminal settings are restored"
expect_equal "$(recorded)" "0" "nothing recorded"
stop_tmux
start_star "time cut"
wait_for "▶ Situation"
pid=$(cat star.pid)
tm kill-server
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "star outlived its terminal"
expect_equal "$(recorded)" "0" "nothing recorded after the hangup"

TEST "Ctrl-Z and fg: the time suspended does not count"
fixtures
start "env PS1='$ ' bash --norc --noprofile -i"
tm send-keys "star time cut" Enter
wait_for "▶ Situation"
wait_for " 00:01 / 02:30"
tm send-keys C-z
wait_for "Stopped"
sleep 3
tm send-keys "fg" Enter
wait_for "paused while suspended"
screen | grep -qE '^ 00:0[12] / 02:30  paused while suspended' || fail "the clock ran while suspended: $(screen)"
tm send-keys Enter Enter Enter Enter
wait_for "recorded rehearsal 1"
screen | grep -qE "^total +0:0[1-3] " || fail "the total counts the suspension: $(screen)"
tm send-keys "stty -a >stty.after" Enter
sleep 0.5
grep -q -- "-icanon" stty.after && fail "the terminal was left without line editing"
stop_tmux

TEST "the clock turns yellow at 80 % of the target and red past it"
fixtures
star set cut --target 10 2>/dev/null
start_star "time cut --color always"
wait_for "▶ Situation"
tm capture-pane -e -p | grep -qF $'\033[32m 00:0' || tm capture-pane -e -p | grep -qF $'\033[32m00:0' ||
  fail "not green at first: $(tm capture-pane -e -p | cat -v | sed -n 7p)"
wait_for "80% of the target"
tm capture-pane -e -p | grep -q $'\033\\[33m *00:0[89]' || fail "not yellow at 80 %: $(tm capture-pane -e -p | cat -v | sed -n 7p)"
wait_for "over the target"
tm capture-pane -e -p | grep -q $'\033\\[31m *00:1' || fail "not red past the target: $(tm capture-pane -e -p | cat -v | sed -n 7p)"
tm send-keys q
wait_for "EXIT=0"
screen | grep -qF "aborted during the Situation after 0:1" || fail "no aborted report: $(screen)"
expect_equal "$(sqlite3 "$XDG_STATE_HOME/prepkit/prepkit.db" "SELECT outcome FROM rehearsals")" "aborted" "recorded as aborted"
stop_tmux
stop_tmux
