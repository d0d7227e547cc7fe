// The user's settings file, $XDG_CONFIG_HOME/prepkit/config.yaml: a flat YAML mapping.
// Precedence everywhere: command-line flag, then environment variable, then this file, then
// the built-in default.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace prepkit {

// The lowest and highest speaking rates a setting or flag may give, in words a minute.
inline constexpr int kMinSpeakingRate = 60;
inline constexpr int kMaxSpeakingRate = 300;

// The settings the file can hold; unset ones stay empty so callers apply their own default.
struct Config {
  std::optional<Date> interview;         // interview: YYYY-MM-DD, the end of review scheduling
  std::optional<int> new_per_day;        // new_per_day: new questions qpick --due mixes in a day
  std::optional<int> fresh_days;         // fresh_days: days qpick --daily avoids repeating a question
  std::vector<std::string> count_nouns;  // count_nouns: extra nouns estimate treats as counts
  // stories: the folder of STAR story notes
  std::optional<std::filesystem::path> stories;
  // speaking_rate: the words a minute that spoken time is predicted with
  std::optional<int> speaking_rate;
  std::vector<std::filesystem::path> banks;    // banks: bank folders qpick loads besides the bundled
  std::optional<std::vector<int>> study_days;  // study_days: plan's days, 0 = Monday
  std::optional<double> hours;                 // hours: plan's hours of study a week
  std::optional<int> at;                       // at: when plan's sessions start, minutes after midnight
};

// The settings file: $PREPKIT_CONFIG, else $XDG_CONFIG_HOME/prepkit/config.yaml; empty when no
// home is known.
std::filesystem::path config_path();

// The interview date in force: `flag` (the program's option) when given, else
// $PREPKIT_INTERVIEW, else the config's `interview`. Throws UsageError for a variable that is
// not a date.
std::optional<Date> interview_date(const std::optional<Date>& flag, const Config& config);

// Parses the settings in `text` (named `file` in messages); throws DiagnosticError.
Config parse_config(std::string_view text, const std::string& file);

// Reads the settings at `path`; a missing file gives empty settings. Throws DiagnosticError
// (exit 65) naming the line and column of an unknown key or a bad value.
Config load_config(const std::filesystem::path& path);

}  // namespace prepkit
