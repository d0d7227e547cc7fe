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
std::uint64_t day_order(Date day, std::string_view id) {
  return mix64(static_cast<std::uint64_t>(days_since_epoch(day)) ^ hash64(id));
}

void sort_for_day(const Bank& bank, std::vector<std::uint32_t>& questions, Date day) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
  for (const auto i : questions) keyed.emplace_back(day_order(day, bank.info(i).id), i);
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t k = 0; k < keyed.size(); ++k) questions[k] = keyed[k].second;
}

void add_questions(const Bank& bank, const std::vector<std::uint32_t>& chosen, std::vector<const Question*>& out) {
  for (const auto i : chosen) out.push_back(&bank.question(i));
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

const QuestionGrades* GradeDigest::find(std::string_view question) const {
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
    std::uint32_t question;
    long overdue;
  };
  std::vector<Due> due;
  std::vector<std::uint32_t> fresh;
  std::size_t new_today = 0;
  const FilterMatch match(request.filter, bank);
  for (std::uint32_t i = 0; i < bank.size(); ++i) {
    const QuestionInfo q = bank.info(i);
    const QuestionGrades* graded = grades.find(q.id);
    if (!graded) {
      if (match(q)) fresh.push_back(i);
      continue;
    }
    if (days_since_epoch(graded->first_day) == today) ++new_today;
    if (!match(q)) continue;
    const auto when = next_due(graded->state, request.until);
    if (when && days_since_epoch(*when) <= today) due.push_back({i, today - days_since_epoch(*when)});
  }
  std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return a.overdue > b.overdue; });
  std::vector<std::uint32_t> chosen;
  for (const auto& item : due) chosen.push_back(item.question);
  list.due = chosen.size();

  const std::size_t allowed = static_cast<std::size_t>(std::max(0, request.new_per_day - static_cast<int>(new_today)));
  sort_for_day(bank, fresh, grades.today());
  if (fresh.size() > allowed) fresh.resize(allowed);
  chosen.insert(chosen.end(), fresh.begin(), fresh.end());
  list.fresh = chosen.size() - list.due;

  if (request.count && chosen.size() > *request.count) {
    chosen.resize(*request.count);
    list.due = std::min(list.due, *request.count);
    list.fresh = chosen.size() - list.due;
  }
  add_questions(bank, chosen, list.questions);
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
  std::vector<std::uint32_t> chosen;
  const FilterMatch match(filter, bank);
  for (const auto& w : weak) {
    std::vector<std::pair<std::string, std::uint32_t>> shaky;  // (recorded day and time, question)
    std::vector<std::uint32_t> unseen;
    std::vector<std::uint32_t> rest;
    for (std::uint32_t i = 0; i < bank.size(); ++i) {
      const QuestionInfo q = bank.info(i);
      if (q.subtopic->id != w.subtopic || !match(q)) continue;
      const QuestionGrades* graded = grades.find(q.id);
      if (!graded) {
        unseen.push_back(i);
      } else if (struggled(graded->latest)) {
        shaky.emplace_back(graded->latest_at, i);
      } else {
        rest.push_back(i);
      }
    }
    std::stable_sort(shaky.begin(), shaky.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    sort_for_day(bank, unseen, grades.today());
    sort_for_day(bank, rest, grades.today());
    for (const auto& [when, i] : shaky) chosen.push_back(i);
    chosen.insert(chosen.end(), unseen.begin(), unseen.end());
    chosen.insert(chosen.end(), rest.begin(), rest.end());
    if (chosen.size() >= count) break;
  }
  if (chosen.size() > count) chosen.resize(count);
  std::vector<const Question*> questions;
  add_questions(bank, chosen, questions);
  return questions;
}

Stats compute_stats(const Bank& bank, const GradeDigest& grades, const std::vector<std::string>& shown,
                    const std::optional<Date>& until, const std::set<std::string>& solved,
                    const std::vector<AttemptRecord>& attempts) {
  Stats stats;
  std::map<std::string, SubtopicStats> rows;
  for (const auto& subtopic : all_subtopics()) rows[std::string(subtopic.id)].subtopic = std::string(subtopic.id);
  const std::unordered_set<std::string> was_shown(shown.begin(), shown.end());
  const long now = days_since_epoch(grades.today());
  for (std::size_t i = 0; i < bank.size(); ++i) {
    const QuestionInfo q = bank.info(i);
    const std::string id(q.id);
    SubtopicStats& row = rows[std::string(q.subtopic->id)];
    ++row.questions;
    if (q.judged) {
      ++row.judged;
      if (solved.contains(id)) ++row.solved;
    }
    const QuestionGrades* graded = grades.find(id);
    if (graded || was_shown.contains(id)) ++row.seen;
    if (!graded) continue;
    ++row.graded;
    row.grades += graded->grades;
    for (std::size_t g = 0; g < 4; ++g) row.by_grade[g] += graded->by_grade[g];
    const auto when = next_due(graded->state, until);
    if (when && days_since_epoch(*when) <= now) ++row.due;
  }
  for (const auto& a : attempts) {
    const long day = days_since_epoch(a.day);
    const auto q = bank.index_of(bank.current_id(a.question));
    if (!q || day > now || day <= now - 30) continue;
    SubtopicStats& row = rows[std::string(bank.info(*q).subtopic->id)];
    row.rubric_points += static_cast<std::size_t>(a.points);
    row.rubric_covered += a.covered.size();
  }
  for (const auto& [id, graded] : grades.questions()) {
    if (bank.index_of(id)) continue;
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
  moved.subtopic = std::string(bank.info(*bank.index_of(current)).subtopic->id);
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
