// qpick practice and qpick answers: one question answered in a note of the user's, checked point
// by point against what a strong answer covers, graded, and remembered.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "bank/bank.h"
#include "base/date.h"
#include "output/style.h"
#include "output/table.h"
#include "state/records.h"

namespace prepkit {

// What `qpick practice` was asked.
struct PracticeOptions {
  std::string id;       // the question, or empty for one chosen as a sample of one is
  std::string covered;  // "1,3,4", "all" or "none": the points covered, without asking
  std::string minutes;  // the time the answer took, when it was written elsewhere (no editor)
  std::string figure;   // the user's own figure for the question's estimate
  std::string grade;    // the grade to record instead of the proposed one
};

// Starts an answer note for `q` (kept under `answers`/ID/), opens the editor on it (unless the
// answer was written elsewhere), then checks it against the rubric, proposes a grade and records
// the attempt with the grade taken. Without a terminal and without --covered it only prints the
// question and the note's path. Returns the grade recorded, or nothing when none was.
std::optional<Grade> run_practice(const PracticeOptions& options, const Question& q,
                                  const std::filesystem::path& answers, const std::filesystem::path& state, Date today,
                                  const Style& style);

// The folder answer notes are kept in: $XDG_DATA_HOME/prepkit/answers.
std::filesystem::path answers_dir();

// Prints the attempts at `id` (at every question when empty) in `format`.
int run_answers(const std::string& id, const Bank& bank, const std::filesystem::path& state, Format format);

}  // namespace prepkit
