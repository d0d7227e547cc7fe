#include "estimate/expression.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "base/error.h"
#include "base/lines.h"
#include "base/yaml_tree.h"

namespace prepkit {

struct Expression::Node {
  enum class Kind { number, name, negate, percent, add, subtract, multiply, juxtapose, divide, power };
  Kind kind = Kind::number;
  double number = 0;
  std::string text;     // the number or name as written
  std::size_t at = 0;   // where it starts in the text, in bytes
  std::size_t end = 0;  // where it ends
  std::unique_ptr<Node> left;
  std::unique_ptr<Node> right;
};

namespace {

using Node = Expression::Node;
using Kind = Node::Kind;

struct Token {
  enum class Type { number, name, op, end };
  Type type = Type::end;
  std::string text;
  double number = 0;
  char op = 0;                // + - * / ^ ( ) %
  bool space_before = false;  // white space separates it from the token before
  std::size_t at = 0;         // where it starts in the text, in bytes
};

[[noreturn]] void fail(const std::string& message) { throw DataError(message); }

bool name_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }

// Refuses the whole part of a number, as `written`, whose commas do not group its digits in
// threes: `1,000,000` is a million, `1,5` and `10,00` are mistakes.
void check_commas(std::string_view written) {
  if (written.find(',') == std::string_view::npos) return;
  bool fits = written.find('_') == std::string_view::npos;
  std::size_t group = written.find(',');
  fits = fits && group >= 1 && group <= 3;
  while (fits && group != std::string_view::npos) {
    const std::size_t next = written.find(',', group + 1);
    fits = (next == std::string_view::npos ? written.size() : next) - group == 4;
    group = next;
  }
  if (!fits) {
    fail(fmt::format("misplaced ',' in '{}': a comma groups digits in threes, as in 1,000,000", excerpt(written)));
  }
}

std::vector<Token> lex(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  bool space = false;
  const auto push = [&](Token token) {
    token.space_before = space;
    token.at = i;
    space = false;
    tokens.push_back(std::move(token));
  };
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      space = true;
      ++i;
      continue;
    }
    if (text.substr(i, 2) == "\xc3\x97" || text.substr(i, 2) == "\xc2\xb7") {  // × and ·
      push({Token::Type::op, text.substr(i, 2) == "\xc3\x97" ? "\xc3\x97" : "\xc2\xb7", 0, '*'});
      i += 2;
      continue;
    }
    if (std::isdigit(c) || (c == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
      std::string digits;
      std::size_t j = i;
      const auto digit = [&](std::size_t at) {
        return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]));
      };
      // Digits, with an underscore allowed between two of them, and in the whole part (`commas`)
      // a comma after one.
      const auto take_digits = [&](bool commas) {
        while (digit(j) ||
               (j > i && digit(j - 1) && ((text[j] == '_' && digit(j + 1)) || (commas && text[j] == ',')))) {
          if (digit(j)) digits += text[j];
          ++j;
        }
      };
      take_digits(true);
      check_commas(text.substr(i, j - i));
      if (j < text.size() && text[j] == '.') {
        digits += '.';
        ++j;
        take_digits(false);
      }
      // An exponent only when digits follow: "1e9" is a number, "2e" a number and a name.
      if (j + 1 < text.size() && (text[j] == 'e' || text[j] == 'E')) {
        std::size_t k = j + 1;
        if (k < text.size() && (text[k] == '+' || text[k] == '-')) ++k;
        if (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) {
          digits += text.substr(j, k - j);
          j = k;
          take_digits(false);
        }
      }
      const double value = std::strtod(digits.c_str(), nullptr);
      if (!std::isfinite(value)) fail(fmt::format("number too large: {}", excerpt(text.substr(i, j - i))));
      push({Token::Type::number, std::string(text.substr(i, j - i)), value, 0});
      i = j;
      continue;
    }
    if (name_start(c)) {
      std::size_t j = i;
      while (j < text.size()) {
        const unsigned char d = static_cast<unsigned char>(text[j]);
        if (text.substr(j, 2) == "\xc3\x97" || text.substr(j, 2) == "\xc2\xb7") break;
        if (!(name_start(d) || std::isdigit(d))) break;
        ++j;
      }
      std::string name(text.substr(i, j - i));
      if (name == "x" || name == "per") {
        push({Token::Type::op, name, 0, name == "x" ? '*' : '/'});
      } else {
        push({Token::Type::name, name, 0, 0});
      }
      i = j;
      continue;
    }
    if (std::string_view("+-*/^()%").find(static_cast<char>(c)) != std::string_view::npos) {
      push({Token::Type::op, std::string(1, static_cast<char>(c)), 0, static_cast<char>(c)});
      ++i;
      continue;
    }
    fail(fmt::format("unexpected character '{}'", text.substr(i, c >= 0x80 ? 2 : 1)));
  }
  push({Token::Type::end, "", 0, 0});
  return tokens;
}

