// Timed rehearsals of a story told aloud, each on a PhaseTimer of four parts: the record kept of
// one in the state database, and what a story's rehearsals add up to (median, best, trend, how
// often under the target).
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/stopwatch.h"
#include "state/records.h"

namespace prepkit {

// The record of a finished `timer` (four phases, Situation to Result) for `story`, started at
// `started` (wall clock) and counted for `day`, with a fresh random uid.
RehearsalRecord make_rehearsal(const std::string& story, Date day, std::chrono::system_clock::time_point started,
                               const PhaseTimer& timer, int target_seconds, int words);

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
  int target_seconds = 0;               // the target of the last completed rehearsal
};

// The statistics of `records` (in the order they started) for each story they mention, by
// story.
std::vector<RehearsalStats> rehearsal_stats(const std::vector<RehearsalRecord>& records);

// The statistics of `story` alone (all zero when it has no rehearsals).
RehearsalStats story_stats(const std::string& story, const std::vector<RehearsalRecord>& records);

// A trend for people: "faster 6 s a run", "slower 4 s a run", "steady" (under a second).
std::string describe_trend(long trend_ms);

}  // namespace prepkit
