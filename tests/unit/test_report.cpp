// Shows what the weekly report gathers from the records, and the page and charts made of it.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "base/error.h"
#include "base/files.h"
#include "helpers.h"
#include "plan/report.h"
#include "plan/report_render.h"

using namespace prepkit;
using test::day;

namespace {

RehearsalRecord rehearsal(const char* story, const char* when, long ms, Outcome outcome = Outcome::completed) {
  RehearsalRecord r;
  r.story = story;
  r.day = day(when);
  r.started_at = std::string(when) + "T19:00:00.000Z";
  r.total_ms = ms;
  r.outcome = outcome;
  r.target_seconds = 150;
  return r;
}

ReportRecords records() {
  ReportRecords r;
  r.log = {{day("2026-12-08"), "problem", 4, "", ""}, {day("2026-12-15"), "chapter", 2, "", ""}};
  r.grades = {{"a", "code-x", "coding", day("2026-12-08"), Grade::good, "t1"},
              {"b", "code-y", "coding", day("2026-12-09"), Grade::again, "t2"},
              {"c", "db-x", "databases", day("2026-12-15"), Grade::easy, "t3"},
              {"d", "beh-x", "behavioral", day("2026-12-16"), Grade::good, "t4"},
              {"e", "db-y", "databases", day("2026-11-30"), Grade::hard, "before the plan"},
              {"f", "sd-x", "system-design", day("2026-12-24"), Grade::hard, "after week 2"}};
  r.rehearsals = {rehearsal("cut", "2026-12-12", 170500), rehearsal("cut", "2026-12-19", 140000),
                  rehearsal("storm", "2026-12-16", 60000, Outcome::aborted)};
  r.runs = {{"code-x", day("2026-12-09"), "t", 3, 1, 4, 20, "python3"},
            {"code-x", day("2026-12-10"), "t", 4, 0, 4, 15, "python3"},
            {"code-x", day("2026-12-11"), "t", 4, 0, 4, 9, "python3"},
            {"code-y", day("2026-12-10"), "t", 1, 3, 4, 30, "python3"}};
  AttemptRecord answer;
  answer.question = "db-x";
  answer.day = day("2026-12-15");
  answer.points = 5;
  answer.covered = {1, 3, 4};
  r.attempts = {answer};
  return r;
}

}  // namespace

TEST_CASE("build_report gathers the week's records up to its end") {
  const Plan plan = test::default_plan_from("2026-12-07");
  SUBCASE("an earlier week is reported as it stood at its end") {
    const Report r = build_report(plan, 2, day("2026-12-30"), records());
    CHECK(r.week == 2);
    CHECK(format_date(r.day) == "2026-12-20");
    REQUIRE(r.next_week == 3);
    CHECK(r.next_sessions.size() == plan.week_plans[2].sessions.size());
    CHECK(r.burnup.front().target == "problems");
    CHECK(r.burnup.front().done == std::vector<int>{6, 6});  // four logged, two questions graded
    CHECK(r.burnup.front().due == plan.targets.front().due);
    CHECK(r.progress.front().done == 6);

    REQUIRE(r.split.size() == 3);
    CHECK(r.split[0].area == "coding");
    CHECK(r.split[0].declared == 40);
    CHECK(r.split[0].grades == 2);
    CHECK(r.split[0].practised == doctest::Approx(200.0 / 3));
    CHECK(r.split[1].area == "design");
    CHECK(r.split[1].grades == 1);  // databases; system design came after the week
    CHECK(r.grades_outside == 1);   // the behavioural question

    REQUIRE(r.heatmap.size() == 3);
    CHECK(r.heatmap[0].subtopic == "coding");
    CHECK(r.heatmap[0].weeks.size() == 8);
    CHECK(r.heatmap[0].weeks[0].grades == 2);
    CHECK(r.heatmap[0].weeks[0].mean == 2);
    CHECK(r.heatmap[1].subtopic == "databases");
    CHECK(r.heatmap[1].weeks[1].grades == 1);
    CHECK(r.heatmap[2].subtopic == "behavioral");

    REQUIRE(r.coverage.size() == 1);
    CHECK(r.coverage[0].subtopic == "databases");
    CHECK(r.coverage[0].points == 5);
    CHECK(r.coverage[0].covered == 3);

    REQUIRE(r.solved.size() == 1);
    CHECK(r.solved[0].question == "code-x");
    CHECK(format_date(r.solved[0].first) == "2026-12-10");
    CHECK(r.solved[0].runs == 3);
    CHECK(r.solved[0].best_ms == 9);

    REQUIRE(r.rehearsals.size() == 2);
    CHECK(r.rehearsals[0].story == "cut");
    CHECK(r.rehearsals[0].target_seconds == 150);
    REQUIRE(r.rehearsals[0].times.size() == 2);
    CHECK(r.rehearsals[0].times[0].seconds == 170.5);
    CHECK_FALSE(r.rehearsals[1].times[0].completed);
  }
  SUBCASE("the week under way is reported as of today") {
    const Report r = build_report(plan, 1, day("2026-12-09"), records());
    CHECK(format_date(r.day) == "2026-12-09");
    CHECK(r.burnup.front().done == std::vector<int>{6});
    CHECK(r.rehearsals.empty());
    CHECK(r.solved.empty());  // the first passing run was on the 10th
  }
  SUBCASE("the last week has no next week") {
    const Report r = build_report(plan, 8, day("2027-02-01"), records());
    CHECK_FALSE(r.next_week);
    CHECK(r.next_sessions.empty());
    CHECK(r.burnup.front().done.size() == 8);
  }
}

