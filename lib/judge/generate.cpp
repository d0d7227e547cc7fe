#include "judge/generate.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <iterator>
#include <limits>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "base/rng.h"

namespace prepkit {

enum class Op {
  block,
  line,
  ints,
  perm,
  word,
  words,
  pairs,
  intervals,
  tree,
  bst,
  graph,
  digraph,
  dag,
  grid,
  repeat,
  pick,
  join
};

// A part of a `line` directive's text: literal text, {int LO HI} or {word LEN ALPHABET}.
struct Piece {
  enum class Kind { text, integer, word } kind = Kind::text;
  std::string text;  // the literal text, or the alphabet of a word
  std::int64_t lo = 0;
  std::int64_t hi = 0;
};

struct Directive {
  Op op = Op::block;
  int line = 0;
  bool counted = false;
  bool sorted = false;
  bool distinct = false;
  bool disjoint = false;
  std::vector<std::int64_t> args;
  std::string alphabet;
  std::vector<Piece> pieces;    // of a `line`
  std::vector<Directive> body;  // of a block, `repeat` or `pick`
};

namespace {

constexpr int kMaxDepth = 16;

struct OpSpec {
  std::string_view name;
  Op op;
  int least;      // numbers it needs
  int most;       // numbers it takes
  bool alphabet;  // an alphabet follows the numbers
  std::array<std::string_view, 2> flags;
  bool countable;  // `counted` may precede it
};

constexpr OpSpec kOps[] = {
    {"ints", Op::ints, 3, 3, false, {"sorted", "distinct"}, true},
    {"perm", Op::perm, 1, 2, false, {}, true},
    {"word", Op::word, 1, 1, true, {}, false},
    {"words", Op::words, 2, 2, true, {}, true},
    {"pairs", Op::pairs, 3, 3, false, {}, false},
    {"intervals", Op::intervals, 3, 3, false, {"sorted", "disjoint"}, false},
    {"tree", Op::tree, 3, 3, false, {}, true},
    {"bst", Op::bst, 3, 3, false, {}, true},
    {"graph", Op::graph, 2, 4, false, {}, false},
    {"digraph", Op::digraph, 2, 4, false, {}, false},
    {"dag", Op::dag, 2, 4, false, {}, false},
    {"grid", Op::grid, 2, 2, true, {}, false},
    {"repeat", Op::repeat, 1, 1, false, {}, false},
    {"pick", Op::pick, 1, 1, false, {}, false},
    {"join", Op::join, 1, 1, false, {}, false},
};

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

// A whole number of 1 to 19 digits, or nothing.
std::optional<std::int64_t> digits(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || text[0] == '-' || text[0] == '+' || ec != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

// `D` or `D^E`, or nothing when it is not one or does not fit in 64 bits.
std::optional<std::int64_t> power(std::string_view text) {
  const auto caret = text.find('^');
  const auto base = digits(text.substr(0, caret));
  if (!base || caret == std::string_view::npos) return base;
  const auto exponent = digits(text.substr(caret + 1));
  if (!exponent) return std::nullopt;
  std::int64_t value = 1;
  for (std::int64_t i = 0; i < *exponent; ++i) {
    if (*base != 0 && value > std::numeric_limits<std::int64_t>::max() / *base) return std::nullopt;
    value *= *base;
    if (value == 0 || value == 1) break;  // 0^e and 1^e stay put however large e is
  }
  return value;
}

// A number as the language writes it: 123, -5, 10^5, 2*10^5, -10^9.
std::int64_t number(std::string_view text, int line) {
  const bool negative = !text.empty() && text[0] == '-';
  const std::string_view rest = negative ? text.substr(1) : text;
  const auto star = rest.find('*');
  std::optional<std::int64_t> value = power(rest.substr(0, star));
  if (value && star != std::string_view::npos) {
    const auto right = power(rest.substr(star + 1));
    if (!right || (*right != 0 && *value > std::numeric_limits<std::int64_t>::max() / *right)) {
      value.reset();
    } else {
      value = *value * *right;
    }
  }
  if (!value) {
    throw GeneratorError(line,
                         fmt::format("expected a whole number such as 100, -5, 10^5 or 2*10^5, found '{}'", text));
  }
  return negative ? -*value : *value;
}

// The characters `text` lists, ranges such as a-z spelled out, each once.
std::string alphabet(std::string_view text, int line) {
  std::string chars;
  const auto add = [&](char c) {
    if (chars.find(c) == std::string::npos) chars += c;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c < '!' || c > '~') throw GeneratorError(line, "an alphabet holds printable ASCII characters only");
    if (i + 2 < text.size() && text[i + 1] == '-' && text[i + 2] >= c && text[i + 2] <= '~') {
      for (char r = c; r <= text[i + 2]; ++r) add(r);
      i += 2;
    } else {
      add(c);
    }
  }
  return chars;
}

void check_count(std::int64_t value, std::string_view what, int line) {
  if (value < 0 || value > kMaxGeneratorCount) {
    throw GeneratorError(line, fmt::format("{} must be 0 to 10^7, found {}", what, value));
  }
}

std::uint64_t span(std::int64_t lo, std::int64_t hi) {
  return static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
}

// Checks what a directive's numbers must satisfy, naming the line.
void check_arguments(const Directive& d) {
  const auto& a = d.args;
  const auto range = [&](std::size_t lo) {
    if (a[lo] > a[lo + 1]) throw GeneratorError(d.line, fmt::format("the range {} to {} is empty", a[lo], a[lo + 1]));
  };
  const auto room = [&](std::int64_t needed, std::int64_t lo, std::int64_t hi, std::string_view why) {
    if (span(lo, hi) < static_cast<std::uint64_t>(std::max<std::int64_t>(needed, 1) - 1)) {
      throw GeneratorError(d.line, fmt::format("{} {} to {} holds fewer than {} numbers", why, lo, hi, needed));
    }
  };
  switch (d.op) {
  case Op::ints:
    check_count(a[0], "N", d.line);
    range(1);
    if (d.distinct) room(a[0], a[1], a[2], "distinct: the range");
    break;
  case Op::perm:
    check_count(a[0], "N", d.line);
    if (a.size() > 1 && a[1] > std::numeric_limits<std::int64_t>::max() - a[0]) {
      throw GeneratorError(d.line, "perm: FROM + N does not fit in 64 bits");
    }
    break;
  case Op::word: check_count(a[0], "LEN", d.line); break;
  case Op::words:
    check_count(a[0], "K", d.line);
    check_count(a[1], "LEN", d.line);
    check_count(a[0] * std::max<std::int64_t>(a[1], 1), "K*LEN", d.line);
    break;
  case Op::pairs: check_count(a[0], "K", d.line), range(1); break;
  case Op::intervals:
    check_count(a[0], "K", d.line);
    range(1);
    if (a[0] > 0) room(d.disjoint ? 2 * a[0] : 2, a[1], a[2], "intervals: the range");
    break;
  case Op::tree: check_count(a[0], "N", d.line), range(1); break;
  case Op::bst:
    check_count(a[0], "N", d.line);
    range(1);
    room(a[0], a[1], a[2], "bst: the range");
    break;
  case Op::graph:
  case Op::digraph:
  case Op::dag: {
    check_count(a[0], "N", d.line);
    check_count(a[1], "M", d.line);
    if (a.size() == 3) throw GeneratorError(d.line, "a weight range needs both LO and HI");
    if (a.size() == 4) range(2);
    const std::int64_t pairs = a[0] * (a[0] - 1) / 2;
    const std::int64_t most = d.op == Op::digraph ? 2 * pairs : pairs;
    if (a[1] > most) {
      throw GeneratorError(d.line, fmt::format("{} nodes have room for {} edges, not {}", a[0], most, a[1]));
    }
    break;
  }
  case Op::grid:
    check_count(a[0], "R", d.line);
    check_count(a[1], "C", d.line);
    check_count(a[0] * std::max<std::int64_t>(a[1], 1), "R*C", d.line);
    break;
  case Op::repeat:
  case Op::pick:
  case Op::join: check_count(a[0], "K", d.line); break;
  case Op::block:
  case Op::line: break;
  }
}

// The pieces of a `line` directive's text.
std::vector<Piece> pieces(std::string_view text, int line) {
  std::vector<Piece> out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto open = text.find('{', at);
    const bool field =
        open != std::string_view::npos && (text.substr(open + 1, 4) == "int " || text.substr(open + 1, 5) == "word ");
    if (!field) {
      const auto next = open == std::string_view::npos ? text.size() : open + 1;
      out.push_back({Piece::Kind::text, std::string(text.substr(at, next - at))});
      at = next;
      continue;
    }
    if (open > at) out.push_back({Piece::Kind::text, std::string(text.substr(at, open - at))});
    const auto close = text.find('}', open);
    if (close == std::string_view::npos) throw GeneratorError(line, "'{' has no closing '}'");
    const auto words = split_words(text.substr(open + 1, close - open - 1));
    if (words.size() != 3) {
      throw GeneratorError(line, fmt::format("expected {{int LO HI}} or {{word LEN ALPHABET}}, found '{}'",
                                             text.substr(open, close - open + 1)));
    }
    if (words[0] == "int") {
      Piece p{Piece::Kind::integer, "", number(words[1], line), number(words[2], line)};
      if (p.lo > p.hi) throw GeneratorError(line, fmt::format("the range {} to {} is empty", p.lo, p.hi));
      out.push_back(p);
    } else {
      const std::int64_t length = number(words[1], line);
      check_count(length, "LEN", line);
      out.push_back({Piece::Kind::word, alphabet(words[2], line), length, length});
    }
    at = close + 1;
  }
  return out;
}

// One directive line (not `end`), parsed.
Directive parse_directive(std::string_view text, int line) {
  Directive d;
  d.line = line;
  if (text == "line" || text.starts_with("line ")) {
    d.op = Op::line;
    d.pieces = pieces(text.size() > 5 ? text.substr(5) : std::string_view(), line);
    return d;
  }
  auto words = split_words(text);
  if (!words.empty() && words[0] == "counted") {
    d.counted = true;
    words.erase(words.begin());
  }
  const OpSpec* spec = nullptr;
  for (const auto& s : kOps) {
    if (!words.empty() && words[0] == s.name) spec = &s;
  }
  if (!spec) {
    throw GeneratorError(line, fmt::format("unknown directive '{}' (expected line, ints, perm, word, words, pairs, "
                                           "intervals, tree, bst, graph, digraph, dag, grid, counted, repeat, pick, "
                                           "join or end)",
                                           words.empty() ? "" : words[0]));
  }
  if (d.counted && !spec->countable) {
    throw GeneratorError(line,
                         fmt::format("counted goes only before ints, perm, words, tree or bst, not {}", spec->name));
  }
  d.op = spec->op;
  std::size_t i = 1;
  while (i < words.size() && static_cast<int>(d.args.size()) < spec->most &&
         (std::isdigit(static_cast<unsigned char>(words[i][0])) || words[i][0] == '-') &&
         !(spec->alphabet && static_cast<int>(d.args.size()) >= spec->least)) {
    d.args.push_back(number(words[i++], line));
  }
  if (static_cast<int>(d.args.size()) < spec->least) {
    throw GeneratorError(line,
                         fmt::format("{} needs {} number{}", spec->name, spec->least, spec->least == 1 ? "" : "s"));
  }
  if (spec->alphabet) {
    if (i >= words.size()) throw GeneratorError(line, fmt::format("{} needs an alphabet such as a-z", spec->name));
    d.alphabet = alphabet(words[i++], line);
  }
  for (; i < words.size(); ++i) {
    const auto flag = words[i];
    if (flag != spec->flags[0] && flag != spec->flags[1]) {
      throw GeneratorError(line, fmt::format("{}: unexpected '{}'", spec->name, flag));
    }
    d.sorted |= flag == "sorted";
    d.distinct |= flag == "distinct";
    d.disjoint |= flag == "disjoint";
  }
  check_arguments(d);
  return d;
}

// Writes the generated input, refusing to grow past the limit.
class Writer {
 public:
  Writer(std::uint64_t seed, std::size_t max_bytes)
      : rng_(mix64(seed), mix64(seed ^ 0x9e3779b97f4a7c15ULL)), max_(max_bytes) {}

