// Mock templates: what they may say, how they scale to the time there is, and how a mock's
// questions are chosen.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/error.h"
#include "base/files.h"
#include "review/mock.h"

using namespace prepkit;

namespace {

const std::string kShare = PREPKIT_SHARE;

// The message parse_mock_template gives for `text`, or "" when it parses.
std::string problem(const std::string& text) {
  try {
    parse_mock_template(text, "t.yaml", "t");
  } catch (const DiagnosticError& e) {
    return e.what();
  }
  return "";
}

const char* const kTwo = R"(kind: coding
title: Two problems
questions:
  - subtopics: [coding]
    difficulties: [easy]
    phases:
      - name: Solve
        minutes: 20
  - subtopics: [coding]
    difficulties: [medium, hard]
    phases:
      - name: Plan
        minutes: 5
      - name: Solve
        minutes: 25
)";

Question question(std::string id, std::string difficulty) {
  Question q;
  q.id = std::move(id);
  q.subtopic = "coding";
  q.area = "coding";
  q.kind = "coding";
  q.difficulty = std::move(difficulty);
  q.minutes = 20;
  q.prompt = "p";
  q.expect = {"a"};
  return q;
}

}  // namespace

TEST_CASE("the bundled mock templates parse, each its own kind, at the lengths the rounds run") {
  for (const std::string kind : {"design", "coding", "behavioral", "mixed"}) {
    CAPTURE(kind);
    const auto t = parse_mock_template(read_file(kShare + "/mocks/" + kind + ".yaml", 1u << 20u), kind, kind);
    CHECK(t.kind == kind);
  }
  const auto design = parse_mock_template(read_file(kShare + "/mocks/design.yaml", 1u << 20u), "d", "design");
  CHECK(design.seconds() == 45 * 60);
  REQUIRE(design.questions.size() == 1);
  CHECK(design.questions[0].phases.size() == 6);
  const auto behavioral =
      parse_mock_template(read_file(kShare + "/mocks/behavioral.yaml", 1u << 20u), "b", "behavioral");
  CHECK(behavioral.questions.size() == 3);
  for (const auto& q : behavioral.questions) CHECK(q.seconds() == 180);
}

TEST_CASE("parse_mock_template refuses what a mock cannot run, at its place") {
  const auto t = parse_mock_template(kTwo, "t.yaml", "t");
  CHECK(t.seconds() == 50 * 60);
  CHECK(t.questions[1].filter.difficulties == std::vector<std::string>{"medium", "hard"});
  CHECK(problem("kind: speed\ntitle: x\nquestions: []\n") ==
        "t.yaml:1:7: unknown kind 'speed' (expected one of: design, coding, behavioral, mixed)");
  CHECK(problem("kind: design\ntitle: x\nquestions: []\n") ==
        "t.yaml:3:12: 'questions' must be a list of the questions the mock asks");
  CHECK(problem("kind: design\ntitle: x\nquestions:\n  - subtopics: [sytem-design]\n    phases: []\n") ==
        "t.yaml:4:17: unknown subtopic 'sytem-design' (did you mean 'system-design'?) (expected one of: coding, "
        "apis, databases, system-design, performance, security-testing, operations, behavioral, ask)");
  CHECK(problem("kind: design\ntitle: x\nquestions:\n  - subtopics: [apis]\n    phases: []\n") ==
        "t.yaml:5:13: 'phases' must be a list of a name and minutes for each phase");
  CHECK(problem("kind: design\ntitle: x\nquestions:\n  - subtopics: [apis]\n    phases:\n      - name: a\n"
                "        minutes: 0\n") == "t.yaml:7:18: 'minutes' must be a whole number from 1 to 180");
  CHECK(problem("kind: design\ntitle: x\nquestions:\n  - subtopics: [apis]\n    phase: []\n") ==
        "t.yaml:5:5: unknown field 'phase' in question 1 of the mock (did you mean 'phases'?)");
}

TEST_CASE("scale_mock keeps the phases' shares and makes the total exact") {
  const auto t = parse_mock_template(kTwo, "t.yaml", "t");
  const auto half = scale_mock(t, 25 * 60);
  CHECK(half.seconds() == 25 * 60);
  CHECK(half.questions[0].phases[0].seconds == 600);
  CHECK(half.questions[1].phases[0].seconds == 150);
  CHECK(half.questions[1].phases[1].seconds == 750);
  const auto odd = scale_mock(t, 7 * 60 + 1);  // 421 s: 168.4 + 42.1 + 210.5 rounded, the rest to the longest
  CHECK(odd.seconds() == 421);
  CHECK(odd.questions[0].phases[0].seconds == 168);
  CHECK(odd.questions[1].phases[0].seconds == 42);
  CHECK(odd.questions[1].phases[1].seconds == 211);
}

TEST_CASE("choose_mock_questions: one a question, never twice, fresh ones first") {
  const auto t = parse_mock_template(kTwo, "t.yaml", "t");
  const Bank bank({question("e1", "easy"), question("e2", "easy"), question("m1", "medium")}, {});
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const auto chosen = choose_mock_questions(bank, t, {"e1"}, seed);
    REQUIRE(chosen.size() == 2);
    CHECK(chosen[0]->id == "e2");  // e1 was asked in an earlier mock
    CHECK(chosen[1]->id == "m1");
  }
  // Asked before, but the only one left: asked again.
  CHECK(choose_mock_questions(bank, t, {"e1", "e2", "m1"}, 1)[1]->id == "m1");
  const Bank easy_only({question("e1", "easy")}, {});
  CHECK_THROWS_WITH_AS(choose_mock_questions(easy_only, t, {}, 1),
                       "mock 't': no question in the banks fits question 2 (coding, medium or hard)", DataError);
}
