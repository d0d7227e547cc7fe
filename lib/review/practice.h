// Practising one question (qpick practice): the answer note it starts from, whether the user
// wrote in it, how their figure compares with the question's estimate, and the grade proposed
// from what the answer covered. The rule is documented in qpick(1).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "base/date.h"
#include "state/records.h"

namespace prepkit {

// The headings an answer note of a question of `kind` starts with.
const std::vector<std::string>& answer_sections(std::string_view kind);

// A new answer note for `q` on `day`: a title, the prompt (and its code) as a quotation, the
// time budget, then an empty section for each of answer_sections(q.kind).
std::string answer_scaffold(const Question& q, Date day);

// Whether `note` is still `scaffold` as written, trailing spaces and blank lines aside.
bool untouched(std::string_view note, std::string_view scaffold);

// How the user's own figure compares with the value of the question's estimate.
enum class FigureCheck {
  close,  // within a factor of 2
  order,  // within a factor of 10: the right order of magnitude
  off,    // further, or of the other sign
};

// `given` against `expected` (both in the same unit).
FigureCheck check_figure(double given, double expected);

// "within 2x", "within 10x" or "off".
std::string_view figure_check_name(FigureCheck check);

// What an attempt at a question came to, for the proposed grade.
struct AttemptOutcome {
  std::size_t covered = 0;            // rubric points the answer covered
  std::size_t points = 0;             // rubric points in all
  double minutes = 0;                 // time taken
  int budget = 0;                     // the question's minutes
  std::optional<FigureCheck> figure;  // none when the question has no estimate or it was not given
};

// The grade practice proposes: by the share of points covered, again under half, hard under
// three quarters, good below all, easy for all within the budget (good beyond it); then one grade
// lower when the answer took more than 1.5 times the budget (not below hard); then at most good
// when the figure was only the right order of magnitude, at most hard when it was off.
Grade propose_grade(const AttemptOutcome& outcome);

// What the answers practised to one question say: how many there were, the last, and the rubric
// points missed most often.
struct AnswerHistory {
  struct Missed {
    int point = 0;   // numbered from 1
    int times = 0;   // the answers that missed it
    int out_of = 0;  // the answers it was asked of
  };
  std::size_t attempts = 0;
  std::optional<AttemptRecord> last;
  std::vector<Missed> most_missed;  // at most three, most often first, then by number
};

// The history of `attempts` (at one question, oldest first), whose rubric has `points` points
// now; an answer checked against a rubric of another length says nothing of which point is which,
// so only those checked against `points` points count for most_missed.
AnswerHistory answer_history(const std::vector<AttemptRecord>& attempts, std::size_t points);

}  // namespace prepkit
