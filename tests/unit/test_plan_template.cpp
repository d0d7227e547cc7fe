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
  const PlanTemplate crash = parse_template(read_file(kShare + "/plans/crash.yaml", 1u << 20u), "c", "crash");
  for (const auto& target : crash.targets) CHECK(target.name != "chapters");  // it has no reading
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
        "t.yaml:5:39: unknown work 'puzzles' (expected one of: problems, reading, design, questions, mocks)");
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

TEST_CASE("parse_template: story time is the plan's own, and weak spots are for questions") {
  CHECK(problem(with("work: problems", "work: stories")) ==
        "t.yaml:5:39: story time follows the stories and rehearsals targets; set those instead");
  CHECK(problem(with("  design: {", "  stories: {")) ==
        "t.yaml:6:3: 'stories' names the plan's own story time; call this focus otherwise");
  CHECK(problem(with("work: design}", "work: design, weak: true}")) ==
        "t.yaml:6:71: only a focus whose work is questions can be weak");
}

TEST_CASE("parse_template: every target needs a phase with the work that meets it") {
  CHECK(problem(with("problems: {count: 10, weeks: 1-2}", "chapters: {count: 3, weeks: 1-2}")) ==
        "t.yaml:15:3: target 'chapters' needs a phase with a focus whose work is reading");
  CHECK(problem(with("problems: {count: 10, weeks: 1-2}", "mocks: {count: 3}")) ==
        "t.yaml:15:3: target 'mocks' needs a phase with a focus whose work is mocks");
  const std::string mocks = with("  design: {subtopics: [system-design, databases], work: design}",
                                 "  design: {subtopics: [coding, behavioral], work: mocks}");
  CHECK(problem(mocks.substr(0, mocks.find("  problems:")) + "  design_mocks: {count: 1}\n") ==
        "t.yaml:15:3: target 'design_mocks' needs a phase with a mocks focus that has a design subtopic");
  // A focus defined but given no share of any phase meets nothing.
  std::string unused = with("split: {coding: 100}", "split: {design: 100}");
  unused.replace(unused.find("split: {coding: 50, design: 50}"), 31, "split: {coding: 0, design: 100}");
  CHECK(problem(unused) == "t.yaml:15:3: target 'problems' needs a phase with a focus whose work is problems");
  // Stories and rehearsals get story time of their own.
  CHECK(problem(with("problems: {count: 10", "stories: {count: 3")) == "no problem");
}
