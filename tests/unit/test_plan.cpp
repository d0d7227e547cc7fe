// Shows how a plan is built: phases scaled, hours split exactly, no session past midnight, story
// time, the flexible sessions chosen for the split, targets due only as sessions hold them, JSON.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/files.h"
#include "helpers.h"
#include "plan/plan.h"

using namespace prepkit;
using test::day;

namespace {

const std::string kShare = PREPKIT_SHARE;

PlanTemplate bundled(const char* name) {
  return parse_template(read_file(kShare + "/plans/" + name + ".yaml", 1u << 20u), name, name);
}

PlanRequest default_request() {
  PlanRequest request;
  request.tmpl = bundled("default");
  request.start = day("2026-12-07");
  return request;
}

int week_minutes(const WeekPlan& w) {
  int total = 0;
  for (const auto& s : w.sessions) total += s.minutes;
  return total;
}

std::vector<std::string> phases_of(const Plan& plan) {
  std::vector<std::string> phases;
  for (const auto& w : plan.week_plans) phases.push_back(w.phase);
  return phases;
}

// What the sessions of `week` hold toward `target`.
int held(const WeekPlan& week, const std::string& target) {
  int n = 0;
  for (const auto& s : week.sessions) {
    const auto it = s.counts.find(target);
    if (it != s.counts.end()) n += it->second;
  }
  return n;
}

}  // namespace

TEST_CASE("build_plan: the guide's eight weeks at ten hours") {
  const Plan plan = build_plan(default_request(), day("2026-12-01"));
  REQUIRE(plan.week_plans.size() == 8);
  int total = 0;
  for (const auto& w : plan.week_plans) {
    CHECK(week_minutes(w) == 600);
    total += week_minutes(w);
  }
  CHECK(total == 80 * 60);
  CHECK(phases_of(plan)[0] == "Coding and fundamentals");
  CHECK(phases_of(plan)[4] == "System design and operations");
  CHECK(phases_of(plan)[7] == "Mock interviews and weak spots");
  CHECK(plan.week_plans[0].story_minutes == 30);              // one story to write
  CHECK(plan.week_plans[0].focus_minutes[0].percent == 345);  // coding 60% of the 9.5 h left
  CHECK(format_date(plan.end()) == "2027-01-31");
  CHECK(plan.notes.empty());
  SUBCASE("sessions start at --at on the study days and never overlap") {
    const auto& s = plan.week_plans[0].sessions;
    REQUIRE(s.size() == 6);
    CHECK(format_date(s[0].day) == "2026-12-07");
    CHECK(s[0].start == 19 * 60);
    CHECK(s[0].minutes == 150);
    CHECK(s[0].description == "5 problems: arrays and strings");
    CHECK(s[0].counts == std::map<std::string, int>{{"problems", 5}});
    CHECK(s[3].start == s[2].start + s[2].minutes);  // Friday: coding, then fundamentals
    CHECK(s[5].focus == "stories");                  // story time ends the week
    CHECK(s[5].description == "write 1 STAR story (star new)");
  }
  SUBCASE("the realised split comes within a point of the declared one") {
    REQUIRE(plan.realised_split.size() == 3);
    CHECK(plan.realised_split[0].first == "coding");
    CHECK(plan.realised_split[0].second == doctest::Approx(39.34).epsilon(1e-3));
    CHECK(plan.realised_split[1].second == doctest::Approx(35.08).epsilon(1e-3));
    CHECK(plan.realised_split[2].second == doctest::Approx(25.57).epsilon(1e-3));
    CHECK(largest_gap(plan).points() < 1);
    CHECK(plan.outside_split == std::vector<std::pair<std::string, int>>{{"behavioral", 225}});
  }
  SUBCASE("targets fall due week by week, never before sessions hold them") {
    const TargetPlan& problems = plan.targets[0];
    CHECK(problems.name == "problems");
    CHECK(problems.due == std::vector<int>{11, 22, 33, 45, 45, 45, 45, 45});
    const TargetPlan& mocks = plan.targets[2];
    CHECK(mocks.due == std::vector<int>{0, 0, 0, 0, 0, 0, 4, 7});  // the first mock session is in week 7
    CHECK(held(plan.week_plans[6], "mocks") + held(plan.week_plans[7], "mocks") >= 7);
    const TargetPlan& design = plan.targets[3];
    CHECK(design.due == std::vector<int>{0, 0, 0, 0, 0, 0, 2, 3});
    CHECK(held(plan.week_plans[6], "design_mocks") >= 3);
    CHECK(plan.targets[5].due == std::vector<int>{0, 2, 3, 4, 6, 7, 8, 9});  // rehearsals, in story time
  }
}