  void text(std::string_view s) {
    out_.append(s);
    check();
  }
  void integer(std::int64_t v) {
    fmt::format_to(std::back_inserter(out_), "{}", v);
    check();
  }
  void separator(bool first) {
    if (!first) out_ += ' ';
  }
  void end_line() {
    out_ += '\n';
    check();
  }

  // A uniform draw from [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    const std::uint64_t width = span(lo, hi);
    std::uint64_t x = bits();
    if (width != std::numeric_limits<std::uint64_t>::max()) {
      const std::uint64_t bound = width + 1;
      const std::uint64_t threshold = (0 - bound) % bound;
      while (x < threshold) x = bits();
      x %= bound;
    }
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + x);
  }
  std::size_t below(std::size_t bound) {
    return static_cast<std::size_t>(between(0, static_cast<std::int64_t>(bound) - 1));
  }

  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
  }

  // Throws now when `bytes` more would pass the limit, before the work of making them.
  void expect(std::uint64_t bytes) const {
    if (bytes > max_ - std::min(max_, out_.size())) too_large();
  }

  std::size_t size() const { return out_.size(); }

  // Makes what was written from `start` on one line: drops its line breaks.
  void join_lines(std::size_t start) {
    out_.erase(std::remove(out_.begin() + static_cast<std::ptrdiff_t>(start), out_.end(), '\n'), out_.end());
  }

  std::string take() { return std::move(out_); }

 private:
  std::uint64_t bits() { return (static_cast<std::uint64_t>(rng_.next()) << 32u) | rng_.next(); }
  void check() const {
    if (out_.size() > max_) too_large();
  }
  [[noreturn]] void too_large() const {
    throw GeneratorError(0, fmt::format("the input would be larger than {} bytes", max_));
  }

  Rng rng_;
  std::size_t max_;
  std::string out_;
};

