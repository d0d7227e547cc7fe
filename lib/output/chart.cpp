#include "output/chart.h"

#include <algorithm>
#include <cmath>

namespace prepkit {

namespace {

// The level of `value` in 0..levels-1 against `top`: 0 for nothing, then rounded up so that the
// least bit of something shows.
int level(double value, double top, int levels) {
  if (!(value > 0) || !(top > 0)) return 0;
  const int l = static_cast<int>(std::ceil(value / top * (levels - 1)));
  return std::clamp(l, 1, levels - 1);
}

}  // namespace

std::string sparkline(const std::vector<double>& values, double top, const Style& style) {
  static const char* const kBlocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  static const char* const kAscii[] = {"_", ".", "-", "~", "=", "*", "%", "#"};
  if (!(top > 0)) {
    top = 0;
    for (const double v : values) {
      if (v > top) top = v;
    }
  }
  std::string out;
  for (const double v : values) {
    if (std::isnan(v)) {
      out += ' ';
      continue;
    }
    // Eight heights: the lowest for nothing, the highest for `top` and beyond.
    const int l = !(v > 0) || !(top > 0) ? 0 : std::clamp(static_cast<int>(std::ceil(v / top * 8)) - 1, 0, 7);
    out += style.unicode ? kBlocks[l] : kAscii[l];
  }
  return out;
}

std::string progress_bar(double done, double mark, double total, int cells, const Style& style) {
  const auto cell_of = [&](double value) {
    if (!(total > 0) || !(value > 0)) return 0;
    return std::clamp(static_cast<int>(std::lround(value / total * cells)), 0, cells);
  };
  const int filled = cell_of(done);
  const int marked = cell_of(mark);
  std::string out;
  for (int i = 0; i < cells; ++i) {
    if (i < filled) {
      out += style.unicode ? "█" : "#";
    } else if (marked > filled && i == marked - 1) {
      out += style.unicode ? "│" : "|";
    } else {
      out += style.unicode ? "·" : ".";
    }
  }
  return out;
}

int bar_cells(std::size_t used, const Style& style) {
  return std::clamp(static_cast<int>(style.columns) - static_cast<int>(used) - 2, 10, 40);
}

std::string stacked_bar(const std::vector<BarPart>& parts, int cells, const Style& style) {
  double total = 0;
  for (const auto& p : parts) total += std::max(p.value, 0.0);
  if (cells <= 0 || !(total > 0)) return "";
  // Largest remainder: each part its whole cells, then the cells left to the largest fractions.
  std::vector<int> whole(parts.size());
  std::vector<std::pair<double, std::size_t>> fractions;
  int given = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const double exact = std::max(parts[i].value, 0.0) / total * cells;
    whole[i] = static_cast<int>(std::floor(exact));
    given += whole[i];
    fractions.emplace_back(exact - whole[i], i);
  }
  std::stable_sort(fractions.begin(), fractions.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < cells && k < fractions.size(); ++k, ++given) ++whole[fractions[k].second];
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string run;
    for (int c = 0; c < whole[i]; ++c) run += style.unicode ? parts[i].glyph : parts[i].ascii;
    if (!run.empty()) out += paint(run, parts[i].color, style);
  }
  return out;
}

std::vector<std::string> calendar_heatmap(const std::map<long, int>& counts, Date today, int weeks,
                                          const Style& style) {
  static const char* const kShades[] = {" ", "░", "▒", "▓", "█"};
  static const char* const kAscii[] = {" ", ".", ":", "o", "#"};
  static const char* const kDays[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  const long last = days_since_epoch(today);
  const long monday = last - weekday_of(today);  // of this week
  const long first = monday - 7L * (weeks - 1);
  int busiest = 0;
  for (const auto& [day, count] : counts) {
    if (day >= first && day <= last) busiest = std::max(busiest, count);
  }
  std::vector<std::string> lines;
  for (int d = 0; d < 7; ++d) {
    std::string line = kDays[d];
    line += ' ';
    for (int w = 0; w < weeks; ++w) {
      const long day = first + 7L * w + d;
      if (day > last) {
        line += ' ';
        continue;
      }
      const auto it = counts.find(day);
      const int l = level(it == counts.end() ? 0 : it->second, busiest, 5);
      line += style.unicode ? kShades[l] : kAscii[l];
    }
    while (line.back() == ' ') line.pop_back();  // no trailing blanks: days to come, days without grades
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace prepkit
