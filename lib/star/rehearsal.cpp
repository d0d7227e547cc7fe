#include "star/rehearsal.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

#include <fmt/format.h>

#include "base/rng.h"

namespace prepkit {

RehearsalRecord make_rehearsal(const std::string& story, Date day, std::chrono::system_clock::time_point started,
                               const PhaseTimer& timer, int target_seconds, int words) {
  RehearsalRecord record;
  record.uid = fmt::format("{:016x}", entropy_seed());
  record.story = story;
  record.day = day;
  record.started_at = utc_timestamp(started);
  record.outcome = timer.aborted() ? Outcome::aborted : Outcome::completed;
  for (std::size_t i = 0; i < record.part_ms.size() && i < timer.phases(); ++i) {
    record.part_ms[i] = timer.phase_times()[i];
  }
  for (const auto& ms : record.part_ms) record.total_ms += ms.value_or(0);
  record.target_seconds = target_seconds;
  record.words = words;
  return record;
}

namespace {

long median_of(std::vector<long> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

RehearsalStats story_stats(const std::string& story, const std::vector<RehearsalRecord>& records) {
  RehearsalStats stats;
  stats.story = story;
  std::vector<long> totals;
  std::vector<long> rates;
  for (const auto& record : records) {
    if (record.story != story) continue;
    stats.last_day = record.day;
    if (record.outcome == Outcome::aborted) {
      ++stats.aborted;
      continue;
    }
    ++stats.completed;
    stats.target_seconds = record.target_seconds;
    totals.push_back(record.total_ms);
    if (record.total_ms <= static_cast<long>(record.target_seconds) * 1000) ++stats.under_target;
    if (record.words > 0 && record.total_ms > 0) {
      rates.push_back(std::lround(record.words * 60000.0 / static_cast<double>(record.total_ms)));
    }
  }
  if (totals.empty()) return stats;
  stats.median_ms = median_of(totals);
  stats.best_ms = *std::min_element(totals.begin(), totals.end());
  stats.last_ms = totals.back();
  stats.recent_ms.assign(totals.end() - static_cast<std::ptrdiff_t>(std::min<std::size_t>(5, totals.size())),
                         totals.end());
  if (stats.recent_ms.size() >= 2) {
    const double n = static_cast<double>(stats.recent_ms.size());
    const double mean_x = (n - 1) / 2;
    double mean_y = 0;
    for (const long y : stats.recent_ms) mean_y += static_cast<double>(y) / n;
    double num = 0;
    double den = 0;
    for (std::size_t i = 0; i < stats.recent_ms.size(); ++i) {
      const double dx = static_cast<double>(i) - mean_x;
      num += dx * (static_cast<double>(stats.recent_ms[i]) - mean_y);
      den += dx * dx;
    }
    stats.trend_ms = std::lround(num / den);
  }
  if (!rates.empty()) stats.words_per_minute = static_cast<int>(median_of(rates));
  return stats;
}

std::vector<RehearsalStats> rehearsal_stats(const std::vector<RehearsalRecord>& records) {
  std::map<std::string, bool> stories;
  for (const auto& record : records) stories[record.story] = true;
  std::vector<RehearsalStats> result;
  for (const auto& [story, unused] : stories) result.push_back(story_stats(story, records));
  return result;
}

std::string describe_trend(long trend_ms) {
  const long seconds = std::lround(static_cast<double>(trend_ms) / 1000.0);
  if (seconds == 0) return "steady";
  return fmt::format("{} {} s a run", seconds < 0 ? "faster" : "slower", std::abs(seconds));
}

}  // namespace prepkit
