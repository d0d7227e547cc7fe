// Timed rehearsals of a story told aloud: the stopwatch that splits one rehearsal by part
// (pauses and suspensions do not count), the record kept of it in the state database, and
// what a story's rehearsals add up to (median, best, trend, how often under the target).
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "state/records.h"

namespace prepkit {

// The stopwatch of one rehearsal. Every call takes the time now, in milliseconds of a clock that
// never goes back; the caller chooses the clock, so tests and scripts can drive it.
class RehearsalTimer {
 public:
  // Starts the first part (Situation) at `now`.
  explicit RehearsalTimer(long now);

  // The part being told (0 Situation to 3 Result), or 4 once the rehearsal has ended.
  std::size_t part() const { return part_; }
  bool finished() const { return part_ >= 4; }
  bool paused() const { return paused_at_.has_value(); }

  // Ends the part being told and starts the next; after the Result the rehearsal is complete.
  void next(long now);

  // Stops the clock until resume(); a pause in a paused or finished rehearsal changes nothing.
  void pause(long now);
  void resume(long now);

  // Ends the rehearsal before the Result is done; the part being told keeps the time it got.
  void abort(long now);

  // The time spoken so far, pauses excluded.
  long elapsed(long now) const;

  // The time spent so far on the part being told.
  long part_elapsed(long now) const;

  // The time of each part reached.
  const std::array<std::optional<long>, 4>& part_times() const { return times_; }

  // Completed once the Result has ended; aborted otherwise.
  Outcome outcome() const { return aborted_ ? Outcome::aborted : Outcome::completed; }

 private:
  long spoken(long now) const;

  long start_;
  long paused_total_ = 0;
  std::optional<long> paused_at_;
  std::optional<long> ended_at_;
  long part_start_ = 0;  // in spoken time
  std::size_t part_ = 0;
  bool aborted_ = false;
  std::array<std::optional<long>, 4> times_;
};

// How a rehearsal's time stands against the target: colour turns at 80 % and again past it.
enum class Pace { on_time, near_target, over_target };

// The pace of `elapsed_ms` against a target of `target_seconds`.
Pace pace(long elapsed_ms, int target_seconds);

// The record of a finished `timer` for `story`, started at `started` (wall clock) and counted
// for `day`, with a fresh random uid.
RehearsalRecord make_rehearsal(const std::string& story, Date day, std::chrono::system_clock::time_point started,
                               const RehearsalTimer& timer, int target_seconds, int words);

// What one story's rehearsals add up to. Times are of completed rehearsals only.
struct RehearsalStats {
  std::string story;
  int completed = 0;
  int aborted = 0;
  std::optional<long> median_ms;
  std::optional<long> best_ms;
  std::optional<long> last_ms;
  std::optional<Date> last_day;         // of the last rehearsal, completed or not
  std::vector<long> recent_ms;          // the last five, oldest first
  std::optional<long> trend_ms;         // least-squares change per rehearsal over recent_ms (two or more)
  int under_target = 0;                 // completed within the target they were recorded with
  std::optional<int> words_per_minute;  // the median speaking rate measured
};

// The statistics of `records` (in the order they started) for each story they mention, by
// story.
std::vector<RehearsalStats> rehearsal_stats(const std::vector<RehearsalRecord>& records);

// The statistics of `story` alone (all zero when it has no rehearsals).
RehearsalStats story_stats(const std::string& story, const std::vector<RehearsalRecord>& records);

// A trend for people: "faster 6 s a run", "slower 4 s a run", "steady" (under a second).
std::string describe_trend(long trend_ms);

}  // namespace prepkit
