// Mock interviews (qpick mock): the templates that say how each round runs (its questions,
// their phases and lengths), scaled to the time there is, and the questions chosen for one.
// Templates are YAML, documented in qpick(1); the bundled ones are share/prepkit/mocks.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "bank/sample.h"

namespace prepkit {

// The rounds a mock can be: design, coding, behavioral, mixed.
const std::vector<std::string>& all_mock_kinds();

// One phase of a question's time: "Clarify the requirements", 5 minutes.
struct MockPhase {
  std::string name;
  int seconds = 0;
};

// One question of a mock: which questions qualify, and its phases.
struct MockSlot {
  Filter filter;        // subtopics, kinds, difficulties and tags
  bool judged = false;  // only coding problems with cases, so that qpick test can run a solution
  std::vector<MockPhase> phases;

  int seconds() const;
};

// A mock template.
struct MockTemplate {
  std::string name;   // the bundled template's name, or the file's stem
  std::string kind;   // one of all_mock_kinds()
  std::string title;  // "System design round"
  std::vector<MockSlot> questions;

  int seconds() const;
};

// Parses and validates a template; `file` names it in messages. Throws DiagnosticError (exit 65)
// at the first mistake: an unknown field, subtopic, kind or difficulty, no questions or phases,
// a phase of 0 or more than 180 minutes, or more than 10 questions or 12 phases a question.
MockTemplate parse_mock_template(std::string_view text, const std::string& file, const std::string& name);

// `t` with every phase scaled so that the whole mock takes `seconds` (each phase at least 10
// seconds); the phases keep their proportions, rounded to whole seconds, and the rounding is
// taken up by the longest phase so that the total is exact.
MockTemplate scale_mock(const MockTemplate& t, int seconds);

// One question for each of `t`'s, chosen at random (by `seed`) among the questions of `bank`
// that qualify, never the same one twice, and none of `asked_before` (the questions of earlier
// mocks) while another qualifies. Throws DataError naming the question of the template that no
// question in the bank qualifies for.
std::vector<const Question*> choose_mock_questions(const Bank& bank, const MockTemplate& t,
                                                   const std::set<std::string>& asked_before, std::uint64_t seed);

}  // namespace prepkit