TEST_CASE("build_plan: no target falls due before the sessions hold it") {
  for (const char* name : {"default", "crash", "twelve"}) {
    for (const double hours : {0.5, 2.0, 7.25, 10.0, 20.0}) {
      for (const int weeks : {2, 3, 5, 8, 13, 26}) {
        CAPTURE(name);
        CAPTURE(hours);
        CAPTURE(weeks);
        PlanRequest request = default_request();
        request.tmpl = bundled(name);
        request.hours = hours;
        request.weeks = weeks;
        request.at = 8 * 60;
        const Plan plan = build_plan(request, day("2026-12-01"));
        for (const auto& t : plan.targets) {
          CAPTURE(t.name);
          int so_far = 0;
          for (int w = 1; w <= plan.weeks; ++w) {
            if (w >= t.first_week && w <= t.last_week)
              so_far += held(plan.week_plans[static_cast<std::size_t>(w - 1)], t.name);
            CHECK(t.due[static_cast<std::size_t>(w - 1)] <= so_far);
          }
          CHECK(t.due.back() == t.count);
        }
      }
    }
  }
}

TEST_CASE("build_plan: the bundled templates come close to their declared split") {
  for (const char* name : {"default", "crash", "twelve"}) {
    for (const double hours : {3.0, 6.0, 10.0, 15.0}) {
      CAPTURE(name);
      CAPTURE(hours);
      PlanRequest request = default_request();
      request.tmpl = bundled(name);
      request.hours = hours;
      const Plan plan = build_plan(request, day("2026-12-01"));
      CHECK(largest_gap(plan).points() < 2);
      if (hours >= 10) CHECK(plan.notes.empty());
    }
  }
}

TEST_CASE("build_plan: a gap the phases cannot close is noted") {
  PlanRequest request = default_request();
  request.tmpl.phases = {{"Only coding", 1, 8, {{"coding", 100}}}};
  request.tmpl.targets.clear();
  const Plan plan = build_plan(request, day("2026-12-01"));
  CHECK(largest_gap(plan).area == "coding");
  CHECK(largest_gap(plan).points() == doctest::Approx(60));
  REQUIRE(plan.notes.size() == 1);
  CHECK(plan.notes[0] ==
        "the realised split is 60.0 points from the declared one: coding 100.0% against 40%; the phases leave no "
        "closer choice");
}

TEST_CASE("build_plan: weak-spot sessions practise the weak spots of the day") {
  const Plan plan = build_plan(default_request(), day("2026-12-01"));
  int weak = 0;
  for (const auto& s : plan.week_plans[7].sessions) {
    if (s.focus != "weak-spots") continue;
    ++weak;
    CHECK(s.description.find(": qpick --weak -s ") != std::string::npos);
  }
  CHECK(weak == 2);
}

TEST_CASE("build_plan: hours split exactly by largest remainder") {
  PlanRequest request = default_request();
  request.hours = 7.25;  // 29 slots, 2 of them story time: coding 60% of 27 = 16.2, fundamentals 10.8
  const Plan plan = build_plan(request, day("2026-12-01"));
  for (const auto& w : plan.week_plans) CHECK(week_minutes(w) == 435);
  CHECK(plan.week_plans[0].focus_minutes[0].percent == 240);  // 16 slots
  CHECK(plan.week_plans[0].focus_minutes[1].percent == 165);  // 11 slots: the larger remainder
}

