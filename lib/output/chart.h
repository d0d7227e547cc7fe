// Small charts for the terminal, as text: a sparkline, a bar with a mark, and a calendar heat map.
// Block characters in a UTF-8 locale, ASCII otherwise (Style::unicode); never any colour code
// unless Style::color.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/date.h"
#include "output/style.h"

namespace prepkit {

// One cell per value, its height in eighths of `top` (the largest value when `top` is 0 or less):
// "▁▃▅█" (a ramp of "_.-~=*%#" in ASCII); a value of 0 or less is the lowest cell, a missing one
// (NaN) a space.
std::string sparkline(const std::vector<double>& values, double top, const Style& style);

// A bar `cells` wide: the share `done` of `total` filled, and the cell where `mark` (what was
// expected) falls marked "│" ("|") when it lies beyond what is filled. A total of 0 or less is an
// empty bar.
std::string progress_bar(double done, double mark, double total, int cells, const Style& style);

// A calendar of the last `weeks` weeks up to `today`, a column a week (Monday on top) and a row a
// weekday, each day shaded by its count against the busiest: " ░▒▓█" (" .:o#" in ASCII); days
// after `today` are blank. Seven lines, each headed by the weekday's initials ("Mo", ...), with
// no blank at the end.
std::vector<std::string> calendar_heatmap(const std::map<long, int>& counts, Date today, int weeks, const Style& style);

}  // namespace prepkit
