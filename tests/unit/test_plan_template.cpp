// Shows that the bundled templates load and that each mistake in a template names its place.
#include <doctest/doctest.h>

#include "base/diagnostic.h"
#include "base/files.h"
#include "plan/plan_template.h"

using namespace prepkit;

namespace {

const std::string kShare = PREPKIT_SHARE;

const char* const kGood =
    "title: T\n"
    "weeks: 2\n"
    "split: {coding: 60, design: 40}\n"
    "focus:\n"
    "  coding: {subtopics: [coding], work: problems}\n"
    "  design: {subtopics: [system-design, databases], work: design}\n"
    "phases:\n"
    "  - name: One\n"
    "    weeks: 1\n"
    "    split: {coding: 100}\n"
    "  - name: Two\n"
    "    weeks: 2-2\n"
    "    split: {coding: 50, design: 50}\n"
    "targets:\n"
    "  problems: {count: 10, weeks: 1-2}\n";

std::string with(const std::string& from, const std::string& to) {
  std::string text = kGood;
  text.replace(text.find(from), from.size(), to);
  return text;
}

std::string problem(const std::string& text) {
  try {
    parse_template(text, "t.yaml", "t");
  } catch (const DiagnosticError& e) {
    return e.what();
  }
  return "no problem";
}

}  // namespace

TEST_CASE("the bundled templates load") {
  for (const char* name : {"default", "crash", "twelve"}) {
    CAPTURE(name);
    const PlanTemplate t = parse_template(read_file(kShare + "/plans/" + name + ".yaml", 1u << 20u), name, name);
    CHECK(t.name == name);
    CHECK_FALSE(t.phases.empty());
  }
  const PlanTemplate t = parse_template(read_file(kShare + "/plans/default.yaml", 1u << 20u), "d", "default");
  CHECK(t.weeks == 8);
  REQUIRE(t.phases.size() == 3);
  CHECK(t.phases[0].first_week == 1);
  CHECK(t.phases[0].last_week == 4);
  CHECK(t.phases[2].split[0].name == "mocks");
  CHECK(t.find_focus("weak-spots")->weak);
}

TEST_CASE("parse_template reads a good template") {
  const PlanTemplate t = parse_template(kGood, "t.yaml", "t");
  CHECK(t.title == "T");
  CHECK(t.split.size() == 2);
  CHECK(t.find_focus("design")->subtopics == std::vector<std::string>{"system-design", "databases"});
  REQUIRE(t.targets.size() == 1);
  CHECK(t.targets[0].count == 10);
  CHECK(t.targets[0].last_week == 2);
}

TEST_CASE("parse_template names each mistake") {
  CHECK(problem(with("title: T\n", "title: T\nauthor: me\n")) == "t.yaml:2:1: unknown field 'author' in the template");
  CHECK(problem(with("split: {coding: 60, design: 40}", "split: {coding: 60, design: 30}")) ==
        "t.yaml:3:8: the overall split adds up to 90, not 100");
  CHECK(problem(with("split: {coding: 60, design: 40}", "split: {coding: 60, desing: 40}")) ==
        "t.yaml:3:21: unknown area 'desing' (did you mean 'design'?) (expected one of: coding, design, ops, "
        "behavioral, ask)");
  CHECK(problem(with("subtopics: [coding]", "subtopics: [codng]")) ==
        "t.yaml:5:24: unknown subtopic 'codng' (did you mean 'coding'?) (expected one of: coding, apis, databases, "
        "system-design, performance, security-testing, operations, behavioral, ask)");
  CHECK(problem(with("work: problems", "work: puzzles")) ==
        "t.yaml:5:39: unknown work 'puzzles' (expected one of: problems, reading, design, questions, mocks, stories)");
  CHECK(problem(with("split: {coding: 100}", "split: {codin: 100}")) ==
        "t.yaml:10:13: unknown focus 'codin' (did you mean 'coding'?) (expected one of: coding, design)");
  CHECK(problem(with("split: {coding: 50, design: 50}", "split: {coding: 50, design: 40}")) ==
        "t.yaml:13:12: the focus split adds up to 90, not 100");
  CHECK(problem(with("weeks: 2-2", "weeks: 1-2")) == "t.yaml:12:12: week 1 is in two phases: 'One' and 'Two'");
  CHECK(problem(with("weeks: 2-2", "weeks: 3-3")) ==
        "t.yaml:12:12: 'weeks' must be a week or a range such as 1-4 within weeks 1 to 2, found '3-3'");
  CHECK(problem(with("weeks: 2\nsplit", "weeks: 3\nsplit")) == "t.yaml:8:3: week 3 is in no phase");
  CHECK(problem(with("count: 10", "count: -1")) == "t.yaml:15:21: 'count' must be a whole number from 0 to 10000");
  CHECK(problem(with("problems: {count", "puzzles: {count")) ==
        "t.yaml:15:3: unknown target 'puzzles' (expected one of: problems, chapters, mocks, design_mocks, stories, "
        "rehearsals)");
  CHECK(problem(with("title: T\n", "")) == "t.yaml:1:1: missing field 'title' in the template");
}
