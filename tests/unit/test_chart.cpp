// The terminal charts: sparklines, bars with a mark, stacked bars, the calendar heat map, in blocks
// and ASCII.
#include <doctest/doctest.h>

#include <cmath>

#include <fmt/format.h>

#include "helpers.h"
#include "output/chart.h"

using namespace prepkit;
using test::day;

namespace {

const Style kBlocks{false, 80, true};
const Style kAscii{false, 80, false};

}  // namespace

TEST_CASE("sparkline: eighths of the top, the lowest for nothing, a space for no value") {
  CHECK(sparkline({0, 1, 2, 4, 8}, 8, kBlocks) == "▁▁▂▄█");
  CHECK(sparkline({0, 1, 2, 4, 8}, 8, kAscii) == "__.~#");
  CHECK(sparkline({3, 6, 12}, 0, kBlocks) == "▂▄█");     // the top is the largest
  CHECK(sparkline({5, NAN, 20}, 10, kBlocks) == "▄ █");  // beyond the top is the highest
  CHECK(sparkline({}, 10, kBlocks).empty());
  CHECK(sparkline({0, 0}, 0, kBlocks) == "▁▁");
}

TEST_CASE("progress_bar: what is done filled, what was expected marked beyond it") {
  CHECK(progress_bar(3, 6, 10, 10, kBlocks) == "███··│····");
  CHECK(progress_bar(3, 6, 10, 10, kAscii) == "###..|....");
  CHECK(progress_bar(8, 6, 10, 10, kBlocks) == "████████··");  // ahead: no mark
  CHECK(progress_bar(0, 0, 10, 5, kBlocks) == "·····");
  CHECK(progress_bar(12, 12, 10, 5, kBlocks) == "█████");
  CHECK(progress_bar(1, 1, 0, 4, kAscii) == "....");
}

TEST_CASE("calendar_heatmap: a column a week, Monday on top, shaded against the busiest day") {
  // Thursday 2026-12-10; three weeks: from Monday 2026-11-23.
  const Date today = day("2026-12-10");
  const std::map<long, int> counts = {{days_since_epoch(day("2026-11-23")), 8},
                                      {days_since_epoch(day("2026-11-24")), 1},
                                      {days_since_epoch(day("2026-12-02")), 4},
                                      {days_since_epoch(day("2026-12-10")), 6},
                                      {days_since_epoch(day("2026-11-01")), 99}};          // before the calendar
  CHECK(calendar_heatmap(counts, today, 3, kBlocks) == std::vector<std::string>{"Mo █",    //
                                                                                "Tu ░",    //
                                                                                "We  ▒",   //
                                                                                "Th   ▓",  //
                                                                                "Fr",      // after today: blank
                                                                                "Sa",      //
                                                                                "Su"});
  CHECK(calendar_heatmap(counts, today, 3, kAscii)[0] == "Mo #");
  CHECK(calendar_heatmap(counts, today, 3, kAscii)[2] == "We  :");
  CHECK(calendar_heatmap({}, today, 2, kAscii)[3] == "Th");
}

TEST_CASE("stacked_bar: the cells shared by largest remainder, each part in its glyph") {
  const std::vector<BarPart> parts = {{1, "░", ".", ""}, {1, "▒", ":", ""}, {2, "▓", "=", ""}};
  CHECK(stacked_bar(parts, 8, kAscii) == "..::====");
  CHECK(stacked_bar(parts, 8, kBlocks) == "░░▒▒▓▓▓▓");
  SUBCASE("the cells always add up") {
    CHECK(stacked_bar(parts, 5, kAscii) == ".:===");
    CHECK(stacked_bar({{1, "a", "a", ""}, {1, "b", "b", ""}, {1, "c", "c", ""}}, 4, kAscii) == "aabc");
  }
  SUBCASE("nothing for no cells or no values; a negative value counts as none") {
    CHECK(stacked_bar(parts, 0, kAscii).empty());
    CHECK(stacked_bar({{0, "a", "a", ""}, {-3, "b", "b", ""}}, 6, kAscii).empty());
    CHECK(stacked_bar({{2, "a", "a", ""}, {-3, "b", "b", ""}}, 3, kAscii) == "aaa");
  }
  SUBCASE("each part painted in its colour when the style has colour") {
    const Style color{true, 80, false};
    CHECK(stacked_bar({{1, "#", "#", ansi::red}, {1, "=", "=", ansi::green}}, 2, color) ==
          fmt::format("{}#{}{}={}", ansi::red, ansi::reset, ansi::green, ansi::reset));
  }
}

TEST_CASE("bar_cells: what the terminal leaves beside a table, from 10 to 40") {
  Style style;
  CHECK(bar_cells(50, style) == 28);
  CHECK(bar_cells(75, style) == 10);
  style.columns = 200;
  CHECK(bar_cells(50, style) == 40);
}