// `n` different numbers from [lo, hi], in increasing order.
std::vector<std::int64_t> distinct_sorted(Writer& w, std::int64_t n, std::int64_t lo, std::int64_t hi) {
  std::vector<std::int64_t> values;
  const std::uint64_t width = span(lo, hi);
  if (width < static_cast<std::uint64_t>(4 * n)) {  // selection sampling: one pass over the range
    std::int64_t needed = n;
    for (std::uint64_t i = 0; needed > 0; ++i) {
      const std::uint64_t left = width - i + 1;
      if (static_cast<std::uint64_t>(w.between(1, static_cast<std::int64_t>(left))) <=
          static_cast<std::uint64_t>(needed)) {
        values.push_back(static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + i));
        --needed;
      }
    }
    return values;
  }
  while (static_cast<std::int64_t>(values.size()) < n) {  // draw, drop repeats, draw the rest again
    for (auto k = static_cast<std::int64_t>(values.size()); k < n; ++k) values.push_back(w.between(lo, hi));
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
  }
  return values;
}

void write_count(Writer& w, const Directive& d, std::int64_t count) {
  if (!d.counted) return;
  w.integer(count);
  if (count > 0) w.text(" ");
}

void write_numbers(Writer& w, const Directive& d, const std::vector<std::int64_t>& values) {
  write_count(w, d, static_cast<std::int64_t>(values.size()));
  for (std::size_t i = 0; i < values.size(); ++i) {
    w.separator(i == 0);
    w.integer(values[i]);
  }
  w.end_line();
}

