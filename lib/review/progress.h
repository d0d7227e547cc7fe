// What the grades say: which questions are due for review, which subtopics are weak, and the
// per-subtopic statistics with the practice streak.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "bank/sample.h"
#include "base/date.h"
#include "review/review.h"
#include "state/records.h"
#include "state/store.h"

namespace prepkit {

// How one subtopic fared recently.
struct Weakness {
  std::string subtopic;
  std::size_t grades = 0;     // grades in the window
  std::size_t struggled = 0;  // of them, again or hard
  double share = 0;           // struggled / grades
};

// The recent-grades window and threshold of the weak-spot measure.
struct WeakRules {
  int window_days = 30;        // grades on the last this many days, today included
  std::size_t min_grades = 5;  // a subtopic with fewer grades in the window does not count yet
};

// What one question's grades come to.
struct QuestionGrades {
  MemoryState state;  // after all of them
  Date first_day;     // of the first grade
  Grade latest = Grade::good;
  std::string latest_at;  // the latest grade's day and time recorded, which order questions by it
  std::size_t grades = 0;
  std::array<std::size_t, 4> by_grade{};  // how many of each grade, again first
};

// The grades known on a day, folded in one at a time: what reviews, weak spots and statistics
// need, without holding a long history in memory. Only distinct questions, subtopics and days
// are kept.
class GradeDigest {
 public:
  explicit GradeDigest(Date today, WeakRules rules = {});

  // Folds in `grade`. Grades must come in replay order (grade_before); those recorded for a day
  // after today are ignored, so a --date in the past sees what was known that day.
  void add(const GradeRecord& grade);

  Date today() const { return today_; }
  const WeakRules& rules() const { return rules_; }

  // The graded questions by id.
  const std::map<std::string, QuestionGrades, std::less<>>& questions() const { return questions_; }
  const QuestionGrades* find(std::string_view question) const;

  // The grades in the weak-spot window, by the subtopic recorded with each (share not yet set).
  const std::map<std::string, Weakness>& recent() const { return recent_; }

  // The days with at least one grade (as days since 1970-01-01), with their number of grades.
  const std::map<long, int>& days() const { return days_; }

 private:
  Date today_;
  WeakRules rules_;
  std::map<std::string, QuestionGrades, std::less<>> questions_;
  std::map<std::string, Weakness> recent_;
  std::map<long, int> days_;
};

// A request for today's reviews.
struct DueRequest {
  Filter filter;
  std::optional<std::size_t> count;  // at most this many; all when empty
  std::optional<Date> until;         // the interview date
  int new_per_day = 5;               // never-graded questions to mix in per day
};

// Today's reviews: questions due, most overdue first, then new ones.
struct DueList {
  std::vector<const Question*> questions;
  std::size_t due = 0;          // how many of them were due reviews
  std::size_t fresh = 0;        // how many were new
  bool interview_over = false;  // today is on or after the interview: nothing is scheduled
};

// The questions to review on the digest's day: graded questions whose next due date (capped by
// the interview date) has come, most overdue first (ties in bank order), then never-graded
// questions up to new_per_day less the new ones already graded today, in an order fixed for the
// day.
DueList due_questions(const Bank& bank, const GradeDigest& grades, const DueRequest& request);

// Subtopics with enough recent grades and at least one again or hard among them, weakest
// first: by share of again and hard, then by more grades, then in canonical order.
std::vector<Weakness> weak_subtopics(const GradeDigest& grades);

// Questions for practising weak spots: subtopic by subtopic, weakest first; within one, the
// questions last graded again or hard (most recent first), then never-graded ones, then the
// rest, in an order fixed for the day.
std::vector<const Question*> weak_questions(const Bank& bank, const GradeDigest& grades,
                                            const std::vector<Weakness>& weak, const Filter& filter, std::size_t count);

// Statistics of one subtopic.
struct SubtopicStats {
  std::string subtopic;
  std::size_t questions = 0;  // in the banks
  std::size_t seen = 0;       // shown as a daily question or graded
  std::size_t graded = 0;     // graded at least once
  std::size_t due = 0;        // graded and due today or earlier
  std::size_t grades = 0;
  std::array<std::size_t, 4> by_grade{};  // how many of each grade, again first
  std::size_t judged = 0;                 // coding problems with cases to run (qpick test)
  std::size_t solved = 0;                 // of those, the ones a run of qpick test has passed whole
  std::size_t rubric_points = 0;          // rubric points of the answers practised in the last 30 days
  std::size_t rubric_covered = 0;         // of those, the ones the answers covered
};

// The whole picture: one row per subtopic, grades whose question left the banks, the streak.
struct Stats {
  std::vector<SubtopicStats> subtopics;
  SubtopicStats total;
  std::size_t orphaned_grades = 0;  // grades of questions no longer in the banks
  std::size_t orphaned_questions = 0;
  int streak = 0;  // days in a row, up to today (or yesterday), with at least one grade
  std::optional<Date> last_graded;
  Date today;                         // the day the statistics are for
  std::map<long, int> grades_by_day;  // as GradeDigest::days()
};

// Computes the statistics for the digest's day; `solved` holds the coding problems a run of
// qpick test has passed whole, and `attempts` the answers practised (alone or in a mock), of
// which those of the 30 days up to the digest's day count.
Stats compute_stats(const Bank& bank, const GradeDigest& grades, const std::vector<std::string>& shown,
                    const std::optional<Date>& until, const std::set<std::string>& solved = {},
                    const std::vector<AttemptRecord>& attempts = {});

// `grade` as it counts in `bank`: given to a question that left the banks, it counts for the one
// that replaced it (and that question's subtopic). Returns `grade`, or `moved` filled in.
const GradeRecord& counted_grade(const Bank& bank, const GradeRecord& grade, GradeRecord& moved);

// When `question`, just graded `grade` on `today`, comes back, from its grades in `store` (with
// those of the questions it replaced) and the interview date `until`: the row (id, grade, day,
// next_review, interval_days) and the line qpick grade prints.
std::pair<std::vector<std::string>, std::string> next_review(const Bank& bank, Store& store, const Question& question,
                                                             Grade grade, const std::optional<Date>& until, Date today);

}  // namespace prepkit
