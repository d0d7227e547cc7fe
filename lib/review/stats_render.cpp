#include "review/stats_render.h"

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
          std::to_string(row.again),
          std::to_string(percent(row.again, row.grades)),
          std::to_string(percent(row.graded, row.questions)),
          std::to_string(row.judged),
          std::to_string(row.solved),
          std::to_string(row.rubric_points),
          std::to_string(row.rubric_covered)};
}

const std::vector<std::string> kStatsColumns = {"subtopic", "questions",     "seen",          "graded",   "due",
                                                "grades",   "again",         "lapse_rate",    "coverage", "judged",
                                                "solved",   "rubric_points", "rubric_covered"};

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
  // Text: a header, the rows with a coverage bar, then the remarks.
  Table text{{"subtopic", "questions", "seen", "graded", "due", "lapses", "solved", "rubric", "coverage", ""},
             {false, true, true, true, true, true, true, true, true, false},
             {}};
  text.rows.push_back(text.columns);
  const auto add = [&](const SubtopicStats& row) {
    const int coverage = percent(row.graded, row.questions);
    const int filled = (coverage + 5) / 10;
    const std::string bar = meter(filled, 10, style);
    text.rows.push_back(
        {row.subtopic, std::to_string(row.questions), std::to_string(row.seen), std::to_string(row.graded),
         std::to_string(row.due), fmt::format("{}%", percent(row.again, row.grades)),
         row.judged == 0 ? "-" : fmt::format("{}/{}", row.solved, row.judged),
         row.rubric_points == 0 ? "-" : fmt::format("{}%", percent(row.rubric_covered, row.rubric_points)),
         fmt::format("{}%", coverage), paint(bar, ansi::cyan, style)});
  };
  for (const auto& row : stats.subtopics) add(row);
  add(stats.total);
  std::string out = render_table(text, Format::text);
  if (stats.orphaned_grades > 0) {
    out += fmt::format("orphaned: {} grade{} of {} question{} no longer in the banks\n", stats.orphaned_grades,
                       stats.orphaned_grades == 1 ? "" : "s", stats.orphaned_questions,
                       stats.orphaned_questions == 1 ? "" : "s");
  }
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
