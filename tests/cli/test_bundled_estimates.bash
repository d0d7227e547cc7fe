# Every bundled question's estimate evaluates, and its expect points quote the result.
#
# The rule (prepkit-bank(5) states it in one sentence): `estimate EXPR` exits 0, without a
# warning, with a finite value V, and at least one figure in the expect points agrees with V
# to the precision the figure is written with.
# - A figure is a number as prose writes it: 171.4, 2,400, 1.2k, 43.2M, 2.4bn, 6.9 billion,
#   1.25 * 10^13, 10^5, and 29 % (which is 0.29). Digits inside a word or after a decimal
#   point, a caret, a slash or a comma (P95, 2^31, 100/60) are not a figure.
# - Its precision is the place of its last digit (171.4: tenths; 1.2k: hundreds), scaled by
#   its magnitude, exponent or percent sign. A whole number's trailing zeros are placeholders,
#   down to its second significant digit: 490 is written to the tens, 43,000 to the thousands,
#   200 to the tens and 10 to the units. It agrees when |V - figure| <= precision / 2.
# - Units: a figure followed by a word that estimate knows as a unit (`1 WORD` evaluates) is
#   compared with `estimate 'EXPR in WORD'`, the expression's own target replaced, and agrees
#   with nothing when that conversion fails: "1.15 TB/day" does not quote a size in TB. Prose
#   such as "5 GB a day" or "4,300 requests per second" is read as GB/day or requests/second,
#   or, when the expression does not convert to that, as GB or requests. Any other figure
#   ("about 172 worker slots") is compared with V in the unit estimate shows it in, with the
#   magnitude multiplied out (171.43 for "171 job", 1.25e13 for "12.5T").
# qpick, estimate and jq do the work; python3 (standard library only) reads their output.

# `checker.py probes` prints, for every unit word after a figure, the expressions `1 WORD` and
# `EXPR in WORD`; `checker.py check` prints one line for each question that breaks the rule.
cat >"$ROOT/checker.py" <<'PY'
import json, math, re, sys

FIGURE = re.compile(r"""
  (?<![\w.^/,])
  (?: (?P<pow>10\^(?P<powexp>\d+))
    | (?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?
      (?:\s*[x×*]\s*10\^(?P<exp>-?\d+))?
      (?: (?P<mag>k|K|M|bn|T)(?![A-Za-z0-9])
        | \s+(?P<magword>thousand|million|billion|trillion)\b )? )
  (?: \s*(?P<pct>%)
    | \s*(?P<unit>[A-Za-zµ]+(?:/[A-Za-z]+)?)
      (?:\s+(?:a|an|per|each)\s+(?P<per>second|minute|hour|day|week|month|year)\b)? )?
""", re.X)
MAGNITUDE = {"k": 1e3, "K": 1e3, "M": 1e6, "bn": 1e9, "T": 1e12, "thousand": 1e3,
             "million": 1e6, "billion": 1e9, "trillion": 1e12}
TARGET = re.compile(r"\s+(?:in|to)\s+\S+\s*$")


def figures(text):
    """Each figure of text as (its digits, value, precision, unit words to try in order)."""
    for m in FIGURE.finditer(text):
        if m.group("pow"):
            e = int(m.group("powexp"))
            yield m.group("pow"), 10.0 ** e, 10.0 ** (e - 1), []
            continue
        whole, frac = m.group("whole").replace(",", ""), m.group("frac") or ""
        value = float(whole + "." + frac) if frac else float(whole)
        if frac:
            precision = 10.0 ** -len(frac)
        else:
            zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
            precision = 10.0 ** min(zeros, max(len(whole) - 2, 0))
        scale = 10.0 ** int(m.group("exp")) if m.group("exp") else 1.0
        scale *= MAGNITUDE.get(m.group("mag") or m.group("magword") or "", 1.0)
        if m.group("pct"):
            scale /= 100
        unit, per = m.group("unit"), m.group("per")
        words = [unit + "/" + per, unit] if per else [unit] if unit else []
        end = m.start("unit") if unit else m.end()
        yield text[m.start():end].strip(), value * scale, precision * scale, words


def shown(result):
    """The value of an `estimate --format json` result in the unit it is shown in."""
    return result["value"] * MAGNITUDE.get(result["unit"].split(" ")[0], 1.0)


def read_lines(path):
    with open(path) as f:
        return [json.loads(line) if line.strip() else None for line in f.read().split("\n")[:-1]]


