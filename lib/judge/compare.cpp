#include "judge/compare.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "base/yaml_tree.h"

namespace prepkit {

namespace {

// The lines of `text` with trailing spaces, tabs and carriage returns dropped, and no blank
// lines at the end.
std::vector<std::string_view> trimmed_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    lines.push_back(line);
    at = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::vector<std::string_view> tokens(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (at < text.size()) {
    while (at < text.size() && space(text[at])) ++at;
    const std::size_t start = at;
    while (at < text.size() && !space(text[at])) ++at;
    if (at > start) out.push_back(text.substr(start, at - start));
  }
  return out;
}

std::optional<double> finite_number(std::string_view token) {
  double value = 0;
  const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (ec != std::errc() || end != token.data() + token.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

bool close_enough(std::string_view expected, std::string_view actual, double tolerance) {
  if (expected == actual) return true;
  const auto e = finite_number(expected);
  const auto a = finite_number(actual);
  if (!e || !a) return false;
  const double gap = std::fabs(*e - *a);
  return gap <= tolerance || gap <= tolerance * std::max(std::fabs(*e), std::fabs(*a));
}

bool matches(const Comparison& rule, std::string_view expected, std::string_view actual) {
  switch (rule.mode) {
  case Comparison::Mode::exact:
  case Comparison::Mode::any_of: return trimmed_lines(expected) == trimmed_lines(actual);
  case Comparison::Mode::tokens: return tokens(expected) == tokens(actual);
  case Comparison::Mode::lines_any_order: {
    auto e = trimmed_lines(expected);
    auto a = trimmed_lines(actual);
    std::sort(e.begin(), e.end());
    std::sort(a.begin(), a.end());
    return e == a;
  }
  case Comparison::Mode::floating: {
    const auto e = tokens(expected);
    const auto a = tokens(actual);
    if (e.size() != a.size()) return false;
    for (std::size_t i = 0; i < e.size(); ++i) {
      if (!close_enough(e[i], a[i], rule.tolerance)) return false;
    }
    return true;
  }
  }
  return false;
}

}  // namespace

std::string Comparison::name() const {
  switch (mode) {
  case Mode::exact: return "exact";
  case Mode::tokens: return "tokens";
  case Mode::lines_any_order: return "lines-any-order";
  case Mode::floating: return fmt::format("float {:g}", tolerance);
  case Mode::any_of: return "any-of";
  }
  return "exact";
}

std::optional<Comparison> parse_comparison(std::string_view text) {
  if (text == "exact") return Comparison{Comparison::Mode::exact, 0};
  if (text == "tokens") return Comparison{Comparison::Mode::tokens, 0};
  if (text == "lines-any-order") return Comparison{Comparison::Mode::lines_any_order, 0};
  if (text == "any-of") return Comparison{Comparison::Mode::any_of, 0};
  if (!text.starts_with("float ")) return std::nullopt;
  const auto tolerance = finite_number(text.substr(6));
  if (!tolerance || *tolerance < 0 || *tolerance > 1) return std::nullopt;
  return Comparison{Comparison::Mode::floating, *tolerance};
}

bool output_matches(const Comparison& rule, const std::vector<std::string>& expected, std::string_view actual) {
  return std::any_of(expected.begin(), expected.end(), [&](const std::string& e) { return matches(rule, e, actual); });
}

std::optional<Difference> first_difference(std::string_view expected, std::string_view actual) {
  const auto e = trimmed_lines(expected);
  const auto a = trimmed_lines(actual);
  for (std::size_t i = 0; i < std::max(e.size(), a.size()); ++i) {
    const std::string_view left = i < e.size() ? e[i] : std::string_view();
    const std::string_view right = i < a.size() ? a[i] : std::string_view();
    if (left != right || (i < e.size()) != (i < a.size())) {
      return Difference{static_cast<int>(i) + 1, std::string(left), std::string(right)};
    }
  }
  return std::nullopt;
}

bool well_formed(std::string_view output) { return !tokens(output).empty() && !check_utf8(output, "output"); }

}  // namespace prepkit