class Parser {
 public:
  Parser(std::string_view text, const ExpressionLimits& limits) : text_(text), tokens_(lex(text)), limits_(limits) {}

  std::unique_ptr<Node> parse() {
    if (peek().type == Token::Type::end) fail("empty expression");
    auto node = expr();
    if (peek().type != Token::Type::end) {
      if (is_op(')')) fail("unbalanced ')'");
      fail(fmt::format("unexpected '{}'", excerpt(peek().text)));
    }
    return node;
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }
  bool is_op(char op) const { return peek().type == Token::Type::op && peek().op == op; }
  Token take() { return tokens_[pos_++]; }

  // Counts nesting, failing past the limit, for the duration of one rule.
  struct Depth {
    Parser& parser;
    explicit Depth(Parser& p) : parser(p) {
      if (++parser.depth_ > parser.limits_.max_depth) {
        fail(fmt::format("expression nested too deeply (the limit is {} levels)", parser.limits_.max_depth));
      }
    }
    ~Depth() { --parser.depth_; }
  };

  static std::unique_ptr<Node> make(Kind kind, std::unique_ptr<Node> left, std::unique_ptr<Node> right) {
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->at = left->at;
    node->end = (right ? right : left)->end;
    node->left = std::move(left);
    node->right = std::move(right);
    return node;
  }

  std::unique_ptr<Node> expr() {
    Depth depth(*this);
    auto node = term();
    while (is_op('+') || is_op('-')) {
      const char op = take().op;
      node = make(op == '+' ? Kind::add : Kind::subtract, std::move(node), term());
    }
    return node;
  }

  std::unique_ptr<Node> term() {
    auto node = product();
    while (is_op('*') || is_op('/')) {
      const char op = take().op;
      node = make(op == '*' ? Kind::multiply : Kind::divide, std::move(node), product());
    }
    return node;
  }

  bool starts_factor() const {
    return peek().type == Token::Type::number || peek().type == Token::Type::name || is_op('(');
  }

  std::unique_ptr<Node> product() {
    const std::size_t first = pos_;
    auto node = unary();
    while (starts_factor()) {
      if (peek().type == Token::Type::number) refuse_juxtaposed_number(first);
      node = make(Kind::juxtapose, std::move(node), unary());
    }
    return node;
  }

  // A number never multiplies what stands before it unasked: `1 000 000` and `2 3` are mistakes,
  // not products. `first` is the token the product starts at.
  [[noreturn]] void refuse_juxtaposed_number(std::size_t first) const {
    const std::size_t end = peek().at + peek().text.size();
    const std::string written = excerpt(text_.substr(tokens_[first].at, end - tokens_[first].at));
    if (tokens_[pos_ - 1].type == Token::Type::number) {
      fail(
          fmt::format("two numbers side by side in '{}': write one number without spaces (1000000, "
                      "1,000,000 or 1_000_000), or put an operator between them",
                      written));
    }
    fail(fmt::format("a number right after a value in '{}': put an operator between them", written));
  }

