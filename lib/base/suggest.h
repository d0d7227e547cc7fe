// "Did you mean ...?": the known names closest to a mistyped one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// The edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of
// neighbouring characters each cost one).
std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `limit` of `candidates` close to `word`, closest first: those within a small edit
// distance, and those that contain `word` (or that `word` contains) when it is 3+ letters; ASCII
// case does not count.
std::vector<std::string> closest_matches(std::string_view word, const std::vector<std::string>& candidates,
                                         std::size_t limit = 3);

// " (did you mean 'a', 'b'?)" for the closest matches, or "" when there are none.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace prepkit
