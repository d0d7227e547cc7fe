#include "plan/plan_progress.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "bank/bank.h"

namespace prepkit {

const std::vector<std::string>& all_log_kinds() {
  static const std::vector<std::string> kinds = {"problem", "chapter", "mock", "design-mock"};
  return kinds;
}

namespace {

// What of target `t` is due by the end of `day`: what was due by the end of the week before, and
// of this week's part the share that its sessions up to `day` hold (the share of the week's days
// gone when none of its sessions holds any), rounded down.
int due_by_day(const Plan& plan, const TargetPlan& t, Date day) {
  const long offset = days_since_epoch(day) - days_since_epoch(plan.start);
  if (offset < 0) return 0;
  const int week = static_cast<int>(std::min(offset / 7 + 1, static_cast<long>(plan.weeks)));
  const int due = t.due[static_cast<std::size_t>(week - 1)];
  const int before = week > 1 ? t.due[static_cast<std::size_t>(week - 2)] : 0;
  int held = 0;
  int held_by_day = 0;
  for (const auto& s : plan.week_plans[static_cast<std::size_t>(week - 1)].sessions) {
    const auto it = s.counts.find(t.name);
    if (it == s.counts.end()) continue;
    held += it->second;
    if (days_since_epoch(s.day) <= days_since_epoch(day)) held_by_day += it->second;
  }
  const long into = std::min(offset - 7L * (week - 1), 6L);
  const double fraction = held > 0 ? static_cast<double>(held_by_day) / held : (into + 1) / 7.0;
  return static_cast<int>(std::floor(before + (due - before) * fraction + 1e-9));
}

}  // namespace

std::vector<TargetProgress> plan_progress(const Plan& plan, int week, Date today, const std::vector<PlanLogEntry>& log,
                                          const std::vector<GradeRecord>& grades,
                                          const std::vector<RehearsalDone>& rehearsals,
                                          const std::map<std::string, Date>& solved,
                                          const std::vector<MockDone>& mocks) {
  const long first = days_since_epoch(plan.start);
  const long week_end = days_since_epoch(plan.start) + 7L * week - 1;
  const long until = std::min(week_end, days_since_epoch(today));
  const auto counts = [&](Date day) {
    const long d = days_since_epoch(day);
    return d >= first && d <= until;
  };
  const auto logged = [&](std::initializer_list<const char*> kinds) {
    int n = 0;
    for (const auto& e : log) {
      if (counts(e.day) &&
          std::find_if(kinds.begin(), kinds.end(), [&](const char* k) { return e.kind == k; }) != kinds.end()) {
        n += e.count;
      }
    }
    return n;
  };
  std::set<std::string> coding_questions;
  for (const auto& g : grades) {
    const Subtopic* subtopic = find_subtopic(g.subtopic);
    if (counts(g.day) && subtopic && subtopic->area == "coding") coding_questions.insert(g.question);
  }
  for (const auto& [question, day] : solved) {
    if (counts(day)) coding_questions.insert(question);
  }
  int mocks_done = 0;
  int design_mocks_done = 0;
  for (const auto& m : mocks) {
    if (!counts(m.day)) continue;
    ++mocks_done;
    if (m.design) ++design_mocks_done;
  }
  int completed = 0;
  std::set<std::string> stories;
  for (const auto& r : rehearsals) {
    if (!counts(r.day) || !r.completed) continue;
    ++completed;
    stories.insert(r.story);
  }

  const bool started = days_since_epoch(today) >= first;
  std::vector<TargetProgress> progress;
  for (const auto& t : plan.targets) {
    TargetProgress p;
    p.name = t.name;
    p.total = t.count;
    p.due = t.due[static_cast<std::size_t>(week - 1)];
    p.expected = due_by_day(plan, t, add_days(plan.start, until - first));
    if (t.name == "problems") p.done = logged({"problem"}) + static_cast<int>(coding_questions.size());
    if (t.name == "chapters") p.done = logged({"chapter"});
    if (t.name == "mocks") p.done = logged({"mock", "design-mock"}) + mocks_done;
    if (t.name == "design_mocks") p.done = logged({"design-mock"}) + design_mocks_done;
    if (t.name == "stories") p.done = static_cast<int>(stories.size());
    if (t.name == "rehearsals") p.done = completed;
    if (!started) {
      p.status = "not started";
    } else {
      p.status = p.done > p.expected && p.done >= p.due ? "ahead" : p.done >= p.expected ? "on track" : "behind";
    }
    progress.push_back(p);
  }
  return progress;
}

}  // namespace prepkit
