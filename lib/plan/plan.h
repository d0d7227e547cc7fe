// Building a study plan from a template: the weeks fitted to the user's calendar, phases
// stretched or compressed in proportion, each week's hours split exactly into 15-minute slots,
// sessions with concrete work on each study day, targets falling due week by week, and the
// overall split the plan realises beside the one the template promises.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/sample.h"
#include "base/date.h"
#include "plan/plan_template.h"
#include "review/progress.h"

namespace prepkit {

// One block of study on one day.
struct Session {
  Date day;
  int start = 0;    // minutes after midnight
  int minutes = 0;  // a multiple of 15
  std::string focus;
  std::string work;         // the focus's kind of work
  std::string description;  // concrete work: "2 problems: hash maps"
};

// One week of the plan.
struct WeekPlan {
  int number = 1;
  Date first_day;
  std::string phase;
  std::vector<Share> split;          // percent of the week per focus
  std::vector<Share> focus_minutes;  // minutes per focus (Share::percent holds minutes)
  std::vector<Session> sessions;
};

// A target and how much of it is due by the end of each week (cumulative).
struct TargetPlan {
  std::string name;
  int count = 0;
  int first_week = 1;
  int last_week = 1;
  std::vector<int> due;  // due[w - 1]: due by the end of week w
};

// A built plan; it is what `plan init` saves.
struct Plan {
  std::string template_name;
  std::string title;
  Date start;
  int weeks = 8;
  int minutes_per_week = 600;
  std::vector<int> days;  // study weekdays, 0 = Monday
  int at = 19 * 60;       // sessions start at this minute of the day
  std::vector<WeekPlan> week_plans;
  std::vector<TargetPlan> targets;
  std::vector<Share> declared_split;                                // by area, from the template
  std::vector<std::pair<std::string, double>> realised_split;       // by area, percent
  std::map<std::string, std::vector<std::string>> focus_subtopics;  // weak spots filled in
  std::vector<std::string> weak_subtopics;
  bool weak_from_grades = false;
  std::vector<std::string> notes;  // what had to give: targets scaled, phases dropped

  // The week holding `day` (1-based), or nothing when the day is outside the plan.
  std::optional<int> week_of(Date day) const;

  // The last day of the plan.
  Date end() const;
};

// What the user asked for.
struct PlanRequest {
  PlanTemplate tmpl;
  std::optional<Date> start;
  std::optional<Date> interview;
  std::optional<int> weeks;
  double hours = 10;                     // per week, a multiple of 0.25
  std::vector<int> days = {0, 2, 4, 5};  // Monday, Wednesday, Friday, Saturday
  int at = 19 * 60;
  std::vector<Weakness> weak;  // from the grades, weakest first
};

// Builds the plan; `today` is the start when none follows from the request. Throws UsageError
// for impossible requests (weeks out of 2..26, hours not in 15-minute steps, no study days).
Plan build_plan(const PlanRequest& request, Date today);

// The weights by subtopic that week `week` of `plan` implies: each focus's share split evenly
// among its subtopics (qpick --plan samples by them).
Weights plan_weights(const Plan& plan, int week);

// The plan as one JSON document (what is saved), and back. plan_from_json throws DataError for
// a document that is not a saved plan.
std::string plan_to_json(const Plan& plan);
Plan plan_from_json(std::string_view text);

}  // namespace prepkit
