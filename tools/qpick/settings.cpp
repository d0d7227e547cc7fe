#include "settings.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

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

std::uint64_t parse_seed(const std::string& text) {
  std::uint64_t value = 0;
  const bool digits = !text.empty() && text.size() <= 20 && text.find_first_not_of("0123456789") == std::string::npos;
  if (digits) {
    errno = 0;
    value = std::strtoull(text.c_str(), nullptr, 10);
  }
  if (!digits || errno == ERANGE) {
    throw UsageError(fmt::format("--seed: expected a whole number from 0 to 18446744073709551615, found '{}'", text));
  }
  return value;
}

// Checks that at most one way of choosing questions is asked for, and that each option that only
// some ways take is given to one of them, naming the two flags that clash. (Beside a command,
// cli::parse has already refused every option the command does not take.)
void check_modes(const QpickOptions& options) {
  const std::pair<bool, const char*> modes[] = {{options.daily, "--daily"},
                                                {options.due, "--due"},
                                                {options.weak, "--weak"},
                                                {!options.weights.empty(), "--weights"},
                                                {options.plan, "--plan"}};
  std::string used;  // the way of choosing, or "" for a plain sample
  for (const auto& [on, name] : modes) {
    if (!on) continue;
    if (!used.empty()) throw UsageError(fmt::format("{} cannot be combined with {}", name, used));
    used = name;
  }
  struct Modifier {
    bool given;
    const char* name;
    std::vector<std::string> modes;     // the ways of choosing that take it; "" is a plain sample
    std::vector<std::string> commands;  // the commands that take it, for the message (cli::parse checks them)
  };
  const Modifier modifiers[] = {
      {!options.seed.empty(), "--seed", {"", "--weights", "--plan"}, {}},
      {options.fresh_days.has_value(), "--fresh-days", {"--daily"}, {}},
      {!options.until.empty(), "--until", {"--due"}, {"grade", "stats"}},
  };
  for (const auto& m : modifiers) {
    if (!m.given || std::find(m.modes.begin(), m.modes.end(), used) != m.modes.end()) continue;
    if (!used.empty()) throw UsageError(fmt::format("{} cannot be combined with {}", m.name, used));
    std::vector<std::string> takes;  // a plain sample is the one way in use, so "" is never here
    std::copy_if(m.modes.begin(), m.modes.end(), std::back_inserter(takes), [](const auto& w) { return !w.empty(); });
    takes.insert(takes.end(), m.commands.begin(), m.commands.end());
    const std::vector<std::string> most(takes.begin(), takes.end() - 1);
    throw UsageError(fmt::format("{} works only with {}{}{}", m.name, fmt::join(most, ", "), most.empty() ? "" : " or ",
                                 takes.back()));
  }
}

}  // namespace prepkit
