#include "review/review.h"

#include <algorithm>
#include <cmath>

namespace prepkit {

namespace {

constexpr double kDecay = -0.5;
constexpr double kFactor = 19.0 / 81.0;  // so that recall is 90% when elapsed days equal stability

const double* const w = kFsrsWeights;

double clamp_difficulty(double d) { return std::clamp(d, 1.0, 10.0); }

double initial_difficulty(Grade grade) { return w[4] - (static_cast<int>(grade) - 3) * w[5]; }

}  // namespace

const double kFsrsWeights[17] = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
                                 0.1367, 1.0461, 2.1072, 0.0793,  0.3246, 1.587,  0.2272, 2.8755};

double retrievability(double elapsed_days, double stability) {
  return std::pow(1 + kFactor * elapsed_days / stability, kDecay);
}

MemoryState next_state(const std::optional<MemoryState>& before, Grade grade, Date day) {
  const int g = static_cast<int>(grade);
  MemoryState state;
  state.last_review = day;
  if (!before) {
    state.stability = w[g - 1];
    state.difficulty = clamp_difficulty(initial_difficulty(grade));
    state.reviews = 1;
    return state;
  }
  const double elapsed = std::max(0L, days_since_epoch(day) - days_since_epoch(before->last_review));
  const double r = retrievability(elapsed, before->stability);
  const double d = before->difficulty;
  const double s = before->stability;
  // Difficulty moves with the grade, then reverts a little toward the difficulty of a first "good".
  const double moved = d - w[6] * (g - 3);
  state.difficulty = clamp_difficulty(w[7] * initial_difficulty(Grade::good) + (1 - w[7]) * moved);
  if (grade == Grade::again) {
    state.stability = w[11] * std::pow(d, -w[12]) * (std::pow(s + 1, w[13]) - 1) * std::exp(w[14] * (1 - r));
    state.lapses = before->lapses + 1;
  } else {
    const double hard_penalty = grade == Grade::hard ? w[15] : 1;
    const double easy_bonus = grade == Grade::easy ? w[16] : 1;
    state.stability = s * (std::exp(w[8]) * (11 - d) * std::pow(s, -w[9]) * (std::exp(w[10] * (1 - r)) - 1) *
                               hard_penalty * easy_bonus +
                           1);
    state.lapses = before->lapses;
  }
  state.stability = std::clamp(state.stability, 0.1, 36500.0);
  state.reviews = before->reviews + 1;
  return state;
}

int interval_days(const MemoryState& state) { return std::max(1, static_cast<int>(std::lround(state.stability))); }

std::optional<Date> next_due(const MemoryState& state, const std::optional<Date>& until) {
  const Date due = add_days(state.last_review, interval_days(state));
  if (!until) return due;
  const Date last_day = add_days(*until, -1);  // the last review must come before the interview
  if (days_since_epoch(add_days(state.last_review, 1)) > days_since_epoch(last_day)) return std::nullopt;
  return days_since_epoch(due) > days_since_epoch(last_day) ? last_day : due;
}

bool grade_before(const GradeRecord& a, const GradeRecord& b) {
  const long da = days_since_epoch(a.day);
  const long db = days_since_epoch(b.day);
  if (da != db) return da < db;
  if (a.recorded_at != b.recorded_at) return a.recorded_at < b.recorded_at;
  return a.uid < b.uid;
}

}  // namespace prepkit
