// Back-of-envelope expressions: `100M * 100 B`, `1M req/day in req/s`, `2^30 B in GiB`.
// Grammar, loosest binding first:
//   query   := expr [("in" | "to") expr]
//   expr    := term (("+" | "-") term)*
//   term    := product (("*" | "x" | "\u00d7" | "/") product)*
//   product := unary unary*                  (juxtaposition: `100 GB`, `1M req`; never `2 3`)
//   unary   := "-" unary | power
//   power   := postfix ["^" unary]
//   postfix := primary "%"*
//   primary := number | name | "(" expr ")"
// Juxtaposition binds tighter than * and /, so `1 GB / 1 MB` is 1000 and `500 GB/month` a rate. A
// number is never juxtaposed after another value: `1 000 000` and `2 3` are errors, not products.
// A number's digits may be grouped by underscores (1_000_000) or by commas in threes (1,000,000);
// `per` is `/` and `x` is `*`.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "estimate/quantity.h"

namespace prepkit {

// Limits on what an expression may ask of the evaluator (documented in estimate(1)).
struct ExpressionLimits {
  std::size_t max_chars = 1000;
  int max_depth = 64;  // nested parentheses and operators
};

// What names mean while evaluating: extra count nouns, and named values (a capacity sheet's),
// which shadow units of the same spelling.
struct Scope {
  std::vector<std::string> nouns;
  const std::map<std::string, Quantity>* values = nullptr;
};

// Throws DataError "expression too long: ..." when an expression of `length` characters is over
// the limit.
void check_length(std::size_t length, const ExpressionLimits& limits = {});

// A parsed expression.
class Expression {
 public:
  struct Node;

  // Parses `text`; throws DataError (exit 65) with one line saying what is wrong.
  static Expression parse(std::string_view text, const ExpressionLimits& limits = {});

  Expression(Expression&&) noexcept;
  Expression& operator=(Expression&&) noexcept;
  ~Expression();

  // The value of the expression; throws DataError for an unknown unit (with suggestions),
  // incompatible units, division by zero or a result too large to represent.
  Quantity evaluate(const Scope& scope = {}) const;

  // The expression as understood, fully bracketed: "(1 M req) / day".
  std::string understood() const;

  // Every name the expression uses, in order of first use.
  std::vector<std::string> names() const;

  // A line for each byte unit written where a count was surely meant, between a number and a
  // count noun: "'5B users': B is a byte, not a billion; did you mean '5G users'?".
  std::vector<std::string> warnings(const Scope& scope = {}) const;

 private:
  Expression(std::unique_ptr<Node> root, std::string text);
  std::unique_ptr<Node> root_;
  std::string text_;  // as parsed, for quoting
};

// An evaluated query: the value, the unit asked for (if any), and how to show it.
struct Answer {
  Quantity value;
  std::optional<Quantity> target;
  std::string target_text;  // as written, spaces tidied: "req/s"
  std::string understood;   // the expression as understood
  Shown shown;
  std::vector<std::string> warnings;  // what looks like a mistake (Expression::warnings)
};

// Evaluates "EXPR", "EXPR in UNIT" or "EXPR to UNIT"; `to` (from --to) names the unit when the
// text does not. Throws DataError, including "cannot convert B/s to s" for a unit that does
// not fit and "the result is too large to represent" for a conversion that overflows.
Answer evaluate_query(std::string_view text, const std::optional<std::string>& to, const Scope& scope = {},
                      const ExpressionLimits& limits = {});

}  // namespace prepkit
