#include "review/practice.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/markdown.h"

namespace prepkit {

const std::vector<std::string>& answer_sections(std::string_view kind) {
  static const std::vector<std::string> design = {"Requirements", "Estimates",  "API",       "Data model",
                                                  "High level",   "Deep dives", "Trade-offs"};
  static const std::vector<std::string> explain = {"Answer", "Trade-offs", "Example"};
  static const std::vector<std::string> debugging = {"Hypotheses", "Checks", "Fix", "Prevention"};
  static const std::vector<std::string> coding = {"Approach", "Complexity", "Edge cases", "Tests"};
  static const std::vector<std::string> estimation = {"Assumptions", "Working", "Result", "Sanity check"};
  static const std::vector<std::string> behavioral = {"Story (star show SLUG)", "Situation", "Task", "Action",
                                                      "Result"};
  static const std::vector<std::string> ask = {"Why I would ask it", "What a good answer would tell me"};
  if (kind == "design") return design;
  if (kind == "debugging") return debugging;
  if (kind == "coding") return coding;
  if (kind == "estimation") return estimation;
  if (kind == "behavioral") return behavioral;
  if (kind == "ask") return ask;
  return explain;
}

std::string answer_scaffold(const Question& q, Date day) {
  std::string out = fmt::format("# {} ({})\n\n", q.id, format_date(day));
  for (const auto line : split_lines(q.prompt)) out += line.empty() ? ">\n" : fmt::format("> {}\n", line);
  if (!q.code.empty()) {
    out += ">\n";
    for (const auto line : split_lines(q.code)) out += line.empty() ? ">\n" : fmt::format(">     {}\n", line);
  }
  out += fmt::format("\nBudget: {} min · {} · {}\n", q.minutes, q.difficulty, q.kind);
  for (const auto& section : answer_sections(q.kind)) out += fmt::format("\n## {}\n\n", section);
  return out;
}

namespace {

// `text`'s lines without trailing spaces, and without blank lines at the end.
std::vector<std::string_view> trimmed_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (auto line : split_lines(text)) {
    const auto end = line.find_last_not_of(" \t");
    lines.push_back(end == std::string_view::npos ? std::string_view() : line.substr(0, end + 1));
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

}  // namespace

bool untouched(std::string_view note, std::string_view scaffold) {
  return trimmed_lines(note) == trimmed_lines(scaffold);
}

FigureCheck check_figure(double given, double expected) {
  if (given == expected) return FigureCheck::close;
  if (given == 0 || expected == 0 || (given < 0) != (expected < 0)) return FigureCheck::off;
  const double ratio = std::max(given / expected, expected / given);
  if (ratio <= 2) return FigureCheck::close;
  if (ratio <= 10) return FigureCheck::order;
  return FigureCheck::off;
}

std::string_view figure_check_name(FigureCheck check) {
  switch (check) {
  case FigureCheck::close: return "within 2x";
  case FigureCheck::order: return "within 10x";
  case FigureCheck::off: return "off";
  }
  return "";
}

Grade propose_grade(const AttemptOutcome& outcome) {
  const double share =
      outcome.points == 0 ? 0 : static_cast<double>(outcome.covered) / static_cast<double>(outcome.points);
  const bool in_time = outcome.minutes <= outcome.budget;
  Grade grade = share < 0.5    ? Grade::again
                : share < 0.75 ? Grade::hard
                : share < 1    ? Grade::good
                : in_time      ? Grade::easy
                               : Grade::good;
  if (outcome.minutes > 1.5 * outcome.budget && grade > Grade::hard)
    grade = static_cast<Grade>(static_cast<int>(grade) - 1);
  if (outcome.figure == FigureCheck::order) grade = std::min(grade, Grade::good);
  if (outcome.figure == FigureCheck::off) grade = std::min(grade, Grade::hard);
  return grade;
}

AnswerHistory answer_history(const std::vector<AttemptRecord>& attempts, std::size_t points) {
  AnswerHistory history;
  history.attempts = attempts.size();
  if (!attempts.empty()) history.last = attempts.back();
  std::vector<AnswerHistory::Missed> missed(points);
  for (std::size_t i = 0; i < points; ++i) missed[i].point = static_cast<int>(i + 1);
  for (const auto& a : attempts) {
    if (static_cast<std::size_t>(a.points) != points) continue;
    for (auto& m : missed) {
      ++m.out_of;
      if (std::find(a.covered.begin(), a.covered.end(), m.point) == a.covered.end()) ++m.times;
    }
  }
  std::erase_if(missed, [](const AnswerHistory::Missed& m) { return m.times == 0; });
  std::stable_sort(missed.begin(), missed.end(),
                   [](const AnswerHistory::Missed& a, const AnswerHistory::Missed& b) { return a.times > b.times; });
  if (missed.size() > 3) missed.resize(3);
  history.most_missed = std::move(missed);
  return history;
}

}  // namespace prepkit
