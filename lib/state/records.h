// The plain records the state database keeps: grades of questions, rehearsals of stories,
// work logged against a plan, runs of coding solutions, practised answers and mock interviews. They know nothing of
// banks, plans or story notes.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace prepkit {

// How an answer went, as in Anki: again (could not answer), hard, good, easy.
enum class Grade { again = 1, hard = 2, good = 3, easy = 4 };

// The grade named `text`, or nothing.
std::optional<Grade> parse_grade(std::string_view text);

// The name of `grade` ("again", ...).
const char* grade_name(Grade grade);

// The four grade names in order.
const std::vector<std::string>& all_grades();

// One recorded grade of one question.
struct GradeRecord {
  std::string uid;  // unique per grade, so imports can tell a grade they already hold
  std::string question;
  std::string subtopic;  // at the time of grading: kept if the question later leaves the banks
  Date day;
  Grade grade = Grade::good;
  std::string recorded_at;  // UTC, ISO 8601 with milliseconds; orders grades within a day
};

// How a rehearsal ended: told to the end of the Result, or stopped by the user before.
enum class Outcome { completed, aborted };

// "completed" or "aborted".
std::string_view outcome_name(Outcome outcome);

// The outcome called `name`, or nothing.
std::optional<Outcome> parse_outcome(std::string_view name);

// One rehearsal as the state database keeps it (table `rehearsals`, see state/store.h).
struct RehearsalRecord {
  std::string uid;         // random, unique per rehearsal
  std::string story;       // the note's slug
  Date day;                // the day it counts for (local, or --date)
  std::string started_at;  // UTC, ISO 8601 with milliseconds
  Outcome outcome = Outcome::completed;
  long total_ms = 0;                           // time spoken, pauses excluded: the sum of the parts reached
  std::array<std::optional<long>, 4> part_ms;  // per part in order; none for parts not reached
  int target_seconds = 0;                      // the note's target at the time
  int words = 0;                               // the note's spoken words at the time
};

// Work recorded with `plan log`, which no other program sees.
struct PlanLogEntry {
  Date day;
  std::string kind;  // problem, chapter, mock or design-mock
  int count = 1;
  std::string note;
  std::string recorded_at;
};

// One run of `qpick test` against a coding problem (table `judge_runs`, schema version 6).
struct JudgeRunRecord {
  std::string question;
  Date day;                 // the day it counts for (local, or --date)
  std::string recorded_at;  // UTC, ISO 8601 with milliseconds
  int passed = 0;           // cases and stress inputs that passed
  int failed = 0;           // that did not
  int total = 0;            // the problem's cases and stress inputs, run or not
  long slowest_ms = 0;      // the longest run, wall clock
  std::string command;      // the solution's program, without its arguments

  // Whether every case and stress input of the problem ran and passed.
  bool solved() const { return failed == 0 && passed == total && total > 0; }
};

// One answer practised with qpick practice, as table `attempts` (schema version 7) keeps it.
struct AttemptRecord {
  std::string question;
  Date day;                   // the day it counts for (local, or --date)
  std::string recorded_at;    // UTC, ISO 8601 with milliseconds
  long seconds = 0;           // the time the answer took
  std::vector<int> covered;   // the rubric points it covered, numbered from 1, ascending
  int points = 0;             // the question's rubric points at the time
  std::string figure;         // how the user's figure compared ("within 2x", ...), or empty
  Grade grade = Grade::good;  // the grade recorded with it
  std::string note;           // the answer note's path, or empty for an answer in a mock
  std::string mock;           // the uid of the mock it was part of (schema version 8), or empty
};

// One phase of a mock interview as it went.
struct MockPhaseRecord {
  int question = 0;        // which of the mock's questions it belongs to, from 0
  std::string name;        // "Clarify the requirements", ...
  int target_seconds = 0;  // its length in the template (scaled by --minutes)
  std::optional<long> ms;  // the time it took, pauses excluded; none when the mock stopped before it
};

// One mock interview, as table `mocks` (schema version 8) keeps it; the answers it graded are
// attempts that name it.
struct MockRecord {
  std::string uid;                       // random, unique per mock
  std::string kind;                      // the round it was: design, coding, behavioral or mixed
  std::string name;                      // the template it followed: a bundled one's name, or a file's stem
  Date day;                              // the day it counts for (local, or --date)
  std::string started_at;                // UTC, ISO 8601 with milliseconds
  Outcome outcome = Outcome::completed;  // aborted when stopped before its last phase
  std::vector<std::string> questions;    // ids, in the order asked
  std::vector<MockPhaseRecord> phases;   // in order
};

// For each problem some run in `runs` solved, the first day one did.
std::map<std::string, Date> first_solved(const std::vector<JudgeRunRecord>& runs);

}  // namespace prepkit
