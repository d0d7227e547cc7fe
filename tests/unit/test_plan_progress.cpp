// Shows how progress against a plan is counted, and when it is ahead, on track or behind.
#include <doctest/doctest.h>

#include "base/files.h"
#include "helpers.h"
#include "plan/plan_progress.h"

using namespace prepkit;
using test::day;

namespace {

const TargetProgress& find(const std::vector<TargetProgress>& rows, const char* name) {
  for (const auto& r : rows) {
    if (r.name == name) return r;
  }
  throw std::runtime_error("no such target");
}

}  // namespace

TEST_CASE("plan_progress counts log entries, grades and rehearsals") {
  const Plan plan = test::default_plan_from("2026-12-07");
  const std::vector<PlanLogEntry> log = {{day("2026-12-08"), "problem", 3, "", ""},
                                         {day("2026-12-09"), "chapter", 2, "", ""},
                                         {day("2026-12-10"), "design-mock", 1, "", ""},
                                         {day("2026-12-01"), "problem", 9, "before the plan", ""}};
  const std::vector<GradeRecord> grades = {
      {"a", "code-x", "coding", day("2026-12-08"), Grade::good, "t1"},
      {"b", "code-x", "coding", day("2026-12-09"), Grade::again, "t2"},  // the same question counts once
      {"c", "code-y", "coding", day("2026-12-09"), Grade::hard, "t3"},
      {"d", "db-z", "databases", day("2026-12-09"), Grade::good, "t4"}};  // not a coding problem
  const std::vector<RehearsalDone> rehearsals = {
      {"outage", day("2026-12-09"), true}, {"outage", day("2026-12-10"), true}, {"conflict", day("2026-12-10"), false}};
  const auto rows = plan_progress(plan, 1, day("2026-12-10"), log, grades, rehearsals);
  CHECK(find(rows, "problems").done == 5);
  CHECK(find(rows, "chapters").done == 2);
  CHECK(find(rows, "mocks").done == 1);
  CHECK(find(rows, "design_mocks").done == 1);
  CHECK(find(rows, "stories").done == 1);
  CHECK(find(rows, "rehearsals").done == 2);
  SUBCASE("status against what is due by today, by the sessions so far") {
    // Thursday of week 1: Monday's and Wednesday's sessions hold 10 of the week's 11 problems.
    CHECK(find(rows, "problems").due == 11);
    CHECK(find(rows, "problems").expected == 10);
    CHECK(find(rows, "problems").status == "behind");
    // No reading session before Friday: nothing of the 3 chapters is expected yet.
    CHECK(find(rows, "chapters").expected == 0);
    CHECK(find(rows, "chapters").status == "on track");
    CHECK(find(rows, "design_mocks").status == "ahead");  // none due yet
  }
  SUBCASE("a past week counts only what was done by its end") {
    const auto later = plan_progress(plan, 1, day("2026-12-20"), log, grades, rehearsals);
    CHECK(find(later, "problems").done == 5);
    CHECK(find(later, "problems").expected == 11);
  }
  SUBCASE("a week still to come is held against what is due by today, not by its end") {
    const auto ahead = plan_progress(plan, 3, day("2026-12-10"), log, grades, rehearsals);
    CHECK(find(ahead, "problems").due == 33);
    CHECK(find(ahead, "problems").expected == 10);
    CHECK(find(ahead, "chapters").status == "on track");
  }
  SUBCASE("before the plan starts nothing is expected and nothing is behind") {
    const auto early = plan_progress(plan, 1, day("2026-12-05"), log, grades, rehearsals);
    for (const auto& r : early) {
      CAPTURE(r.name);
      CHECK(r.done == 0);
      CHECK(r.expected == 0);
      CHECK(r.status == "not started");
    }
    CHECK(find(early, "problems").due == 11);
  }
}

TEST_CASE("plan_progress counts the mocks qpick completed beside the logged ones") {
  const Plan plan = test::default_plan_from("2026-12-07");
  const std::vector<PlanLogEntry> log = {{day("2026-12-08"), "mock", 1, "", ""}};
  const std::vector<MockDone> mocks = {{day("2026-12-09"), true},
                                       {day("2026-12-10"), false},
                                       {day("2026-12-01"), true},   // before the plan
                                       {day("2026-12-15"), true}};  // after the day asked about
  const auto rows = plan_progress(plan, 1, day("2026-12-10"), log, {}, {}, {}, mocks);
  CHECK(find(rows, "mocks").done == 3);
  CHECK(find(rows, "design_mocks").done == 1);
}
