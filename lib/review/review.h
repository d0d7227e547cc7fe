// Spaced review of questions with FSRS-4.5: how each grade changes a question's memory state,
// when it is due again, and how an interview date caps the schedule. The state is never stored:
// it is replayed from the grades, so imported or merged histories schedule the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "state/records.h"

namespace prepkit {

// FSRS's memory model of one question after its grades.
struct MemoryState {
  double stability = 0;   // days until the chance of recall falls to 90%
  double difficulty = 0;  // 1 (easy) to 10 (hard)
  Date last_review;
  int reviews = 0;
  int lapses = 0;  // again grades after the first grade
};

// The published FSRS-4.5 default weights w0..w16.
extern const double kFsrsWeights[17];

// The chance of recalling a question `elapsed_days` after a review, for `stability`.
double retrievability(double elapsed_days, double stability);

// The state after grading a question `grade` on `day`, given its state before (nothing for a
// question graded for the first time).
MemoryState next_state(const std::optional<MemoryState>& before, Grade grade, Date day);

// The interval in whole days that brings recall down to 90%: the stability rounded, at least 1.
int interval_days(const MemoryState& state);

// When a question in `state` is next due: last review plus the interval, but with an interview
// date `until`, never later than the day before it, and nothing at all once the day after the
// last review is not before that day.
std::optional<Date> next_due(const MemoryState& state, const std::optional<Date>& until);

// Orders grades for replay: by day, then time recorded, then uid.
bool grade_before(const GradeRecord& a, const GradeRecord& b);

}  // namespace prepkit