TEST_CASE("quarter_hours: hours in 15-minute steps, never zero, negative or NaN") {
  CHECK(quarter_hours("hours", 7.25, "a week", 80) == 29);
  CHECK(quarter_hours("hours", 80, "a week", 80) == 320);
  const auto refused = [](double hours) {
    try {
      quarter_hours("hours", hours, "a week", 80);
    } catch (const FieldError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  CHECK(refused(7.3) == "hours: expected hours a week from 0.25 to 80 in steps of 0.25, found 7.3");
  CHECK(refused(0) == "hours: expected hours a week from 0.25 to 80 in steps of 0.25, found 0");
  CHECK(refused(-1) == "hours: expected hours a week from 0.25 to 80 in steps of 0.25, found -1");
  CHECK(refused(std::nan("")) == "hours: expected hours a week from 0.25 to 80 in steps of 0.25, found nan");
  CHECK(refused(HUGE_VAL) == "hours: expected hours a week from 0.25 to 80 in steps of 0.25, found inf");
  CHECK(refused(80.25) == "hours: expected hours a week from 0.25 to 80 in steps of 0.25, found 80.25");
  CHECK_THROWS_WITH_AS(quarter_hours("day-limit", 0, "a day", 24),
                       "day-limit: expected hours a day from 0.25 to 24 in steps of 0.25, found 0", FieldError);
}

TEST_CASE("build_plan: no session runs past midnight") {
  PlanRequest request = default_request();
  SUBCASE("a day ends at midnight at the latest, and says 24:00") {
    request.at = 21 * 60 + 30;
    const Plan plan = build_plan(request, day("2026-12-01"));
    for (const auto& w : plan.week_plans) {
      for (const auto& s : w.sessions) CHECK(s.start + s.minutes <= 24 * 60);
    }
    const Session& monday = plan.week_plans[0].sessions[0];
    CHECK(clock_time(monday.start + monday.minutes) == "24:00");
  }
  SUBCASE("more hours than the days hold before midnight are refused") {
    request.at = 23 * 60;
    CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")),
                         "hours: 10 hours a week do not fit in 4 study days of at most 1 h each: sessions start at "
                         "23:00 and end by midnight",
                         FieldError);
    request.hours = 20;
    request.days = {6};
    request.at = 22 * 60;
    CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")),
                         "hours: 20 hours a week do not fit in 1 study day of at most 2 h: sessions start at 22:00 "
                         "and end by midnight",
                         FieldError);
  }
  SUBCASE("and more than the day limit") {
    request.at = 8 * 60;
    request.hours = 13;
    request.days = {5, 6};
    CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")),
                         "hours: 13 hours a week do not fit in 2 study days of at most 6 h each: that is the day limit",
                         FieldError);
    request.day_limit = 6.5;
    const Plan plan = build_plan(request, day("2026-12-01"));
    CHECK(plan.week_plans[0].sessions.back().start + plan.week_plans[0].sessions.back().minutes == 8 * 60 + 390);
    request.day_limit = std::nan("");
    CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")),
                         "day-limit: expected hours a day from 0.25 to 24 in steps of 0.25, found nan", FieldError);
  }
}

TEST_CASE("build_plan: --weeks scales the phases in proportion") {
  PlanRequest request = default_request();
  request.weeks = 4;
  const Plan four = build_plan(request, day("2026-12-01"));
  CHECK(phases_of(four) == std::vector<std::string>{"Coding and fundamentals", "Coding and fundamentals",
                                                    "System design and operations", "Mock interviews and weak spots"});
  request.weeks = 12;
  const Plan twelve = build_plan(request, day("2026-12-01"));
  const auto twelve_phases = phases_of(twelve);
  CHECK(std::count(twelve_phases.begin(), twelve_phases.end(), "Coding and fundamentals") == 6);
  SUBCASE("too few weeks for every phase: the mock interviews at the end are kept") {
    request.weeks = 2;
    request.hours = 3;
    const Plan two = build_plan(request, day("2026-12-01"));
    CHECK(phases_of(two) == std::vector<std::string>{"Coding and fundamentals", "Mock interviews and weak spots"});
    REQUIRE(two.notes.size() >= 2);
    CHECK(two.notes[0] == "phase 'System design and operations' is left out: 2 weeks are too few for every phase");
    CHECK(two.notes[1] == "problems: 45 do not fit in weeks 1-1 at 3 hours a week; planning 2");
  }
  for (const int weeks : {27, 0, -3}) {
    request.weeks = weeks;
    CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")),
                         fmt::format("weeks: expected 2 to 26 weeks, found {}", weeks).c_str(), FieldError);
  }
}

