# What prepkit keeps is private, hostile story titles stay inside the stories folder and never
# reach a shell, and every SQL statement takes its values as bound parameters.
export PREPKIT_BANKS="$DATA/banks"

TEST "folders prepkit creates are 0700 and its files 0600"
qpick --daily --date 2026-12-07 >/dev/null
qpick -n 1 >/dev/null
star new "A private story" >/dev/null
expect_equal "$(stat -c %a "$XDG_STATE_HOME/prepkit")" "700" "state folder"
expect_equal "$(stat -c %a "$XDG_STATE_HOME/prepkit/prepkit.db")" "600" "state database"
expect_equal "$(stat -c %a "$XDG_DATA_HOME/prepkit/stories")" "700" "stories folder"
expect_equal "$(stat -c %a "$XDG_DATA_HOME/prepkit/stories/a-private-story.md")" "600" "story note"
expect_equal "$(stat -c %a "$XDG_CACHE_HOME/prepkit")" "700" "cache folder"
expect_equal "$(find "$XDG_CACHE_HOME/prepkit" -type f -perm /077 | wc -l)" "0" "cache files"

TEST "hostile titles stay inside the stories folder and never reach a shell"
for title in '../../etc/passwd' 'a;rm -rf ~' '$(touch pwned)' '`touch owned`' "it's \"quoted\""; do
  run star new "$title"
  expect_status 0
  case "$(stdout)" in
    "$XDG_DATA_HOME/prepkit/stories/"*.md) ;;
    *) fail "'$title' wrote $(stdout)" ;;
  esac
done
[ ! -e pwned ] && [ ! -e owned ] && [ ! -e "$HOME/pwned" ] || fail "a title reached a shell"
expect_equal "$(find "$WORK" -name '*.md' -newer "$WORK/stdout" -not -path "$XDG_DATA_HOME/prepkit/stories/*" | wc -l)" "0" "no note outside the folder"
run star new $'two\nlines'
expect_status 64

TEST "the editor gets the note's path as one argument, never pasted into a shell"
cat >editor.sh <<'SCRIPT'
#!/bin/sh
printf '%s\n' "$#" "$1" >"$(dirname "$0")/editor.args"
SCRIPT
chmod +x editor.sh
star new 'Quotes "and" $(dollars); semicolons' >/dev/null
VISUAL="$WORK/editor.sh" run star edit quotes
expect_status 0
expect_equal "$(cat editor.args)" "1
$XDG_DATA_HOME/prepkit/stories/quotes-and-dollars-semicolons.md" "one argument, the path itself"

TEST "every SQL statement in lib/ binds its values instead of building text"
built=$(grep -nE 'fmt::format\("[^"]*(SELECT|INSERT|UPDATE|DELETE)|"(SELECT|INSERT|UPDATE|DELETE)[^"]*" *\+' "$SOURCE"/lib/*/*.cpp)
expect_equal "$built" "" "SQL built from strings"
[ "$(grep -cE '\?1' "$SOURCE/lib/state/store.cpp")" -ge 8 ] || fail "state/store.cpp should use numbered placeholders"
