#include "base/stopwatch.h"

#include <algorithm>

namespace prepkit {

PhaseTimer::PhaseTimer(std::size_t phases, long now) : start_(now), times_(std::max<std::size_t>(phases, 1)) {}

long PhaseTimer::running(long now) const {
  const long clock = ended_at_ ? *ended_at_ : paused_at_ ? *paused_at_ : now;
  return std::max(0L, clock - start_ - paused_total_);
}

long PhaseTimer::elapsed(long now) const { return running(now); }

long PhaseTimer::phase_elapsed(long now) const { return finished() ? 0 : running(now) - phase_start_; }

void PhaseTimer::next(long now) {
  if (finished()) return;
  resume(now);
  const long at = running(now);
  times_[phase_] = at - phase_start_;
  phase_start_ = at;
  if (++phase_ == times_.size()) ended_at_ = now;
}

void PhaseTimer::pause(long now) {
  if (!finished() && !paused_at_) paused_at_ = now;
}

void PhaseTimer::resume(long now) {
  if (!paused_at_) return;
  paused_total_ += std::max(0L, now - *paused_at_);
  paused_at_.reset();
}

void PhaseTimer::abort(long now) {
  if (finished()) return;
  resume(now);
  times_[phase_] = running(now) - phase_start_;
  ended_at_ = now;
  phase_ = times_.size();
  aborted_ = true;
}

Pace pace(long elapsed_ms, int target_seconds) {
  const long target_ms = static_cast<long>(target_seconds) * 1000;
  if (elapsed_ms > target_ms) return Pace::over_target;
  if (elapsed_ms * 10 >= target_ms * 8) return Pace::near_target;
  return Pace::on_time;
}

}  // namespace prepkit
