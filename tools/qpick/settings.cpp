#include "settings.h"

#include <fmt/format.h>

#include "bank/bank_cache.h"
#include "base/error.h"
#include "base/paths.h"
#include "common/cli.h"
#include "plan/plan.h"
#include "state/store.h"

namespace prepkit {

namespace {

// The interview date the current saved plan holds, when it holds one.
std::optional<Date> plan_interview(const QpickOptions& options) {
  const auto store = open_existing_store(state_path(options.state));
  const auto saved = store ? store->current_plan() : std::nullopt;
  return saved ? plan_from_json(saved->document).interview : std::nullopt;
}

}  // namespace

Settings settings(const QpickOptions& options, PlanInterview interview) {
  Settings result;
  result.file = config_path();
  result.config = load_config(result.file);
  const Config& config = result.config;
  result.banks =
      bank_sources(options.banks, options.banks.empty() ? config.banks : std::vector<std::filesystem::path>{});
  result.until = interview_date(cli::parse_date_option("--until", options.until), config);
  if (interview == PlanInterview::read && result.until.origin == Origin::fallback) {
    if (const auto date = plan_interview(options)) result.until = {date, Origin::plan, ""};
  }
  result.new_per_day = resolve<int>(std::nullopt, nullptr, std::nullopt, config.new_per_day, 5);
  result.fresh_days = resolve<int>(options.fresh_days, nullptr, std::nullopt, config.fresh_days, 30);
  if (result.fresh_days < 0 || result.fresh_days > 3650) {
    throw UsageError(fmt::format("--fresh-days: expected 0 to 3650 days, found {}", result.fresh_days.value));
  }
  return result;
}

Resolved<std::filesystem::path> cache(const QpickOptions& options) {
  if (options.no_cache) return {{}, Origin::flag, ""};
  return cache_dir();
}

Bank load(const QpickOptions& options, const Settings& in_force) {
  return load_banks_cached(in_force.banks, cache(options));
}

int run_show_config(const QpickOptions& options) {
  const Settings in_force = settings(options, PlanInterview::read);
  const auto state = state_path(options.state);
  const auto cache_folder = cache(options);
  const auto& until = in_force.until.value;
  cli::show_settings(
      {cli::setting_line("config", in_force.file.value.string(), in_force.file),
       cli::setting_line("banks", fmt::format("{}", fmt::join(in_force.banks.value, ":")), in_force.banks, "--bank"),
       cli::setting_line("state", state.value.string(), state, "--state"),
       cli::setting_line("cache", cache_folder.value.string(), cache_folder, "--no-cache"),
       cli::setting_line("interview", until ? format_date(*until) : "", in_force.until, "--until"),
       cli::setting_line("new_per_day", std::to_string(in_force.new_per_day.value), in_force.new_per_day),
       cli::setting_line("fresh_days", std::to_string(in_force.fresh_days.value), in_force.fresh_days, "--fresh-days")},
      options.format);
  return 0;
}

}  // namespace prepkit
