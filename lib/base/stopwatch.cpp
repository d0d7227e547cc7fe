#include "base/stopwatch.h"

#include <algorithm>

#include <fmt/format.h>

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

std::string format_duration(long seconds) {
  const char* sign = seconds < 0 ? "-" : "";
  const long magnitude = seconds < 0 ? -seconds : seconds;
  return fmt::format("{}{}:{:02}", sign, magnitude / 60, magnitude % 60);
}

std::optional<long> parse_duration(std::string_view text) {
  const auto number = [](std::string_view digits) -> std::optional<long> {
    if (digits.empty() || digits.size() > 6) return std::nullopt;
    long value = 0;
    for (const char c : digits) {
      if (!(c >= '0' && c <= '9')) return std::nullopt;
      value = value * 10 + (c - '0');
    }
    return value;
  };
  std::optional<long> result;
  if (const std::size_t colon = text.find(':'); colon != std::string_view::npos) {
    const auto minutes = number(text.substr(0, colon));
    const std::string_view rest = text.substr(colon + 1);
    const auto seconds = rest.size() == 2 ? number(rest) : std::nullopt;
    if (minutes && seconds && *seconds < 60) result = *minutes * 60 + *seconds;
  } else if (const std::size_t m = text.find('m'); m != std::string_view::npos) {
    const auto minutes = number(text.substr(0, m));
    std::string_view rest = text.substr(m + 1);
    std::optional<long> seconds = 0;
    if (!rest.empty()) {
      if (rest.back() != 's') return std::nullopt;
      rest.remove_suffix(1);
      seconds = number(rest);
      if (seconds && *seconds >= 60) seconds.reset();
    }
    if (minutes && seconds) result = *minutes * 60 + *seconds;
  } else {
    if (!text.empty() && text.back() == 's') text.remove_suffix(1);
    result = number(text);
  }
  if (result && *result > 24 * 3600) return std::nullopt;
  return result;
}

}  // namespace prepkit
