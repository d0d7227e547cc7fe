// Building a study plan from a template: the weeks fitted to the user's calendar, phases
// stretched or compressed in proportion, each week's hours split exactly into 15-minute slots,
// time for the STAR stories the targets ask for, sessions with concrete work on each study day,
// the flexible sessions' areas chosen to come close to the split the template declares, and
// targets falling due only as the sessions make room for them.
#pragma once

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/sample.h"
#include "base/date.h"
#include "base/error.h"
#include "plan/plan_template.h"

namespace prepkit {

// A time of day as HH:MM from minutes after midnight; 24:00 is the end of the day.
std::string clock_time(int minute);

// One block of study on one day; it never runs past midnight.
struct Session {
  Date day;
  int start = 0;    // minutes after midnight
  int minutes = 0;  // a multiple of 15
  std::string focus;
  std::string work;                    // the focus's kind of work, or "stories" for story time
  std::vector<std::string> subtopics;  // what it studies: its focus's subtopics of one area
  std::map<std::string, int> counts;   // what it holds toward each target: {"problems", 5}
  std::string description;             // concrete work: "5 problems: hash maps"
};

// One week of the plan.
struct WeekPlan {
  int number = 1;
  Date first_day;
  std::string phase;
  std::vector<Share> split;          // percent per focus of the week's time after story time
  std::vector<Share> focus_minutes;  // minutes per focus (Share::percent holds minutes)
  int story_minutes = 0;             // time to write and rehearse STAR stories
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
  std::optional<Date> interview;  // when the request gave one; qpick schedules reviews up to it
  int weeks = 8;
  int minutes_per_week = 600;
  std::vector<int> days;  // study weekdays, 0 = Monday
  int at = 19 * 60;       // sessions start at this minute of the day
  std::vector<WeekPlan> week_plans;
  std::vector<TargetPlan> targets;
  std::vector<Share> declared_split;                                // by area, from the template
  std::vector<std::pair<std::string, double>> realised_split;       // the declared areas, percent
  std::vector<std::pair<std::string, int>> outside_split;           // minutes of other areas
  std::map<std::string, std::vector<std::string>> focus_subtopics;  // what each focus may study
  std::vector<std::string> notes;  // what had to give: targets cut, phases dropped, the split

  // The week holding `day` (1-based), or nothing when the day is outside the plan.
  std::optional<int> week_of(Date day) const;

  // The last day of the plan.
  Date end() const;
};

// Where the realised split is furthest from the declared one: the area, both percentages, and
// the points between them.
struct SplitGap {
  std::string area;
  int declared = 0;
  double realised = 0;

  double points() const { return std::fabs(realised - declared); }
};
SplitGap largest_gap(const Plan& plan);

// What the user asked for.
struct PlanRequest {
  PlanTemplate tmpl;
  std::optional<Date> start;
  std::optional<Date> interview;
  std::optional<int> weeks;
  double hours = 10;                     // per week, a multiple of 0.25
  double day_limit = 6;                  // hours a day at most, a multiple of 0.25
  std::vector<int> days = {0, 2, 4, 5};  // Monday, Wednesday, Friday, Saturday
  int at = 19 * 60;
};

// The 15-minute slots in `hours` hours `per` ("a week"); throws FieldError for `field` unless
// they are from 0.25 to `most` in steps of 0.25 (not NaN, zero or negative).
int quarter_hours(const std::string& field, double hours, std::string_view per, double most);

// The plan counted back from the interview would start before today (exit 64); weeks_left()
// says how many whole weeks there are from today to the interview.
class PastStartError : public FieldError {
 public:
  PastStartError(const std::string& message, int weeks_left)
      : FieldError("interview", message), weeks_left_(weeks_left) {}
  int weeks_left() const noexcept { return weeks_left_; }

 private:
  int weeks_left_;
};

// Builds the plan; `today` is the start when none follows from the request. Throws UsageError
// for impossible requests: weeks out of 2..26, hours not in 15-minute steps, no study days, more
// hours than the study days hold before midnight and the day limit, a start counted back from
// the interview that has passed (PastStartError).
Plan build_plan(const PlanRequest& request, Date today);

// The weights by subtopic that week `week` of `plan` implies: each session's minutes split
// evenly among its subtopics, in percent of the week (qpick --plan samples by them).
Weights plan_weights(const Plan& plan, int week);

// The plan as one JSON document (what is saved), and back. plan_from_json throws DataError for
// a document that is not a saved plan; it reads the format before this one too.
std::string plan_to_json(const Plan& plan);
Plan plan_from_json(std::string_view text);

}  // namespace prepkit
