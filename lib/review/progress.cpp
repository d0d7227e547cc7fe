#include "review/progress.h"

#include <algorithm>
#include <set>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>

#include "base/rng.h"

namespace prepkit {

namespace {

// A key that orders questions the same way all day, whatever else changes.
std::uint64_t day_order(Date day, const std::string& id) {
  return mix64(static_cast<std::uint64_t>(days_since_epoch(day)) ^ hash64(id));
}

void sort_for_day(std::vector<const Question*>& questions, Date day) {
  std::sort(questions.begin(), questions.end(),
            [&](const Question* a, const Question* b) { return day_order(day, a->id) < day_order(day, b->id); });
}

bool struggled(Grade grade) { return grade == Grade::again || grade == Grade::hard; }

}  // namespace

GradeDigest::GradeDigest(Date today, WeakRules rules) : today_(today), rules_(rules) {}

void GradeDigest::add(const GradeRecord& grade) {
  const long day = days_since_epoch(grade.day);
  const long last = days_since_epoch(today_);
  if (day > last) return;
  const auto [it, first] = questions_.try_emplace(grade.question);
  QuestionGrades& q = it->second;
  q.state = next_state(first ? std::nullopt : std::optional(q.state), grade.grade, grade.day);
  if (first) q.first_day = grade.day;
  q.latest = grade.grade;
  q.latest_at = format_date(grade.day) + grade.recorded_at;
  ++q.grades;
  ++q.by_grade[static_cast<std::size_t>(grade.grade) - 1];
  ++days_[day];
  if (day > last - rules_.window_days) {
    Weakness& w = recent_[grade.subtopic];
    w.subtopic = grade.subtopic;
    ++w.grades;
    if (struggled(grade.grade)) ++w.struggled;
  }
}

const QuestionGrades* GradeDigest::find(const std::string& question) const {
  const auto it = questions_.find(question);
  return it == questions_.end() ? nullptr : &it->second;
}

DueList due_questions(const Bank& bank, const GradeDigest& grades, const DueRequest& request) {
  DueList list;
  const long today = days_since_epoch(grades.today());
  if (request.until && today >= days_since_epoch(*request.until)) {
    list.interview_over = true;
    return list;
  }
  struct Due {
    const Question* question;
    long overdue;
    std::size_t order;
  };
  std::vector<Due> due;
  std::vector<const Question*> fresh;
  std::size_t new_today = 0;
  for (std::size_t i = 0; i < bank.questions().size(); ++i) {
    const Question& q = bank.questions()[i];
    const QuestionGrades* graded = grades.find(q.id);
    if (!graded) {
      if (request.filter.matches(q)) fresh.push_back(&q);
      continue;
    }
    if (days_since_epoch(graded->first_day) == today) ++new_today;
    if (!request.filter.matches(q)) continue;
    const auto when = next_due(graded->state, request.until);
    if (when && days_since_epoch(*when) <= today) due.push_back({&q, today - days_since_epoch(*when), i});
  }
  std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return a.overdue > b.overdue; });
  for (const auto& item : due) list.questions.push_back(item.question);
  list.due = list.questions.size();

  const std::size_t allowed = static_cast<std::size_t>(std::max(0, request.new_per_day - static_cast<int>(new_today)));
  sort_for_day(fresh, grades.today());
  for (std::size_t i = 0; i < fresh.size() && i < allowed; ++i) list.questions.push_back(fresh[i]);
  list.fresh = list.questions.size() - list.due;

  if (request.count && list.questions.size() > *request.count) {
    list.questions.resize(*request.count);
    list.due = std::min(list.due, *request.count);
    list.fresh = list.questions.size() - list.due;
  }
  return list;
}

std::vector<Weakness> weak_subtopics(const GradeDigest& grades) {
  const auto& by_subtopic = grades.recent();
  std::vector<Weakness> weak;
  for (const auto& subtopic : all_subtopics()) {
    const auto it = by_subtopic.find(std::string(subtopic.id));
    if (it == by_subtopic.end() || it->second.grades < grades.rules().min_grades || it->second.struggled == 0) continue;
    Weakness w = it->second;
    w.share = static_cast<double>(w.struggled) / static_cast<double>(w.grades);
    weak.push_back(w);
  }
  std::stable_sort(weak.begin(), weak.end(), [](const Weakness& a, const Weakness& b) {
    if (a.share != b.share) return a.share > b.share;
    return a.grades > b.grades;
  });
  return weak;
}

