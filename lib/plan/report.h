// The weekly report on a saved plan: what `plan report` draws, gathered from the state database's
// records as of one day. Each part is plain data; plan/report_render turns it into a page or a
// chart.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "plan/plan.h"
#include "plan/plan_progress.h"
#include "state/records.h"

namespace prepkit {

// Everything the state database holds that the report reads.
struct ReportRecords {
  std::vector<PlanLogEntry> log;
  std::vector<GradeRecord> grades;
  std::vector<RehearsalRecord> rehearsals;
  std::vector<JudgeRunRecord> runs;
  std::vector<MockRecord> mocks;
  std::vector<AttemptRecord> attempts;
};

// One target week by week: what was due by the end of each week, and what was done by then
// (only for the weeks begun by the report's day).
struct Burnup {
  std::string target;
  int total = 0;
  std::vector<int> due;   // due[w - 1], for every week of the plan
  std::vector<int> done;  // done[w - 1], for the weeks begun
};

// One area of the overall split: the template's promise, what the plan's sessions give, and the
// share of the grades recorded in the plan so far that fell in it.
struct SplitRow {
  std::string area;
  int declared = 0;      // percent
  double planned = 0;    // percent of the declared areas' session time
  double practised = 0;  // percent of the grades in the declared areas
  int grades = 0;
};

// The grades of one subtopic in one week of the plan.
struct HeatCell {
  int grades = 0;
  double mean = 0;  // 1 (again) to 4 (easy); 0 without grades
};

// A subtopic's cells, one per week of the plan.
struct HeatRow {
  std::string subtopic;
  std::vector<HeatCell> weeks;
};

// The rubric points the answers practised in a subtopic covered.
struct CoverageRow {
  std::string subtopic;
  int answers = 0;
  int points = 0;
  int covered = 0;
};

// A coding problem a run of qpick test passed whole.
struct SolvedProblem {
  std::string question;
  Date first;        // the first day a run passed
  int runs = 0;      // runs up to the report's day
  long best_ms = 0;  // the fastest passing run's slowest case
};

// One rehearsal's spoken time.
struct RehearsalTime {
  Date day;
  double seconds = 0;
  bool completed = true;
};

// A story's rehearsals in the plan, oldest first.
struct StoryTimes {
  std::string story;
  int target_seconds = 180;  // the last rehearsal's target
  std::vector<RehearsalTime> times;
};

// The whole report.
struct Report {
  std::string title;
  Date start;
  Date end;
  int weeks = 0;
  int week = 1;                          // the week reported on
  Date day;                              // the report's day: today, or the end of an earlier week asked for
  std::vector<TargetProgress> progress;  // the week's rows, as plan progress shows them
  std::vector<Burnup> burnup;
  std::vector<SplitRow> split;
  int grades_outside = 0;        // grades in areas the split does not name (behavioural, questions to ask)
  std::vector<HeatRow> heatmap;  // subtopics with a grade in the plan, in canonical order
  std::vector<CoverageRow> coverage;
  std::vector<SolvedProblem> solved;
  std::vector<StoryTimes> rehearsals;
  std::optional<int> next_week;  // none when the report's week is the last
  std::vector<Session> next_sessions;
};

// The report on `week` of `plan` as of the end of that week, or `today` while it runs (or before
// it has begun); only records from the plan's first day to the report's day count.
Report build_report(const Plan& plan, int week, Date today, const ReportRecords& records);

// Each target's burn-up as of `today`, as plan progress draws it.
std::vector<Burnup> plan_burnup(const Plan& plan, Date today, const ReportRecords& records);

// The progress rows of `week` as of `today` from `records` (plan_progress with what it counts
// taken from the records).
std::vector<TargetProgress> progress_from(const Plan& plan, int week, Date today, const ReportRecords& records);

}  // namespace prepkit