void write_word(Writer& w, std::int64_t length, const std::string& letters) {
  std::string word(static_cast<std::size_t>(length), ' ');
  for (char& c : word) c = letters[w.below(letters.size())];
  w.text(word);
}

void run_ints(Writer& w, const Directive& d) {
  const auto [n, lo, hi] = std::tuple(d.args[0], d.args[1], d.args[2]);
  w.expect(2 * static_cast<std::uint64_t>(n));
  std::vector<std::int64_t> values;
  if (d.distinct) {
    values = distinct_sorted(w, n, lo, hi);
    if (!d.sorted) w.shuffle(values);
  } else {
    values.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) values.push_back(w.between(lo, hi));
    if (d.sorted) std::sort(values.begin(), values.end());
  }
  write_numbers(w, d, values);
}

void run_intervals(Writer& w, const Directive& d) {
  const auto [k, lo, hi] = std::tuple(d.args[0], d.args[1], d.args[2]);
  w.expect(4 * static_cast<std::uint64_t>(k));
  std::vector<std::pair<std::int64_t, std::int64_t>> spans;
  if (d.disjoint) {
    const auto points = distinct_sorted(w, 2 * k, lo, hi);
    for (std::size_t i = 0; i + 1 < points.size(); i += 2) spans.emplace_back(points[i], points[i + 1]);
  } else {
    for (std::int64_t i = 0; i < k; ++i) {
      const std::int64_t a = w.between(lo, hi - 1);
      spans.emplace_back(a, w.between(a + 1, hi));
    }
    if (d.sorted) std::sort(spans.begin(), spans.end());
  }
  for (const auto& [a, b] : spans) {
    w.integer(a);
    w.text(" ");
    w.integer(b);
    w.end_line();
  }
}

