#include "review/stats_render.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "output/chart.h"

namespace prepkit {

namespace {

int percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0 : static_cast<int>((200 * part + whole) / (2 * whole));  // rounded half up
}

std::vector<std::string> stats_row(const SubtopicStats& row) {
  return {row.subtopic,
          std::to_string(row.questions),
          std::to_string(row.seen),
          std::to_string(row.graded),
          std::to_string(row.due),
          std::to_string(row.grades),
          std::to_string(row.by_grade[0]),
          std::to_string(percent(row.by_grade[0], row.grades)),
          std::to_string(percent(row.graded, row.questions)),
          std::to_string(row.judged),
          std::to_string(row.solved),
          std::to_string(row.rubric_points),
          std::to_string(row.rubric_covered),
          std::to_string(row.by_grade[1]),
          std::to_string(row.by_grade[2]),
          std::to_string(row.by_grade[3])};
}

const std::vector<std::string> kStatsColumns = {
    "subtopic", "questions", "seen",          "graded",         "due",  "grades", "again", "lapse_rate", "coverage",
    "judged",   "solved",    "rubric_points", "rubric_covered", "hard", "good",   "easy"};

// Each grade's part of a grade-mix bar, again first: shades from light to full, and colours.
std::vector<BarPart> grade_parts(const SubtopicStats& row) {
  return {{static_cast<double>(row.by_grade[0]), "░", ".", ansi::red},
          {static_cast<double>(row.by_grade[1]), "▒", ":", ansi::yellow},
          {static_cast<double>(row.by_grade[2]), "▓", "=", ansi::green},
          {static_cast<double>(row.by_grade[3]), "█", "#", ansi::cyan}};
}

// The grades of each subtopic graded, as bars as long as the terminal allows for the busiest.
std::string grade_mix(const Stats& stats, const Style& style) {
  std::size_t busiest = 0;
  std::size_t label = 0;
  for (const auto& row : stats.subtopics) {
    if (row.grades == 0) continue;
    busiest = std::max(busiest, row.grades);
    label = std::max(label, row.subtopic.size());
  }
  if (busiest == 0) return "";
  const std::size_t count = std::to_string(busiest).size();
  const int longest = std::clamp(static_cast<int>(style.columns) - static_cast<int>(label + count + 4), 10, 60);
  // The legend: each grade's glyph in its colour, as the bars draw it.
  std::string out = "grades by subtopic:";
  const auto parts = grade_parts({});
  for (std::size_t g = 0; g < parts.size(); ++g) {
    out += fmt::format(" {} {}", paint(style.unicode ? parts[g].glyph : parts[g].ascii, parts[g].color, style),
                       all_grades()[g]);
  }
  out += "\n";
  for (const auto& row : stats.subtopics) {
    if (row.grades == 0) continue;
    // As long as the grades against the busiest subtopic's, at least a cell.
    const int cells = std::max(1, static_cast<int>(std::lround(static_cast<double>(row.grades) * longest / busiest)));
    out += fmt::format("{:<{}}  {:>{}}  {}\n", row.subtopic, label, row.grades, count,
                       stacked_bar(grade_parts(row), cells, style));
  }
  return out;
}

nlohmann::ordered_json stats_json(const SubtopicStats& row) {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();
  const auto cells = stats_row(row);
  json["subtopic"] = cells[0];
  for (std::size_t c = 1; c < cells.size(); ++c) json[kStatsColumns[c]] = std::stoll(cells[c]);
  return json;
}

}  // namespace

std::string render_stats(const Stats& stats, Format format, const Style& style) {
  Table table{kStatsColumns, std::vector<bool>(kStatsColumns.size(), true), {}};
  table.numeric[0] = false;
  for (const auto& row : stats.subtopics) table.rows.push_back(stats_row(row));
  table.rows.push_back(stats_row(stats.total));
  if (format == Format::tsv || format == Format::md) return render_table(table, format);
  if (format == Format::json) {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["subtopics"] = nlohmann::ordered_json::array();
    for (const auto& row : stats.subtopics) json["subtopics"].push_back(stats_json(row));
    json["total"] = stats_json(stats.total);
    json["orphaned"] = {{"grades", stats.orphaned_grades}, {"questions", stats.orphaned_questions}};
    json["streak"] = stats.streak;
    json["last_graded"] = stats.last_graded ? nlohmann::ordered_json(format_date(*stats.last_graded)) : nullptr;
    return json.dump(2) + "\n";
  }
  // Text: a header, the rows with a coverage bar in the room the terminal leaves (10 cells at
  // least), then the remarks.
  Table text{{"subtopic", "questions", "seen", "graded", "due", "lapses", "solved", "rubric", "coverage"},
             {false, true, true, true, true, true, true, true, true},
             {}};
  text.rows.push_back(text.columns);
  const auto add = [&](const SubtopicStats& row) {
    text.rows.push_back(
        {row.subtopic, std::to_string(row.questions), std::to_string(row.seen), std::to_string(row.graded),
         std::to_string(row.due), fmt::format("{}%", percent(row.by_grade[0], row.grades)),
         row.judged == 0 ? "-" : fmt::format("{}/{}", row.solved, row.judged),
         row.rubric_points == 0 ? "-" : fmt::format("{}%", percent(row.rubric_covered, row.rubric_points)),
         fmt::format("{}%", percent(row.graded, row.questions))});
  };
  for (const auto& row : stats.subtopics) add(row);
  add(stats.total);
  const int cells = bar_cells(table_width(text), style);
  text.columns.push_back("");
  text.numeric.push_back(false);
  text.rows.front().push_back("");
  std::vector<const SubtopicStats*> rows;
  for (const auto& row : stats.subtopics) rows.push_back(&row);
  rows.push_back(&stats.total);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int filled = static_cast<int>(std::lround(percent(rows[i]->graded, rows[i]->questions) * cells / 100.0));
    text.rows[i + 1].push_back(paint(meter(filled, cells, style), ansi::cyan, style));
  }
  std::string out = render_table(text, Format::text);
  if (stats.orphaned_grades > 0) {
    out += fmt::format("orphaned: {} grade{} of {} question{} no longer in the banks\n", stats.orphaned_grades,
                       stats.orphaned_grades == 1 ? "" : "s", stats.orphaned_questions,
                       stats.orphaned_questions == 1 ? "" : "s");
  }
  out += grade_mix(stats, style);
  // The practice days of the last twelve weeks, when there were any.
  constexpr int kWeeks = 12;
  const long first = days_since_epoch(stats.today) - 7L * kWeeks;
  const auto graded_lately = stats.grades_by_day.upper_bound(first);
  if (graded_lately != stats.grades_by_day.end() && graded_lately->first <= days_since_epoch(stats.today)) {
    out += fmt::format("grades a day, the last {} weeks (a column a week):\n", kWeeks);
    for (const auto& line : calendar_heatmap(stats.grades_by_day, stats.today, kWeeks, style)) {
      const std::size_t cells = std::min<std::size_t>(3, line.size());  // after the weekday, unpainted
      out += line.substr(0, cells) + paint(line.substr(cells), ansi::green, style) + "\n";
    }
  }
  out += fmt::format("streak: {} day{}", stats.streak, stats.streak == 1 ? "" : "s");
  if (stats.last_graded) out += fmt::format(" (last graded {})", format_date(*stats.last_graded));
  return out + "\n";
}

}  // namespace prepkit
