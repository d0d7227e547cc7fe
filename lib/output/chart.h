// Small charts for the terminal, as text: a sparkline, a bar with a mark, and a calendar heat map.
// Block characters in a UTF-8 locale, ASCII otherwise (Style::unicode); never any colour code
// unless Style::color.
#pragma once

#include <map>
#include <string>
#include <string_view>
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

// How many cells a bar beside a table `used` columns wide gets: what the terminal's width leaves
// after two spaces, from 10 to 40.
int bar_cells(std::size_t used, const Style& style);

// One part of a stacked bar: its size, and how its cells look: `glyph` (`ascii` outside a UTF-8
// locale) in `color` when the style has colour.
struct BarPart {
  double value = 0;
  std::string_view glyph;
  std::string_view ascii;
  std::string_view color;
};

// A bar of `cells` cells shared among `parts` in proportion to their values (largest remainder,
// so the cells always add up), each part in its own glyph; nothing for no cells or no values.
std::string stacked_bar(const std::vector<BarPart>& parts, int cells, const Style& style);

// A calendar of the last `weeks` weeks up to `today`, a column a week (Monday on top) and a row a
// weekday, each day shaded by its count against the busiest: " ░▒▓█" (" .:o#" in ASCII); days
// after `today` are blank. Seven lines, each headed by the weekday's initials ("Mo", ...), with
// no blank at the end.
std::vector<std::string> calendar_heatmap(const std::map<long, int>& counts, Date today, int weeks, const Style& style);

}  // namespace prepkit
