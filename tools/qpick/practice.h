// qpick practice and qpick answers: one question answered in a note of the user's, checked point
// by point against what a strong answer covers, graded, and remembered.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/date.h"
#include "common/live.h"
#include "output/style.h"
#include "output/table.h"
#include "review/practice.h"
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
                                  const Style& style, const std::filesystem::path& stories);

// The user's own figure against a question's estimate: how they compare, and the lines that show
// both and the working.
struct FigureComparison {
  FigureCheck check;
  std::string shown;
};

// How the questions after an answer are asked: not at all (what was given stands), on a terminal
// (a key for each rubric point, a line for the figure and the grade), or from lines of standard
// input (one for the points covered, one for the figure when the question has an estimate, one
// for the grade).
enum class Asking { none, keys, lines };

// What was given beforehand instead of asked.
struct GivenReview {
  std::optional<std::vector<int>> covered;
  std::optional<FigureComparison> figure;
  std::optional<Grade> grade;
};

// What an answer was found to be.
struct Review {
  std::vector<int> covered;  // the rubric points, numbered from 1, ascending
  std::string figure;        // how the figure compared ("within 2x", ...), or empty
  Grade grade = Grade::good;
};

// Shows what a strong answer to `q` covers and finds which points the answer covered, compares
// the user's figure with the question's estimate when it has one, proposes a grade from that and
// `seconds` against `budget_seconds`, and takes it or the grade given or typed. Asking::lines
// reads `lines`. Nothing when the input ended first (nothing is to be graded).
std::optional<Review> review_answer(const Question& q, long seconds, int budget_seconds, const GivenReview& given,
                                    Asking asking, live::LineInput* lines, const Style& style);

// For a behavioural question, the line naming the user's STAR stories in `stories` to tell it
// with: those sharing a tag with `q`, else all of them, else how to start some; empty for other
// questions.
std::string story_hint(const Question& q, const std::filesystem::path& stories);

// `q` as practice shows it: its prompt and code, without what a strong answer covers.
std::string question_text(const Question& q, const Style& style);

// The folder answer notes are kept in: $XDG_DATA_HOME/prepkit/answers.
std::filesystem::path answers_dir();

// "Practised ..." for `q` (lines to print after it), from the state database at `state`: the
// number of answers, the last one's coverage and grade, and the points missed most often; empty
// when it was never practised or there is no database.
std::string last_practice(const Question& q, const std::filesystem::path& state, const Style& style);

// Prints the attempts at `id` (at every question when empty) in `format`.
int run_answers(const std::string& id, const Bank& bank, const std::filesystem::path& state, Format format);

}  // namespace prepkit
