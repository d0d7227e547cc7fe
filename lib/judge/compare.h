// How a solution's output is held against the expected one: the comparison rules of
// prepkit-bank(5) (exact, tokens, lines-any-order, float TOL, any-of) and the first difference
// shown when they do not match.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// A problem's comparison rule.
struct Comparison {
  enum class Mode { exact, tokens, lines_any_order, floating, any_of };
  Mode mode = Mode::exact;
  double tolerance = 0;  // of `floating`: absolute or relative, whichever is looser

  // As a bank writes it: "exact", "float 1e-06".
  std::string name() const;
};

// The rule `text` names, or nothing when it names none (a tolerance must be from 0 to 1).
std::optional<Comparison> parse_comparison(std::string_view text);

// Whether `actual` is a right answer: equal by `rule` to one of `expected` (which holds one
// output, or several with any-of).
bool output_matches(const Comparison& rule, const std::vector<std::string>& expected, std::string_view actual);

// Where two outputs first differ, line by line after trailing spaces are dropped: the 1-based
// line and that line of each (empty past the end).
struct Difference {
  int line = 0;
  std::string expected;
  std::string actual;
};
std::optional<Difference> first_difference(std::string_view expected, std::string_view actual);

// Whether `output` is a well-formed answer to a stress input: not empty, and text (UTF-8 with no
// NUL bytes).
bool well_formed(std::string_view output);

}  // namespace prepkit
