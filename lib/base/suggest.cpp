#include "base/suggest.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include <fmt/format.h>

namespace prepkit {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance with three rolling rows.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

namespace {

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

}  // namespace

std::vector<std::string> closest_matches(std::string_view typed, const std::vector<std::string>& candidates,
                                         std::size_t limit) {
  // Case is no evidence against a match: 'APIS' means 'apis'.
  const std::string word = ascii_lower(typed);
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::vector<std::pair<std::size_t, const std::string*>> scored;
  for (const auto& original : candidates) {
    const std::string candidate = ascii_lower(original);
    std::size_t distance = edit_distance(word, candidate);
    const bool contains = word.size() >= 3 && candidate.size() >= 3 &&
                          (candidate.find(word) != std::string::npos || word.find(candidate) != std::string::npos);
    if (contains) distance = std::min<std::size_t>(distance, 1);
    if (distance <= allowed || contains) scored.emplace_back(distance, &original);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : *x.second < *y.second;
  });
  std::vector<std::string> result;
  for (const auto& [distance, candidate] : scored) {
    if (result.size() == limit) break;
    if (std::find(result.begin(), result.end(), *candidate) == result.end()) {
      result.push_back(*candidate);
    }
  }
  return result;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const auto matches = closest_matches(word, candidates);
  if (matches.empty()) return "";
  return fmt::format(" (did you mean '{}'?)", fmt::join(matches, "', '"));
}

}  // namespace prepkit