TEST_CASE("plan_burnup stops at the weeks begun") {
  const Plan plan = test::default_plan_from("2026-12-07");
  CHECK(plan_burnup(plan, day("2026-12-01"), records()).front().done.empty());
  CHECK(plan_burnup(plan, day("2026-12-14"), records()).front().done == std::vector<int>{6, 6});
}

TEST_CASE("report_html is one page with a table behind every chart and nothing from outside") {
  const Report r = build_report(test::default_plan_from("2026-12-07"), 2, day("2026-12-20"), records());
  const std::string page = report_html(r);
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
  CHECK(page.find("<title>Eight weeks to interview day: Week 2 of 8</title>") != std::string::npos);
  for (const char* title : {"Burn-up of each target", "Split of study by area", "Grades by subtopic and week",
                            "Rehearsal times against the target"}) {
    CAPTURE(title);
    CHECK(page.find(fmt::format("-title\">{}</title>", title)) != std::string::npos);
  }
  for (const char* caption :
       {"Burn-up by week", "Split by area", "Grades by subtopic and week: how many, and their mean",
        "Rehearsals of each story", "1 problem solved with qpick test", "The sessions of week 3",
        "Rubric points the practised answers covered"}) {
    CAPTURE(caption);
    CHECK(page.find(fmt::format("<caption>{}</caption>", caption)) != std::string::npos);
  }
  CHECK(page.find("<tr><th scope=\"row\">coding</th><td class=\"n\">40%</td><td class=\"n\">") != std::string::npos);
  CHECK(page.find("<th scope=\"row\">code-x</th><td class=\"n\">2026-12-10</td><td class=\"n\">3</td>"
                  "<td class=\"n\">9 ms</td>") != std::string::npos);
  CHECK(page.find("@media print") != std::string::npos);
  CHECK(page.find("prefers-color-scheme: dark") != std::string::npos);
  for (const char* outside : {"http:", "https:", "url(", "src=", "href=", "<script", "@import"}) {
    CAPTURE(outside);
    CHECK(page.find(outside) == std::string::npos);
  }
}

TEST_CASE("a report with nothing recorded says so in each chart and table") {
  const Report r = build_report(test::default_plan_from("2026-12-07"), 1, day("2026-12-07"), {});
  const std::string page = report_html(r);
  CHECK(page.find("<caption>0 problems solved with qpick test</caption>") != std::string::npos);
  CHECK(page.find("<td colspan=\"4\">none solved yet</td>") != std::string::npos);
  CHECK(page.find("no answers practised yet (qpick practice)") != std::string::npos);
  CHECK(report_svg(r, ReportChart::heatmap).find(">nothing recorded yet</text>") != std::string::npos);
  CHECK(report_svg(r, ReportChart::rehearsals).find(">nothing recorded yet</text>") != std::string::npos);
}

TEST_CASE("report_svg draws one chart as a file of its own") {
  const Report r = build_report(test::default_plan_from("2026-12-07"), 2, day("2026-12-20"), records());
  const std::string heat = report_svg(r, ReportChart::heatmap);
  CHECK(heat.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(heat.find("<title id=\"chart-title\">Grades by subtopic and week</title>") != std::string::npos);
  CHECK(heat.find("class=\"cell-hard\"><title>coding, week 1: 2 grades, mostly hard</title></rect>") !=
        std::string::npos);
  const std::string rehearsals = report_svg(r, ReportChart::rehearsals);
  CHECK(rehearsals.find("<title>cut on 2026-12-12: 2:51</title>") != std::string::npos);
  CHECK(rehearsals.find("class=\"bar-aborted\"><title>storm on 2026-12-16: 1:00 (stopped)</title>") !=
        std::string::npos);
  CHECK(report_svg(r, ReportChart::burnup).find("<title>problems, week 2: 6 done, 22 due</title>") !=
        std::string::npos);
  CHECK(report_svg(r, ReportChart::split).find("<title>coding practised: 67%</title>") != std::string::npos);
}

TEST_CASE("parse_report_chart names the charts") {
  CHECK(parse_report_chart("split") == ReportChart::split);
  CHECK_THROWS_WITH_AS(parse_report_chart("heatmp"),
                       "chart: expected burnup, heatmap, split or rehearsals, found 'heatmp' (did you mean 'heatmap'?)",
                       FieldError);
}
