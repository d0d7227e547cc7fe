// The settings in force and where each came from, and the user's settings file,
// $XDG_CONFIG_HOME/prepkit/config.yaml: a flat YAML mapping. Precedence everywhere: the
// command-line flag, then the environment variable, then this file, then the built-in default.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"

namespace prepkit {

// Where a setting in force came from, in the order they win. `plan` is the saved study plan, which
// holds the interview date `plan init` was given.
enum class Origin { flag, environment, file, plan, fallback };

// A setting's value in force and where it came from; it reads as its value. --show-config is
// built from these, the program naming its own flags.
template <typename T>
struct Resolved {
  T value{};
  Origin origin = Origin::fallback;
  std::string variable;  // the environment variable, when the value came from one

  operator const T&() const { return value; }
};

// The setting in force: the first of `flag`, `from_variable` (the value of the environment
// variable `variable`), `file` (the settings file) that holds a value, else `fallback`.
template <typename T>
Resolved<T> resolve(std::optional<T> flag, const char* variable, std::optional<T> from_variable, std::optional<T> file,
                    T fallback) {
  if (flag) return {std::move(*flag), Origin::flag, ""};
  if (from_variable) return {std::move(*from_variable), Origin::environment, variable};
  if (file) return {std::move(*file), Origin::file, ""};
  return {std::move(fallback), Origin::fallback, ""};
}

// The value of the environment variable `variable`, or nothing when it is unset or empty.
std::optional<std::string> environment(const char* variable);

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
Resolved<std::filesystem::path> config_path();

// The interview date in force: `flag` (the program's option) when given, else
// $PREPKIT_INTERVIEW, else the config's `interview`. Throws UsageError for a variable that is
// not a date.
Resolved<std::optional<Date>> interview_date(const std::optional<Date>& flag, const Config& config);

// Parses the settings in `text` (named `file` in messages); throws DiagnosticError.
Config parse_config(std::string_view text, const std::string& file);

// Reads the settings at `path`; a missing file gives empty settings. Throws DiagnosticError
// (exit 65) naming the line and column of an unknown key or a bad value.
Config load_config(const std::filesystem::path& path);

}  // namespace prepkit
