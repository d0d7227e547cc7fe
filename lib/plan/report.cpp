#include "plan/report.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "bank/bank.h"

namespace prepkit {

namespace {

long day_number(Date day) { return days_since_epoch(day); }

// Whether `day` lies from the plan's first day to `last`.
bool within(const Plan& plan, Date day, Date last) {
  return day_number(day) >= day_number(plan.start) && day_number(day) <= day_number(last);
}

// The week of the plan holding `day`, from 1; `day` lies within the plan.
std::size_t week_index(const Plan& plan, Date day) {
  return static_cast<std::size_t>(std::min((day_number(day) - day_number(plan.start)) / 7, plan.weeks - 1L));
}

// The area of `subtopic`, or "" for one no longer known.
std::string area_of(const std::string& subtopic) {
  const Subtopic* s = find_subtopic(subtopic);
  return s ? std::string(s->area) : "";
}

std::vector<SplitRow> split_rows(const Plan& plan, const std::vector<GradeRecord>& grades, int& outside) {
  std::vector<SplitRow> rows;
  for (const auto& share : plan.declared_split) {
    SplitRow row;
    row.area = share.name;
    row.declared = share.percent;
    for (const auto& [area, percent] : plan.realised_split) {
      if (area == share.name) row.planned = percent;
    }
    rows.push_back(row);
  }
  int inside = 0;
  outside = 0;
  for (const auto& g : grades) {
    const std::string area = area_of(g.subtopic);
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const SplitRow& r) { return r.area == area; });
    if (it == rows.end()) {
      ++outside;
      continue;
    }
    ++it->grades;
    ++inside;
  }
  for (auto& row : rows) row.practised = inside > 0 ? 100.0 * row.grades / inside : 0;
  return rows;
}

std::vector<HeatRow> heat_rows(const Plan& plan, const std::vector<GradeRecord>& grades) {
  std::map<std::string, std::vector<HeatCell>> cells;
  for (const auto& g : grades) {
    auto& row = cells[g.subtopic];
    row.resize(static_cast<std::size_t>(plan.weeks));
    HeatCell& cell = row[week_index(plan, g.day)];
    cell.mean = (cell.mean * cell.grades + static_cast<int>(g.grade)) / (cell.grades + 1);
    ++cell.grades;
  }
  std::vector<HeatRow> rows;
  for (const auto& s : all_subtopics()) {
    const auto it = cells.find(std::string(s.id));
    if (it == cells.end()) continue;
    rows.push_back({it->first, it->second});
    cells.erase(it);
  }
  for (auto& [subtopic, weeks] : cells) rows.push_back({subtopic, weeks});  // subtopics no longer known, last
  return rows;
}

std::vector<CoverageRow> coverage_rows(const std::vector<AttemptRecord>& attempts,
                                       const std::vector<GradeRecord>& grades) {
  std::unordered_map<std::string, std::string> subtopic_of;
  for (const auto& g : grades) subtopic_of[g.question] = g.subtopic;
  std::map<std::string, CoverageRow> by_subtopic;
  for (const auto& a : attempts) {
    const auto it = subtopic_of.find(a.question);
    const std::string subtopic = it == subtopic_of.end() ? "unknown" : it->second;
    CoverageRow& row = by_subtopic[subtopic];
    row.subtopic = subtopic;
    ++row.answers;
    row.points += a.points;
    row.covered += static_cast<int>(a.covered.size());
  }
  std::vector<CoverageRow> rows;
  for (const auto& s : all_subtopics()) {
    const auto it = by_subtopic.find(std::string(s.id));
    if (it == by_subtopic.end()) continue;
    rows.push_back(it->second);
    by_subtopic.erase(it);
  }
  for (auto& [subtopic, row] : by_subtopic) rows.push_back(row);
  return rows;
}

std::vector<SolvedProblem> solved_problems(const std::vector<JudgeRunRecord>& runs) {
  std::map<std::string, SolvedProblem> by_question;
  for (const auto& [question, first] : first_solved(runs)) by_question[question] = {question, first, 0, 0};
  for (const auto& r : runs) {
    const auto it = by_question.find(r.question);
    if (it == by_question.end()) continue;
    ++it->second.runs;
    if (r.solved() && (it->second.best_ms == 0 || r.slowest_ms < it->second.best_ms)) it->second.best_ms = r.slowest_ms;
  }
  std::vector<SolvedProblem> solved;
  for (auto& [question, problem] : by_question) solved.push_back(problem);
  std::stable_sort(solved.begin(), solved.end(),
                   [](const auto& a, const auto& b) { return day_number(a.first) < day_number(b.first); });
  return solved;
}