// A random binary tree of `n` nodes: children[i] = {left, right}, -1 for none; node 0 is the root.
std::vector<std::array<std::int64_t, 2>> tree_shape(Writer& w, std::int64_t n) {
  std::vector<std::array<std::int64_t, 2>> children(static_cast<std::size_t>(n), {-1, -1});
  std::vector<std::pair<std::int64_t, int>> free;  // (node, side) slots a new node may take
  if (n > 0) free = {{0, 0}, {0, 1}};
  for (std::int64_t node = 1; node < n; ++node) {
    const std::size_t pick = w.below(free.size());
    const auto [parent, side] = free[pick];
    children[static_cast<std::size_t>(parent)][static_cast<std::size_t>(side)] = node;
    free[pick] = free.back();
    free.pop_back();
    free.emplace_back(node, 0);
    free.emplace_back(node, 1);
  }
  return children;
}

void run_tree(Writer& w, const Directive& d) {
  const auto [n, lo, hi] = std::tuple(d.args[0], d.args[1], d.args[2]);
  w.expect(2 * static_cast<std::uint64_t>(n));
  const auto children = tree_shape(w, n);
  std::vector<std::int64_t> value(static_cast<std::size_t>(n));
  if (d.op == Op::bst) {  // the sorted values in in-order position
    const auto sorted = distinct_sorted(w, n, lo, hi);
    std::vector<std::int64_t> stack;
    std::size_t next = 0;
    std::int64_t node = n > 0 ? 0 : -1;
    while (node != -1 || !stack.empty()) {
      for (; node != -1; node = children[static_cast<std::size_t>(node)][0]) stack.push_back(node);
      node = stack.back();
      stack.pop_back();
      value[static_cast<std::size_t>(node)] = sorted[next++];
      node = children[static_cast<std::size_t>(node)][1];
    }
  } else {
    for (auto& v : value) v = w.between(lo, hi);
  }
  std::vector<std::int64_t> order;  // level order, -1 for a missing child
  if (n > 0) order.push_back(0);
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] == -1) continue;
    for (const std::int64_t child : children[static_cast<std::size_t>(order[i])]) order.push_back(child);
  }
  while (!order.empty() && order.back() == -1) order.pop_back();
  write_count(w, d, static_cast<std::int64_t>(order.size()));
  for (std::size_t i = 0; i < order.size(); ++i) {
    w.separator(i == 0);
    if (order[i] == -1) {
      w.text("null");
    } else {
      w.integer(value[static_cast<std::size_t>(order[i])]);
    }
  }
  w.end_line();
}