  std::unique_ptr<Node> unary() {
    Depth depth(*this);
    if (is_op('-')) {
      const std::size_t at = take().at;
      auto node = make(Kind::negate, unary(), nullptr);
      node->at = at;
      return node;
    }
    if (is_op('+')) {
      take();
      return unary();
    }
    return power();
  }

  std::unique_ptr<Node> power() {
    auto node = postfix();
    if (is_op('^')) {
      take();
      node = make(Kind::power, std::move(node), unary());
    }
    return node;
  }

  std::unique_ptr<Node> postfix() {
    auto node = primary();
    while (is_op('%')) {
      const std::size_t end = take().at + 1;
      node = make(Kind::percent, std::move(node), nullptr);
      node->end = end;
    }
    return node;
  }

  static std::unique_ptr<Node> leaf(const Token& token) {
    auto node = std::make_unique<Node>();
    node->kind = token.type == Token::Type::number ? Kind::number : Kind::name;
    node->number = token.number;
    node->text = token.text;
    node->at = token.at;
    node->end = token.at + token.text.size();
    return node;
  }

  // A unit written `GB/s` (a slash with no space between two names) is one unit: it binds
  // tighter than anything, so `1 TB / 100 MB/s` is a time.
  bool glued_slash() const {
    return pos_ + 1 < tokens_.size() && is_op('/') && !peek().space_before &&
           tokens_[pos_ + 1].type == Token::Type::name && !tokens_[pos_ + 1].space_before;
  }