std::vector<const Question*> weak_questions(const Bank& bank, const GradeDigest& grades,
                                            const std::vector<Weakness>& weak, const Filter& filter,
                                            std::size_t count) {
  std::vector<const Question*> chosen;
  for (const auto& w : weak) {
    std::vector<std::pair<std::string, const Question*>> shaky;  // (recorded day and time, question)
    std::vector<const Question*> unseen;
    std::vector<const Question*> rest;
    for (const auto& q : bank.questions()) {
      if (q.subtopic != w.subtopic || !filter.matches(q)) continue;
      const QuestionGrades* graded = grades.find(q.id);
      if (!graded) {
        unseen.push_back(&q);
      } else if (struggled(graded->latest)) {
        shaky.emplace_back(graded->latest_at, &q);
      } else {
        rest.push_back(&q);
      }
    }
    std::stable_sort(shaky.begin(), shaky.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    sort_for_day(unseen, grades.today());
    sort_for_day(rest, grades.today());
    for (const auto& [when, q] : shaky) chosen.push_back(q);
    chosen.insert(chosen.end(), unseen.begin(), unseen.end());
    chosen.insert(chosen.end(), rest.begin(), rest.end());
    if (chosen.size() >= count) break;
  }
  if (chosen.size() > count) chosen.resize(count);
  return chosen;
}

Stats compute_stats(const Bank& bank, const GradeDigest& grades, const std::vector<std::string>& shown,
                    const std::optional<Date>& until, const std::set<std::string>& solved,
                    const std::vector<AttemptRecord>& attempts) {
  Stats stats;
  std::map<std::string, SubtopicStats> rows;
  for (const auto& subtopic : all_subtopics()) rows[std::string(subtopic.id)].subtopic = std::string(subtopic.id);
  const std::unordered_set<std::string> was_shown(shown.begin(), shown.end());
  const long now = days_since_epoch(grades.today());
  for (const auto& q : bank.questions()) {
    SubtopicStats& row = rows[q.subtopic];
    ++row.questions;
    if (q.judging.judged()) {
      ++row.judged;
      if (solved.contains(q.id)) ++row.solved;
    }
    const QuestionGrades* graded = grades.find(q.id);
    if (graded || was_shown.contains(q.id)) ++row.seen;
    if (!graded) continue;
    ++row.graded;
    row.grades += graded->grades;
    for (std::size_t g = 0; g < 4; ++g) row.by_grade[g] += graded->by_grade[g];
    const auto when = next_due(graded->state, until);
    if (when && days_since_epoch(*when) <= now) ++row.due;
  }
  for (const auto& a : attempts) {
    const long day = days_since_epoch(a.day);
    const Question* q = bank.find(bank.current_id(a.question));
    if (!q || day > now || day <= now - 30) continue;
    SubtopicStats& row = rows[q->subtopic];
    row.rubric_points += static_cast<std::size_t>(a.points);
    row.rubric_covered += a.covered.size();
  }
  for (const auto& [id, graded] : grades.questions()) {
    if (bank.find(id)) continue;
    stats.orphaned_grades += graded.grades;
    ++stats.orphaned_questions;
  }
  stats.total.subtopic = "all";
  for (const auto& subtopic : all_subtopics()) {
    const SubtopicStats& row = rows[std::string(subtopic.id)];
    stats.subtopics.push_back(row);
    stats.total.questions += row.questions;
    stats.total.seen += row.seen;
    stats.total.graded += row.graded;
    stats.total.due += row.due;
    stats.total.grades += row.grades;
    for (std::size_t g = 0; g < 4; ++g) stats.total.by_grade[g] += row.by_grade[g];
    stats.total.judged += row.judged;
    stats.total.solved += row.solved;
    stats.total.rubric_points += row.rubric_points;
    stats.total.rubric_covered += row.rubric_covered;
  }
  // The streak counts back from today, or from yesterday when nothing is graded yet today.
  const std::map<long, int>& days = grades.days();
  stats.today = grades.today();
  stats.grades_by_day = days;
  if (!days.empty()) stats.last_graded = Date{std::chrono::sys_days{std::chrono::days{days.rbegin()->first}}};
  long day = days.contains(now) ? now : now - 1;
  while (days.contains(day)) {
    ++stats.streak;
    --day;
  }
  return stats;
}

const GradeRecord& counted_grade(const Bank& bank, const GradeRecord& grade, GradeRecord& moved) {
  const std::string_view current = bank.current_id(grade.question);
  if (current == grade.question) return grade;
  moved = grade;
  moved.question = std::string(current);
  moved.subtopic = bank.find(current)->subtopic;
  return moved;
}

std::pair<std::vector<std::string>, std::string> next_review(const Bank& bank, Store& store, const Question& question,
                                                             Grade grade, const std::optional<Date>& until,
                                                             Date today) {
  GradeDigest grades(today);
  // Its own grades only, and those of the questions it replaced (in all the history, so that
  // they replay in order).
  const bool replaced = std::any_of(bank.redirects().begin(), bank.redirects().end(),
                                    [&](const Redirect& r) { return bank.current_id(r.from) == question.id; });
  GradeRecord moved;
  store.for_each_grade({std::nullopt, replaced ? std::nullopt : std::optional(question.id)}, [&](const GradeRecord& g) {
    if (const GradeRecord& counts = counted_grade(bank, g, moved); counts.question == question.id) grades.add(counts);
  });
  const auto due = next_due(grades.find(question.id)->state, until);
  const long days = due ? days_since_epoch(*due) - days_since_epoch(today) : 0;
  std::vector<std::string> row = {question.id, grade_name(grade), format_date(today), due ? format_date(*due) : "",
                                  std::to_string(days)};
  if (due) {
    return {row, fmt::format("{}  {}  next review {} (in {} day{})\n", question.id, grade_name(grade),
                             format_date(*due), days, days == 1 ? "" : "s")};
  }
  const Date interview = *until;
  const long left = days_since_epoch(interview) - days_since_epoch(today);
  const std::string when = left > 0    ? fmt::format("the interview is on {}", format_date(interview))
                           : left == 0 ? std::string("the interview is today")
                                       : fmt::format("the interview was on {}", format_date(interview));
  return {row, fmt::format("{}  {}  no further review: {}\n", question.id, grade_name(grade), when)};
}

}  // namespace prepkit
