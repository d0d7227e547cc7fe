#include "base/config.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "base/error.h"
#include "base/files.h"
#include "base/paths.h"
#include "base/suggest.h"
#include "base/yaml_tree.h"

namespace prepkit {

namespace {

const std::vector<std::string> kKeys = {"interview",     "new_per_day", "fresh_days", "count_nouns", "stories",
                                        "speaking_rate", "banks",       "study_days", "hours",       "at"};

constexpr std::size_t kMaxConfigBytes = 1u << 20u;

[[noreturn]] void bad(const std::string& file, const YamlNode& node, const std::string& message) {
  throw DiagnosticError({file, node.line, node.column, message});
}

int whole_number(const std::string& file, const YamlNode& node, const char* key, int low, int high) {
  const std::string& text = node.text;
  const bool digits = node.type == YamlNode::Type::scalar && !node.quoted && !text.empty() && text.size() <= 6 &&
                      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int value = digits ? std::atoi(text.c_str()) : -1;
  if (value < low || value > high) {
    bad(file, node, fmt::format("'{}' must be a whole number from {} to {}", key, low, high));
  }
  return value;
}

// A folder setting: an absolute path, or one starting with ~/ (the home folder).
std::filesystem::path folder(const std::string& file, const YamlNode& node, const char* key) {
  const std::string& text = node.text;
  if (node.type == YamlNode::Type::scalar && text.size() > 2 && text.compare(0, 2, "~/") == 0) {
    const char* home = std::getenv("HOME");
    if (home && *home == '/') return std::filesystem::path(home) / text.substr(2);
  } else if (node.type == YamlNode::Type::scalar && !text.empty() && text[0] == '/') {
    return text;
  }
  bad(file, node, fmt::format("'{}' must be a folder given as an absolute path or one starting with ~/", key));
}

}  // namespace

std::optional<std::string> environment(const char* variable) {
  const char* value = std::getenv(variable);
  if (!value || !*value) return std::nullopt;
  return value;
}

Resolved<std::filesystem::path> config_path() {
  std::filesystem::path fallback;
  try {
    fallback = xdg_dir("XDG_CONFIG_HOME", ".config") / "prepkit" / "config.yaml";
  } catch (const CantCreateError&) {
  }
  const auto variable = environment("PREPKIT_CONFIG");
  return resolve<std::filesystem::path>(std::nullopt, "PREPKIT_CONFIG",
                                        variable ? std::optional(*variable) : std::nullopt, std::nullopt, fallback);
}

Resolved<std::optional<Date>> interview_date(const std::optional<Date>& flag, const Config& config) {
  std::optional<std::optional<Date>> from_variable;
  if (const auto value = environment("PREPKIT_INTERVIEW")) {
    if (const auto problem = date_problem(*value); !problem.empty()) {
      throw UsageError(fmt::format("PREPKIT_INTERVIEW: {}", problem));
    }
    from_variable = parse_date(*value);
  }
  const auto given = [](const std::optional<Date>& date) {
    return date ? std::optional<std::optional<Date>>(date) : std::nullopt;
  };
  return resolve<std::optional<Date>>(given(flag), "PREPKIT_INTERVIEW", from_variable, given(config.interview),
                                      std::nullopt);
}

Config load_config(const std::filesystem::path& path) {
  std::error_code ec;
  // No file is no settings; one that cannot be looked at (a link loop, say) is reported by reading it.
  if (path.empty() || (!std::filesystem::exists(path, ec) && !ec)) return {};
  const std::string file = path.string();
  return parse_config(read_file(file, kMaxConfigBytes), file);
}

Config parse_config(std::string_view text, const std::string& file) {
  Config config;
  YamlLimits limits;
  limits.allow_empty = true;
  const YamlNode root = parse_yaml(text, file, limits);
  if (root.type == YamlNode::Type::null) return config;
  if (root.type != YamlNode::Type::map) bad(file, root, "expected a mapping of settings, one per line");
  for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
    const YamlNode& key = root.children[i];
    const YamlNode& value = root.children[i + 1];
    if (key.text == "interview") {
      if (value.type != YamlNode::Type::scalar) bad(file, value, "'interview' must be a date as YYYY-MM-DD");
      if (const auto problem = date_problem(value.text); !problem.empty()) bad(file, value, "'interview': " + problem);
      config.interview = parse_date(value.text);
    } else if (key.text == "new_per_day") {
      config.new_per_day = whole_number(file, value, "new_per_day", 0, 1000);
    } else if (key.text == "fresh_days") {
      config.fresh_days = whole_number(file, value, "fresh_days", 0, 3650);
    } else if (key.text == "count_nouns") {
      if (value.type != YamlNode::Type::sequence) bad(file, value, "'count_nouns' must be a list of words");
      for (const YamlNode& noun : value.children) {
        const bool word =
            noun.type == YamlNode::Type::scalar && !noun.text.empty() && noun.text.size() <= 32 &&
            std::all_of(noun.text.begin(), noun.text.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
        if (!word) bad(file, noun, "a count noun must be a lower-case word");
        config.count_nouns.push_back(noun.text);
      }
    } else if (key.text == "stories") {
      config.stories = folder(file, value, "stories");
    } else if (key.text == "speaking_rate") {
      config.speaking_rate = whole_number(file, value, "speaking_rate", kMinSpeakingRate, kMaxSpeakingRate);
    } else if (key.text == "banks") {
      if (value.type != YamlNode::Type::sequence) bad(file, value, "'banks' must be a list of folders");
      for (const YamlNode& item : value.children) config.banks.push_back(folder(file, item, "banks"));
    } else if (key.text == "study_days") {
      std::string days = value.text;
      if (value.type == YamlNode::Type::sequence) {
        days.clear();
        for (const YamlNode& day : value.children) days += (days.empty() ? "" : ",") + day.text;
      }
      try {
        config.study_days = parse_days(days);
      } catch (const UsageError&) {
        bad(file, value, "'study_days' must be days such as [mon, wed, sat]");
      }
    } else if (key.text == "hours") {
      char* end = nullptr;
      const double hours = value.type == YamlNode::Type::scalar ? std::strtod(value.text.c_str(), &end) : -1;
      const double slots = hours * 4;
      if (!end || *end != '\0' || value.text.empty() || hours <= 0 || hours > 80 || slots != std::floor(slots)) {
        bad(file, value, "'hours' must be hours a week from 0.25 to 80 in steps of 0.25");
      }
      config.hours = hours;
    } else if (key.text == "at") {
      try {
        config.at = parse_time_of_day(value.type == YamlNode::Type::scalar ? value.text : "");
      } catch (const UsageError&) {
        bad(file, value, "'at' must be a time of day as HH:MM");
      }
    } else {
      bad(file, key,
          fmt::format("unknown setting '{}'{} (expected one of: {})", key.text, did_you_mean(key.text, kKeys),
                      fmt::join(kKeys, ", ")));
    }
  }
  return config;
}

}  // namespace prepkit