std::vector<StoryTimes> story_times(const std::vector<RehearsalRecord>& rehearsals) {
  std::vector<RehearsalRecord> ordered = rehearsals;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto& a, const auto& b) { return a.started_at < b.started_at; });
  std::vector<StoryTimes> stories;
  for (const auto& r : ordered) {
    auto it = std::find_if(stories.begin(), stories.end(), [&](const StoryTimes& s) { return s.story == r.story; });
    if (it == stories.end()) it = stories.insert(stories.end(), StoryTimes{r.story, 180, {}});
    if (r.target_seconds > 0) it->target_seconds = r.target_seconds;
    it->times.push_back({r.day, r.total_ms / 1000.0, r.outcome == Outcome::completed});
  }
  std::sort(stories.begin(), stories.end(), [](const auto& a, const auto& b) { return a.story < b.story; });
  return stories;
}

// The records from the plan's first day to `last`.
ReportRecords records_until(const Plan& plan, Date last, const ReportRecords& all) {
  const auto keep = [&](const auto& from, auto& to) {
    std::copy_if(from.begin(), from.end(), std::back_inserter(to),
                 [&](const auto& r) { return within(plan, r.day, last); });
  };
  ReportRecords kept;
  keep(all.log, kept.log);
  keep(all.grades, kept.grades);
  keep(all.rehearsals, kept.rehearsals);
  keep(all.runs, kept.runs);
  keep(all.mocks, kept.mocks);
  keep(all.attempts, kept.attempts);
  return kept;
}

}  // namespace

std::vector<TargetProgress> progress_from(const Plan& plan, int week, Date today, const ReportRecords& records) {
  std::vector<RehearsalDone> rehearsals;
  for (const auto& r : records.rehearsals) rehearsals.push_back({r.story, r.day, r.outcome == Outcome::completed});
  std::vector<MockDone> mocks;
  for (const auto& m : records.mocks) {
    if (m.outcome == Outcome::completed) mocks.push_back({m.day, m.kind == "design"});
  }
  return plan_progress(plan, week, today, records.log, records.grades, rehearsals, first_solved(records.runs), mocks);
}

std::vector<Burnup> plan_burnup(const Plan& plan, Date today, const ReportRecords& records) {
  std::vector<Burnup> burnup;
  for (const auto& t : plan.targets) burnup.push_back({t.name, t.count, t.due, {}});
  for (int w = 1; w <= plan.weeks; ++w) {
    if (day_number(today) < day_number(plan.start) + 7L * (w - 1)) break;
    const auto rows = progress_from(plan, w, today, records);
    for (std::size_t i = 0; i < rows.size() && i < burnup.size(); ++i) burnup[i].done.push_back(rows[i].done);
  }
  return burnup;
}

Report build_report(const Plan& plan, int week, Date today, const ReportRecords& records) {
  Report report;
  report.title = plan.title;
  report.start = plan.start;
  report.end = plan.end();
  report.weeks = plan.weeks;
  report.week = week;
  const Date week_end = add_days(plan.start, 7L * week - 1);
  report.day = day_number(today) < day_number(week_end) ? today : week_end;
  const ReportRecords kept = records_until(plan, report.day, records);
  report.progress = progress_from(plan, week, report.day, kept);
  report.burnup = plan_burnup(plan, report.day, kept);
  report.split = split_rows(plan, kept.grades, report.grades_outside);
  report.heatmap = heat_rows(plan, kept.grades);
  report.coverage = coverage_rows(kept.attempts, kept.grades);
  report.solved = solved_problems(kept.runs);
  report.rehearsals = story_times(kept.rehearsals);
  if (week < plan.weeks) {
    report.next_week = week + 1;
    report.next_sessions = plan.week_plans[static_cast<std::size_t>(week)].sessions;
  }
  return report;
}

}  // namespace prepkit