  std::unique_ptr<Node> primary() {
    const Token token = take();
    if (token.type == Token::Type::number) return leaf(token);
    if (token.type == Token::Type::name) {
      auto node = leaf(token);
      while (glued_slash()) {
        take();
        auto compound = make(Kind::divide, std::move(node), leaf(take()));
        compound->text = "unit";
        node = std::move(compound);
      }
      return node;
    }
    if (token.type == Token::Type::op && token.op == '(') {
      auto node = expr();
      if (!is_op(')')) fail("missing ')'");
      node->at = token.at;
      node->end = take().at + 1;
      return node;
    }
    if (token.type == Token::Type::end) fail("the expression ends where a number or unit should follow");
    fail(fmt::format("expected a number or unit, found '{}'", excerpt(token.text)));
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  const ExpressionLimits& limits_;
};

bool plain(const Quantity& q) { return q.dim == Dimension{} && q.nouns.empty(); }

void merge_nouns(Quantity& into, const Quantity& from, int sign) {
  for (const auto& [noun, power] : from.nouns) {
    const int total = (into.nouns[noun] += sign * power);
    if (total == 0) into.nouns.erase(noun);
  }
}

Quantity checked(Quantity q) {
  if (!std::isfinite(q.value)) fail("the result is too large to represent");
  return q;
}

bool has_bytes(const Quantity& q) { return q.dim.info != 0 && !q.bits; }

Quantity combine(const Quantity& a, const Quantity& b, bool divide) {
  Quantity q;
  if (divide && b.value == 0) fail("division by zero");
  q.value = divide ? a.value / b.value : a.value * b.value;
  q.dim = {a.dim.info + (divide ? -b.dim.info : b.dim.info), a.dim.time + (divide ? -b.dim.time : b.dim.time)};
  q.nouns = a.nouns;
  merge_nouns(q, b, divide ? -1 : 1);
  q.bits = (a.bits || b.bits) && !has_bytes(a) && !has_bytes(b);
  if (plain(b)) q.label = a.label;
  if (plain(a) && !divide) q.label = b.label;
  return checked(q);
}

Quantity evaluate_node(const Node& node, const Scope& scope) {
  switch (node.kind) {
  case Kind::number: return Quantity{node.number, {}, {}, false, ""};
  case Kind::name: {
    if (scope.values) {
      const auto it = scope.values->find(node.text);
      if (it != scope.values->end()) return it->second;
    }
    const auto unit = find_unit(node.text, scope.nouns);
    if (!unit) {
      const auto suggestions = suggest_units(node.text, scope.nouns);
      if (suggestions.empty()) fail(fmt::format("unknown unit '{}'", excerpt(node.text)));
      fail(fmt::format("unknown unit '{}'; did you mean '{}'?", excerpt(node.text), fmt::join(suggestions, "', '")));
    }
    Quantity q{unit->factor, unit->dim, {}, unit->bits, unit->magnitude ? "" : node.text};
    if (unit->noun) q.nouns[node.text] = 1;
    if (!unit->counts.empty()) q.nouns[unit->counts] = 1;
    return q;
  }
  case Kind::negate: {
    Quantity q = evaluate_node(*node.left, scope);
    q.value = -q.value;
    return q;
  }
  case Kind::percent: {
    Quantity q = evaluate_node(*node.left, scope);
    q.value /= 100;
    return q;
  }
  case Kind::add:
  case Kind::subtract: {
    const Quantity a = evaluate_node(*node.left, scope);
    const Quantity b = evaluate_node(*node.right, scope);
    if (!(a.dim == b.dim)) {
      if (node.kind == Kind::add) fail(fmt::format("cannot add {} and {}", a.unit_name(), b.unit_name()));
      fail(fmt::format("cannot subtract {} from {}", b.unit_name(), a.unit_name()));
    }
    Quantity q = a;
    q.value = node.kind == Kind::add ? a.value + b.value : a.value - b.value;
    q.bits = a.bits && b.bits;
    if (a.label != b.label) q.label.clear();
    return checked(q);
  }
  case Kind::multiply:
  case Kind::juxtapose: return combine(evaluate_node(*node.left, scope), evaluate_node(*node.right, scope), false);
  case Kind::divide: return combine(evaluate_node(*node.left, scope), evaluate_node(*node.right, scope), true);
  case Kind::power: {
    const Quantity base = evaluate_node(*node.left, scope);
    const Quantity exponent = evaluate_node(*node.right, scope);
    if (!plain(exponent)) fail(fmt::format("an exponent must be a plain number, found {}", exponent.unit_name()));
    const double n = exponent.value;
    if (!plain(base) && (n != std::floor(n) || std::fabs(n) > 16)) {
      fail(fmt::format("{} can only be raised to a whole power from -16 to 16", base.unit_name()));
    }
    if (base.value == 0 && n < 0) fail("division by zero");  // 0^-1 is 1/0
    Quantity q = base;
    q.value = std::pow(base.value, n);
    if (!plain(base)) {
      const int whole = static_cast<int>(n);
      q.dim = {base.dim.info * whole, base.dim.time * whole};
      for (auto& [noun, power] : q.nouns) power *= whole;
      q.label.clear();
    }
    if (std::isnan(q.value)) fail("a negative number cannot be raised to a fractional power");
    return checked(q);
  }
  }
  fail("unknown expression");
}

int precedence(Kind kind) {
  switch (kind) {
  case Kind::add:
  case Kind::subtract: return 1;
  case Kind::multiply:
  case Kind::divide: return 2;
  case Kind::juxtapose: return 3;
  case Kind::negate: return 4;
  case Kind::power: return 5;
  case Kind::percent: return 6;
  default: return 7;
  }
}

int precedence(const Node& node) {
  return node.kind == Kind::divide && node.text == "unit" ? 7 : precedence(node.kind);
}

std::string print(const Node& node) {
  const auto child = [&](const Node& c, bool right) {
    const int mine = precedence(node);
    const int theirs = precedence(c);
    const std::string text = print(c);
    // What follows a value with only a space must not start with a number or a minus: `2 (3)`
    // reads as 2 (3), never as the error `2 3` or the difference `2 -3`.
    const bool numeric =
        !text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '.' || text[0] == '-');
    const bool bracket = theirs < mine || (c.kind == Kind::juxtapose && node.kind != Kind::juxtapose) ||
                         (right && theirs == mine && node.kind != Kind::juxtapose && node.kind != Kind::multiply &&
                          node.kind != Kind::add) ||
                         (right && node.kind == Kind::juxtapose && numeric);
    return bracket ? "(" + text + ")" : text;
  };
  switch (node.kind) {
  case Kind::number: return fmt::format("{}", node.number);
  case Kind::name: return node.text;
  case Kind::negate: return "-" + child(*node.left, true);
  case Kind::percent: return child(*node.left, false) + "%";
  case Kind::add: return child(*node.left, false) + " + " + child(*node.right, true);
  case Kind::subtract: return child(*node.left, false) + " - " + child(*node.right, true);
  case Kind::multiply: return child(*node.left, false) + " * " + child(*node.right, true);
  case Kind::juxtapose: return child(*node.left, false) + " " + child(*node.right, true);
  case Kind::divide:
    if (node.text == "unit") return print(*node.left) + "/" + print(*node.right);
    return child(*node.left, false) + " / " + child(*node.right, true);
  case Kind::power: return child(*node.left, false) + "^" + child(*node.right, true);
  }
  return "";
}