// Adds to `keys` (which holds different pairs already) pairs of different nodes from 0..n-1 until
// it holds `m`, each pair (a, b) as a * n + b: with a < b unless `directed`.
void add_pairs(Writer& w, std::int64_t n, std::int64_t m, bool directed, std::vector<std::int64_t>& keys) {
  const std::int64_t all = directed ? n * (n - 1) : n * (n - 1) / 2;
  const auto key = [n, directed](std::int64_t a, std::int64_t b) {
    return directed ? a * n + b : std::min(a, b) * n + std::max(a, b);
  };
  if (m > all / 2) {  // dense: every pair not taken yet, shuffled, the first ones kept
    std::sort(keys.begin(), keys.end());
    std::vector<std::int64_t> rest;
    for (std::int64_t a = 0; a < n; ++a) {
      for (std::int64_t b = directed ? 0 : a + 1; b < n; ++b) {
        if (a != b && !std::binary_search(keys.begin(), keys.end(), key(a, b))) rest.push_back(key(a, b));
      }
    }
    w.shuffle(rest);
    keys.insert(keys.end(), rest.begin(), rest.begin() + (m - static_cast<std::int64_t>(keys.size())));
    return;
  }
  while (static_cast<std::int64_t>(keys.size()) < m) {  // sparse: draw, drop repeats, draw the rest again
    for (auto k = static_cast<std::int64_t>(keys.size()); k < m; ++k) {
      const std::int64_t a = w.between(0, n - 1);
      std::int64_t b = w.between(0, n - 2);
      if (b >= a) ++b;
      keys.push_back(key(a, b));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  }
}

void run_graph(Writer& w, const Directive& d) {
  const auto [n, m] = std::pair(d.args[0], d.args[1]);
  const bool weighted = d.args.size() == 4;
  w.expect(4 * static_cast<std::uint64_t>(m));
  std::vector<std::int64_t> order(static_cast<std::size_t>(n));  // the hidden order of a dag
  for (std::int64_t i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
  w.shuffle(order);
  std::vector<std::int64_t> keys;
  if (d.op == Op::graph && m >= n - 1) {  // a random spanning tree first: connected
    for (std::int64_t i = 1; i < n; ++i) {
      const std::int64_t a = order[static_cast<std::size_t>(i)];
      const std::int64_t b = order[w.below(static_cast<std::size_t>(i))];
      keys.push_back(std::min(a, b) * n + std::max(a, b));
    }
  }
  add_pairs(w, n, m, d.op == Op::digraph, keys);
  std::vector<std::pair<std::int64_t, std::int64_t>> edges;
  for (const std::int64_t k : keys) {
    std::int64_t a = k / n;
    std::int64_t b = k % n;
    if (d.op == Op::dag) {  // forward in the hidden order
      a = order[static_cast<std::size_t>(a)];
      b = order[static_cast<std::size_t>(b)];
    } else if (d.op == Op::graph && w.below(2) == 1) {
      std::swap(a, b);
    }
    edges.emplace_back(a, b);
  }
  w.shuffle(edges);
  w.integer(n);
  w.text(" ");
  w.integer(m);
  w.end_line();
  for (const auto& [a, b] : edges) {
    w.integer(a);
    w.text(" ");
    w.integer(b);
    if (weighted) {
      w.text(" ");
      w.integer(w.between(d.args[2], d.args[3]));
    }
    w.end_line();
  }
}

void run(Writer& w, const Directive& d);

void run_line(Writer& w, const Directive& d) {
  for (const Piece& p : d.pieces) {
    switch (p.kind) {
    case Piece::Kind::text: w.text(p.text); break;
    case Piece::Kind::integer: w.integer(w.between(p.lo, p.hi)); break;
    case Piece::Kind::word: write_word(w, p.lo, p.text); break;
    }
  }
  w.end_line();
}

void run(Writer& w, const Directive& d) {
  const auto& a = d.args;
  switch (d.op) {
  case Op::block:
    for (const auto& child : d.body) run(w, child);
    break;
  case Op::line: run_line(w, d); break;
  case Op::ints: run_ints(w, d); break;
  case Op::perm: {
    w.expect(2 * static_cast<std::uint64_t>(a[0]));
    std::vector<std::int64_t> values(static_cast<std::size_t>(a[0]));
    for (std::int64_t i = 0; i < a[0]; ++i) values[static_cast<std::size_t>(i)] = (a.size() > 1 ? a[1] : 0) + i;
    w.shuffle(values);
    write_numbers(w, d, values);
    break;
  }
  case Op::word:
    write_word(w, a[0], d.alphabet);
    w.end_line();
    break;
  case Op::words:
    write_count(w, d, a[0]);
    for (std::int64_t i = 0; i < a[0]; ++i) {
      w.separator(i == 0);
      write_word(w, a[1], d.alphabet);
    }
    w.end_line();
    break;
  case Op::pairs:
    for (std::int64_t i = 0; i < a[0]; ++i) {
      w.integer(w.between(a[1], a[2]));
      w.text(" ");
      w.integer(w.between(a[1], a[2]));
      w.end_line();
    }
    break;
  case Op::intervals: run_intervals(w, d); break;
  case Op::tree:
  case Op::bst: run_tree(w, d); break;
  case Op::graph:
  case Op::digraph:
  case Op::dag: run_graph(w, d); break;
  case Op::grid:
    for (std::int64_t r = 0; r < a[0]; ++r) {
      write_word(w, a[1], d.alphabet);
      w.end_line();
    }
    break;
  case Op::repeat:
    for (std::int64_t i = 0; i < a[0]; ++i) {
      for (const auto& child : d.body) run(w, child);
    }
    break;
  case Op::pick:
    for (std::int64_t i = 0; i < a[0]; ++i) run(w, d.body[w.below(d.body.size())]);
    break;
  case Op::join: {
    const std::size_t start = w.size();
    for (std::int64_t i = 0; i < a[0]; ++i) {
      for (const auto& child : d.body) run(w, child);
    }
    w.join_lines(start);
    w.end_line();
    break;
  }
  }
}

}  // namespace

Generator::Generator(std::string_view source) : program_(std::make_unique<Directive>()) {
  std::vector<Directive*> open = {program_.get()};
  int line = 0;
  std::size_t at = 0;
  while (at < source.size()) {
    const auto end = std::min(source.find('\n', at), source.size());
    std::string_view text = source.substr(at, end - at);
    at = end + 1;
    ++line;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    if (text.empty() || text.front() == '#') continue;
    if (text == "end") {
      if (open.size() == 1) throw GeneratorError(line, "'end' closes no repeat, pick or join");
      if (open.back()->body.empty())
        throw GeneratorError(open.back()->line, "a block needs a directive before its end");
      open.pop_back();
      continue;
    }
    Directive d = parse_directive(text, line);
    open.back()->body.push_back(std::move(d));
    Directive& added = open.back()->body.back();
    if (added.op == Op::repeat || added.op == Op::pick || added.op == Op::join) {
      if (open.size() > kMaxDepth) throw GeneratorError(line, "blocks nest more than 16 deep");
      open.push_back(&added);
    }
  }
  if (open.size() > 1) throw GeneratorError(open.back()->line, "this block has no 'end'");
}

Generator::~Generator() = default;
Generator::Generator(Generator&&) noexcept = default;
Generator& Generator::operator=(Generator&&) noexcept = default;

std::string Generator::run(std::uint64_t seed, std::size_t max_bytes) const {
  Writer w(seed, max_bytes);
  prepkit::run(w, *program_);
  return w.take();
}

}  // namespace prepkit
