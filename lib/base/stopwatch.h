// The stopwatch of anything timed in phases (the parts of a story told aloud, the phases of a
// mock interview): pauses and suspensions do not count, and each phase keeps the time it took.
// Also durations as a person reads and types them (m:ss).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// Every call takes the time now, in milliseconds of a clock that never goes back; the caller
// chooses the clock, so tests and scripts can drive it.
class PhaseTimer {
 public:
  // Starts the first of `phases` phases (at least one) at `now`.
  PhaseTimer(std::size_t phases, long now);

  // The phase under way, or phases() once the timer has ended.
  std::size_t phase() const { return phase_; }
  std::size_t phases() const { return times_.size(); }
  bool finished() const { return phase_ >= times_.size(); }
  bool paused() const { return paused_at_.has_value(); }
  // Ended by abort() before the last phase was done.
  bool aborted() const { return aborted_; }

  // Ends the phase under way and starts the next; after the last one the timer has ended.
  void next(long now);

  // Stops the clock until resume(); a pause of a paused or finished timer changes nothing.
  void pause(long now);
  void resume(long now);

  // Ends the timer before the last phase is done; the phase under way keeps the time it got.
  void abort(long now);

  // The time so far, pauses excluded.
  long elapsed(long now) const;

  // The time so far of the phase under way (0 once the timer has ended).
  long phase_elapsed(long now) const;

  // The time of each phase reached; none for the phases never reached.
  const std::vector<std::optional<long>>& phase_times() const { return times_; }

 private:
  long running(long now) const;

  long start_;
  long paused_total_ = 0;
  std::optional<long> paused_at_;
  std::optional<long> ended_at_;
  long phase_start_ = 0;  // in running time
  std::size_t phase_ = 0;
  bool aborted_ = false;
  std::vector<std::optional<long>> times_;
};

// How a time stands against its target: the colour turns at 80 % and again past it.
enum class Pace { on_time, near_target, over_target };

// The pace of `elapsed_ms` against a target of `target_seconds`.
Pace pace(long elapsed_ms, int target_seconds);

// `seconds` as m:ss ("0:07", "2:45", "61:00"); a negative value gets a leading '-'.
std::string format_duration(long seconds);

// Parses a duration a person types: whole seconds ("90", "90s"), minutes and seconds ("1:30",
// "1m30s", "2m"). Returns nothing for anything else, or past 24 hours.
std::optional<long> parse_duration(std::string_view text);

}  // namespace prepkit