// The byte units people write for a magnitude: `5B users` for five billion users.
struct ByteMagnitude {
  const char* unit;
  const char* is;      // what the unit is
  const char* is_not;  // the count it is taken for
  const char* meant;   // the magnitude to write instead
};
constexpr ByteMagnitude kByteMagnitudes[] = {
    {"B", "a byte", "a billion", "G"},       {"KB", "a kilobyte", "a thousand", "k"},
    {"kB", "a kilobyte", "a thousand", "k"}, {"MB", "a megabyte", "a million", "M"},
    {"GB", "a gigabyte", "a billion", "G"},  {"TB", "a terabyte", "a trillion", "T"}};

// The unit the name `node` stands for, unless the scope gives that name a value.
std::optional<Unit> unit_of(const Node& node, const Scope& scope) {
  if (node.kind != Kind::name || (scope.values && scope.values->count(node.text))) return std::nullopt;
  return find_unit(node.text, scope.nouns);
}

// The name a value starts with: `users` in `users/day`.
const Node* first_name(const Node& node) {
  if (node.kind == Kind::name) return &node;
  if (node.kind == Kind::juxtapose || (node.kind == Kind::divide && node.text == "unit")) return first_name(*node.left);
  return nullptr;
}

// Adds to `out` the warning for `node` when it is `NUMBER BYTE-UNIT COUNT-NOUN`, as `5B users`.
void collect_warnings(const Node& node, std::string_view text, const Scope& scope, std::vector<std::string>& out) {
  if (node.left) collect_warnings(*node.left, text, scope, out);
  if (node.right) collect_warnings(*node.right, text, scope, out);
  if (node.kind != Kind::juxtapose || node.left->kind != Kind::juxtapose) return;
  const Node& unit = *node.left->right;
  const Node* noun = first_name(*node.right);
  const auto counted = noun ? unit_of(*noun, scope) : std::nullopt;
  if (!counted || !counted->noun || !unit_of(unit, scope)) return;
  for (const auto& mistake : kByteMagnitudes) {
    if (unit.text != mistake.unit) continue;
    const std::string written(text.substr(node.at, node.end - node.at));
    std::string meant = written;
    meant.replace(unit.at - node.at, unit.text.size(), mistake.meant);
    out.push_back(fmt::format("'{}': {} is {}, not {}; did you mean '{}'?", excerpt(written), unit.text, mistake.is,
                              mistake.is_not, excerpt(meant)));
  }
}

void collect_names(const Node& node, std::vector<std::string>& names) {
  if (node.kind == Kind::name && std::find(names.begin(), names.end(), node.text) == names.end()) {
    names.push_back(node.text);
  }
  if (node.left) collect_names(*node.left, names);
  if (node.right) collect_names(*node.right, names);
}

