// Shows how a plan is built: phases scaled, hours split exactly, targets due, JSON round trip.
#include <doctest/doctest.h>

#include <algorithm>

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
  CHECK(plan.week_plans[0].focus_minutes[0].percent == 360);  // coding 60% of 10 h
  CHECK(format_date(plan.end()) == "2027-01-31");
  SUBCASE("sessions start at --at on the study days and never overlap") {
    const auto& s = plan.week_plans[0].sessions;
    REQUIRE(s.size() == 5);
    CHECK(format_date(s[0].day) == "2026-12-07");
    CHECK(s[0].start == 19 * 60);
    CHECK(s[0].minutes == 150);
    CHECK(s[0].description == "5 problems: arrays and strings");
    CHECK(s[3].start == s[2].start + s[2].minutes);  // Friday: coding, then fundamentals
  }
  SUBCASE("the realised split beside the declared one") {
    REQUIRE(plan.realised_split.size() == 4);
    CHECK(plan.realised_split[0].first == "coding");
    CHECK(plan.realised_split[0].second == doctest::Approx(40.4166).epsilon(1e-3));
    CHECK(plan.realised_split[1].second == doctest::Approx(47.9166).epsilon(1e-3));
    CHECK(plan.realised_split[2].second == doctest::Approx(7.5).epsilon(1e-3));
    CHECK(plan.realised_split[3].first == "behavioral");
  }
  SUBCASE("targets fall due week by week") {
    const TargetPlan& problems = plan.targets[0];
    CHECK(problems.name == "problems");
    CHECK(problems.due == std::vector<int>{12, 23, 34, 45, 45, 45, 45, 45});
    const TargetPlan& mocks = plan.targets[2];
    CHECK(mocks.due == std::vector<int>{0, 0, 0, 0, 2, 4, 6, 7});
    CHECK(plan.notes.empty());
  }
}

TEST_CASE("build_plan: hours split exactly by largest remainder") {
  PlanRequest request = default_request();
  request.hours = 7.25;  // 29 slots of 15 minutes: coding 60% = 17.4, fundamentals 40% = 11.6
  const Plan plan = build_plan(request, day("2026-12-01"));
  for (const auto& w : plan.week_plans) CHECK(week_minutes(w) == 435);
  CHECK(plan.week_plans[0].focus_minutes[0].percent == 255);  // 17 slots: the larger remainder went to 11.6
  CHECK(plan.week_plans[0].focus_minutes[1].percent == 180);  // 12 slots
  request.hours = 7.3;
  CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")),
                       "hours: expected hours a week from 0.25 to 80 in steps of 0.25, found 7.3", FieldError);
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
    REQUIRE_FALSE(two.notes.empty());
    CHECK(two.notes[0] == "phase 'System design and operations' is left out: 2 weeks are too few for every phase");
    CHECK(two.notes[1] == "problems: 45 do not fit in weeks 1-1 at 3 hours a week; planning 3");
  }
  request.weeks = 27;
  CHECK_THROWS_WITH_AS(build_plan(request, day("2026-12-01")), "weeks: expected 2 to 26 weeks, found 27", FieldError);
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
                       "interview: 1 whole weeks after the start; a plan needs 2 to 26", FieldError);
}

TEST_CASE("build_plan: weak spots from the grades") {
  PlanRequest request = default_request();
  request.weak = {{"databases", 10, 6, 0.6}, {"apis", 8, 2, 0.25}};
  const Plan plan = build_plan(request, day("2026-12-01"));
  CHECK(plan.weak_from_grades);
  CHECK(plan.weak_subtopics == std::vector<std::string>{"databases", "apis"});
  CHECK(plan.focus_subtopics.at("weak-spots") == std::vector<std::string>{"databases", "apis"});
  const Plan defaults = build_plan(default_request(), day("2026-12-01"));
  CHECK_FALSE(defaults.weak_from_grades);
  CHECK(defaults.weak_subtopics == std::vector<std::string>{"coding", "system-design"});
}

TEST_CASE("plan_to_json and plan_from_json round-trip") {
  const Plan plan = build_plan(default_request(), day("2026-12-01"));
  const Plan back = plan_from_json(plan_to_json(plan));
  CHECK(plan_to_json(back) == plan_to_json(plan));
  CHECK_THROWS_AS(plan_from_json("{}"), DataError);
  CHECK_THROWS_AS(plan_from_json("not json"), DataError);
}

TEST_CASE("plan_weights follow the week's split") {
  const Plan plan = build_plan(default_request(), day("2026-12-01"));
  const Weights w = plan_weights(plan, 1);
  CHECK(w.keys == std::vector<std::string>{"coding", "databases", "apis"});
  CHECK(w.values == std::vector<double>{60, 20, 20});
  CHECK(plan.week_of(day("2026-12-13")) == 1);
  CHECK(plan.week_of(day("2026-12-14")) == 2);
  CHECK_FALSE(plan.week_of(day("2026-12-06")));
}
