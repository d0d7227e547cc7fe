#include "state/records.h"

namespace prepkit {

std::optional<Grade> parse_grade(std::string_view text) {
  for (const Grade grade : {Grade::again, Grade::hard, Grade::good, Grade::easy}) {
    if (text == grade_name(grade)) return grade;
  }
  return std::nullopt;
}

const char* grade_name(Grade grade) {
  switch (grade) {
  case Grade::again: return "again";
  case Grade::hard: return "hard";
  case Grade::good: return "good";
  case Grade::easy: return "easy";
  }
  return "?";
}

const std::vector<std::string>& all_grades() {
  static const std::vector<std::string> names = {"again", "hard", "good", "easy"};
  return names;
}

std::string_view outcome_name(Outcome outcome) { return outcome == Outcome::completed ? "completed" : "aborted"; }

std::optional<Outcome> parse_outcome(std::string_view name) {
  if (name == "completed") return Outcome::completed;
  if (name == "aborted") return Outcome::aborted;
  return std::nullopt;
}

std::map<std::string, Date> first_solved(const std::vector<JudgeRunRecord>& runs) {
  std::map<std::string, Date> first;
  for (const auto& run : runs) {
    if (!run.solved()) continue;
    const auto [it, added] = first.emplace(run.question, run.day);
    if (!added && run.day < it->second) it->second = run.day;
  }
  return first;
}

}  // namespace prepkit