// Splits "EXPR in UNIT" at a top-level `in` or `to`; nothing when there is none.
std::optional<std::pair<std::string_view, std::string_view>> split_target(std::string_view text) {
  int depth = 0;
  std::optional<std::size_t> at;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')') --depth;
    if (depth != 0 || i + 2 > text.size()) continue;
    const std::string_view word = text.substr(i, 2);
    const bool before = i == 0 || std::isspace(static_cast<unsigned char>(text[i - 1]));
    const bool after = i + 2 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 2]));
    if ((word == "in" || word == "to") && before && after) at = i;
  }
  if (!at) return std::nullopt;
  return std::pair{text.substr(0, *at), text.substr(*at + 2)};
}

std::string tidy(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Refuses text too long to parse, or that is not UTF-8 (its bytes would reach the terminal in
// messages).
void check_text(std::string_view text, const ExpressionLimits& limits) {
  check_length(text.size(), limits);
  if (auto problem = check_utf8(text, "")) {
    fail(fmt::format("{} at character {} of the expression", problem->message, problem->column));
  }
}

}  // namespace

void check_length(std::size_t length, const ExpressionLimits& limits) {
  if (length > limits.max_chars) {
    fail(fmt::format("expression too long: {} characters (the limit is {})", length, limits.max_chars));
  }
}

Expression::Expression(std::unique_ptr<Node> root, std::string text) : root_(std::move(root)), text_(std::move(text)) {}
Expression::Expression(Expression&&) noexcept = default;
Expression& Expression::operator=(Expression&&) noexcept = default;
Expression::~Expression() = default;

Expression Expression::parse(std::string_view text, const ExpressionLimits& limits) {
  check_text(text, limits);
  return Expression(Parser(text, limits).parse(), std::string(text));
}

Quantity Expression::evaluate(const Scope& scope) const { return evaluate_node(*root_, scope); }

std::string Expression::understood() const { return print(*root_); }

std::vector<std::string> Expression::names() const {
  std::vector<std::string> names;
  collect_names(*root_, names);
  return names;
}

std::vector<std::string> Expression::warnings(const Scope& scope) const {
  std::vector<std::string> found;
  collect_warnings(*root_, text_, scope, found);
  return found;
}

Answer evaluate_query(std::string_view text, const std::optional<std::string>& to, const Scope& scope,
                      const ExpressionLimits& limits) {
  check_text(text, limits);
  if (to) check_text(*to, limits);
  std::string_view value_text = text;
  std::optional<std::string> target_text = to;
  if (auto parts = split_target(text)) {
    if (to) {
      fail(fmt::format("two units to convert to: '{}' after 'in', and '{}'", excerpt(tidy(parts->second)),
                       excerpt(tidy(*to))));
    }
    value_text = parts->first;
    target_text = std::string(parts->second);
  }
  const Expression expression = Expression::parse(value_text, limits);
  Answer answer;
  answer.value = expression.evaluate(scope);
  answer.understood = expression.understood();
  answer.warnings = expression.warnings(scope);
  if (!target_text) {
    answer.shown = show(answer.value);
    return answer;
  }
  answer.target_text = tidy(*target_text);
  if (answer.target_text.empty()) fail("the unit to convert to is missing");
  Quantity target = Expression::parse(answer.target_text, limits).evaluate(scope);
  if (target.value == 0) fail("cannot convert to a unit of zero");
  if (!(target.dim == answer.value.dim)) {
    fail(fmt::format("cannot convert {} to {}", answer.value.unit_name(), excerpt(answer.target_text)));
  }
  answer.shown = show_in(answer.value, target, answer.target_text);
  if (!std::isfinite(answer.shown.value)) fail("the result is too large to represent");
  answer.target = std::move(target);
  return answer;
}

}  // namespace prepkit
