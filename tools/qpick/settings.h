// qpick's settings in force and where each came from: flags, then the environment, the settings
// file, the saved plan (for the interview date), then the defaults; --show-config; and which of
// the options go together.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/config.h"
#include "base/date.h"
#include "options.h"

namespace prepkit {

// The settings in force: flags first, then the environment, the settings file, the defaults.
struct Settings {
  Resolved<std::filesystem::path> file;      // the settings file
  Config config;                             // the settings file as read
  Resolved<std::vector<std::string>> banks;  // --bank, $PREPKIT_BANKS, or the bundled and the file's banks
  Resolved<std::optional<Date>> until;
  Resolved<int> new_per_day;
  Resolved<int> fresh_days;
};

// Whether the settings need the interview date the saved plan holds: only the commands that
// schedule reviews do, and finding it opens the state database.
enum class PlanInterview { skip, read };

// Reads the settings file once and works out every setting from it and `options`. The interview
// date comes from --until, $PREPKIT_INTERVIEW, the settings file, then (with PlanInterview::read)
// the saved plan.
Settings settings(const QpickOptions& options, PlanInterview interview = PlanInterview::skip);

// The cache folder in force: none with --no-cache.
Resolved<std::filesystem::path> cache(const QpickOptions& options);

// The banks in force, through the cache unless --no-cache.
Bank load(const QpickOptions& options, const Settings& in_force);

// --seed: a whole number from 0 to 2^64 - 1. Throws UsageError for anything else.
std::uint64_t parse_seed(const std::string& text);

// Checks that at most one way of choosing questions is asked for, and that each option that only
// some ways take is given to one of them, naming the two flags that clash. Throws UsageError.
void check_modes(const QpickOptions& options);

// --show-config: every setting with its value and where it came from.
int run_show_config(const QpickOptions& options);

}  // namespace prepkit