def probes(questions):
    """(question index, unit word, `1 WORD`, `EXPR in WORD`) for every word to try."""
    out = []
    for i, q in enumerate(questions):
        bare = TARGET.sub("", q["estimate"])
        words = sorted({w for point in q["expect"] for f in figures(point) for w in f[3]})
        out += [(i, w, "1 " + w, bare + " in " + w) for w in words]
    return out


def unit_words(words, conversions, i):
    return [w for w in words if conversions[(i, w)][0]]


def target(words, conversions, i, result):
    """What a figure followed by words is compared with, or None when it converts to none."""
    units = unit_words(words, conversions, i)
    if not units:
        return shown(result)
    converted = [conversions[(i, w)][1] for w in units if conversions[(i, w)][1]]
    return shown(converted[0]) if converted else None


def quotes(q, i, result, conversions):
    """Whether a figure of q's expect points agrees with result, and the figures tried."""
    tried = []
    for point in q["expect"]:
        for written, value, precision, words in figures(point):
            t = target(words, conversions, i, result)
            if t is not None and abs(t - value) <= precision / 2 * (1 + 1e-9):
                return True, tried
            tried.append(" ".join([written] + unit_words(words, conversions, i)[:1]))
    return False, tried


def check(questions, evaluated, probed):
    conversions = {}
    for n, (i, word, _, _) in enumerate(probes(questions)):
        conversions[(i, word)] = (probed[2 * n] is not None, probed[2 * n + 1])
    for i, (q, result) in enumerate(zip(questions, evaluated)):
        if result is None:
            continue  # the test reports it with estimate's own message
        if not isinstance(result["value"], (int, float)) or not math.isfinite(result["value"]):
            print(f"{q['id']}: estimate '{q['estimate']}' is not finite: {result['text']}")
            continue
        ok, tried = quotes(q, i, result, conversions)
        if not ok:
            print(f"{q['id']}: no figure of the expect points agrees with '{q['estimate']}' = "
                  f"{result['text']} ({shown(result):.10g}); figures: {', '.join(tried) or 'none'}")


questions = read_lines("questions.jsonl")
if sys.argv[1] == "probes":
    for _, _, unit, conversion in probes(questions):
        print(unit)
        print(conversion)
else:
    check(questions, read_lines("evaluated.jsonl"), read_lines("probed.jsonl"))
PY

# Keeps the last run's standard output under the name given.
keep() { cp "$WORK/stdout" "$1" || fail "could not copy the output to $1"; }

TEST "every estimate evaluates to a finite number that its expect points quote"
run qpick list ids --format tsv
expect_status 0
tail -n +2 "$WORK/stdout" | cut -f1 >ids
while read -r id; do
  qpick show "$id" --format json >>shown.json 2>show.err || fail "qpick show $id: $(cat show.err)"
done <ids
jq -c 'select(.estimate != null) | {id, estimate, expect}' shown.json >questions.jsonl ||
  fail "jq could not read qpick show's JSON"
count=$(wc -l <questions.jsonl)
[ "$count" -ge 180 ] || fail "only $count questions carry an estimate (there were 182)"

jq -r '.estimate' questions.jsonl >expressions || fail "jq could not list the estimates"
run estimate --format json <expressions
keep evaluated.jsonl
[ "$status" -eq 0 ] || fail "estimate exited $status on the banks' expressions"
# estimate names a line that fails, or that it warns about, as <stdin>:LINE: name its question.
while read -r line message; do
  fail "$(sed -n "${line}p" questions.jsonl | jq -r .id): estimate '$(sed -n "${line}p" expressions)': $message"
done < <(sed -n 's/^estimate: <stdin>:\([0-9]*\): /\1 /p' "$WORK/stderr")
expect_equal "$(wc -l <evaluated.jsonl)" "$count" "estimate answers each expression on its own line"

run python3 "$ROOT/checker.py" probes
expect_status 0
keep probes
# A probe that does not evaluate (a word that is no unit, a conversion between dimensions)
# leaves its line blank and makes estimate exit 65; any other status is a failure.
run estimate --format json <probes
[ "$status" -eq 0 ] || [ "$status" -eq 65 ] ||
  fail "estimate exited $status on the probes: $(stderr | grep -v '^estimate: <stdin>:' | head -3)"
keep probed.jsonl
expect_equal "$(wc -l <probed.jsonl)" "$(wc -l <probes)" "estimate answers each probe on its own line"

run python3 "$ROOT/checker.py" check
expect_status 0
while IFS= read -r problem; do
  fail "$problem"
done <"$WORK/stdout"