TEST_CASE("build_plan: dates from --interview") {
  PlanRequest request = default_request();
  request.start.reset();
  request.interview = day("2027-02-01");
  const Plan plan = build_plan(request, day("2026-12-01"));
  CHECK(format_date(plan.start) == "2026-12-07");
  CHECK(format_date(plan.end()) == "2027-01-31");
  request.start = day("2026-12-14");
  const Plan shorter = build_plan(request, day("2026-12-01"));
  CHECK(shorter.weeks == 7);
  request.start = day("2027-01-25");
  CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")),
                       "interview: 1 whole week after the start; a plan needs 2 to 26", FieldError);
}

TEST_CASE("build_plan: a start counted back from the interview is never in the past") {
  PlanRequest request = default_request();
  request.start.reset();
  request.interview = day("2026-12-25");  // 18 days after today
  try {
    build_plan(request, day("2026-12-07"));
    FAIL("a plan that began weeks ago");
  } catch (const PastStartError& e) {
    CHECK(std::string(e.what()) ==
          "interview: 2026-12-25 is 2 whole weeks from today (2026-12-07): 8 weeks before it began on 2026-10-30, in "
          "the past");
    CHECK(e.weeks_left() == 2);
  }
  request.weeks = 2;
  CHECK(format_date(build_plan(request, day("2026-12-07")).start) == "2026-12-11");
  request.interview = day("2026-12-10");
  CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-07")),
                       "interview: 2026-12-10 is 0 whole weeks from today (2026-12-07); a plan needs 2 to 26",
                       FieldError);
  SUBCASE("a start the user gives is theirs, past or not") {
    request.start = day("2026-11-02");
    request.interview.reset();
    CHECK(format_date(build_plan(request, day("2026-12-07")).start) == "2026-11-02");
  }
}

TEST_CASE("plan_to_json and plan_from_json round-trip") {
  const Plan plan = build_plan(default_request(), day("2026-12-01"));
  const Plan back = plan_from_json(plan_to_json(plan));
  CHECK(plan_to_json(back) == plan_to_json(plan));
  CHECK_FALSE(back.interview);
  CHECK_THROWS_AS(plan_from_json("{}"), DataError);
  SUBCASE("the interview date the request gave is kept, for qpick to schedule reviews up to it") {
    PlanRequest request = default_request();
    request.interview = day("2027-02-01");
    const Plan counted_back = build_plan(request, day("2026-12-01"));
    REQUIRE(counted_back.interview);
    CHECK(format_date(*plan_from_json(plan_to_json(counted_back)).interview) == "2027-02-01");
  }
  CHECK_THROWS_AS(plan_from_json("not json"), DataError);
  SUBCASE("a plan saved in format 1 still reads, its sessions weighted by their focus") {
    auto old = nlohmann::json::parse(plan_to_json(plan));
    old["format"] = 1;
    old.erase("outside_split");
    old.erase("interview");
    for (auto& week : old["plan"]) {
      week.erase("story_minutes");
      for (auto& s : week["sessions"]) {
        s.erase("subtopics");
        s.erase("counts");
      }
    }
    const Plan read = plan_from_json(old.dump());
    CHECK(read.week_plans[0].sessions[0].subtopics.empty());
    CHECK(plan_weights(read, 1).keys == std::vector<std::string>{"coding", "databases", "apis", "performance",
                                                                 "security-testing", "operations", "behavioral"});
  }
}

TEST_CASE("plan_weights follow the week's sessions") {
  const Plan plan = build_plan(default_request(), day("2026-12-01"));
  const Weights w = plan_weights(plan, 1);
  CHECK(w.keys == std::vector<std::string>{"coding", "databases", "apis", "performance", "security-testing",
                                           "operations", "behavioral"});
  CHECK(w.values[0] == doctest::Approx(57.5));  // 345 of 600 minutes
  CHECK(w.values[6] == doctest::Approx(5));     // 30 minutes of story time
  double total = 0;
  for (const double v : w.values) total += v;
  CHECK(total == doctest::Approx(100));
  CHECK(plan.week_of(day("2026-12-13")) == 1);
  CHECK(plan.week_of(day("2026-12-14")) == 2);
  CHECK_FALSE(plan.week_of(day("2026-12-06")));
}
