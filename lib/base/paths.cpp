#include "base/paths.h"

#include <cstdlib>
#include <string_view>

#include "base/error.h"

#ifndef PREPKIT_INSTALL_DATADIR
#define PREPKIT_INSTALL_DATADIR "/usr/local/share/prepkit"
#endif

namespace prepkit {

namespace {

// The value of environment variable `name`, or "" when unset.
std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

std::filesystem::path data_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto beside = exe.parent_path().parent_path() / "share" / "prepkit";
    if (std::filesystem::is_directory(beside, ec)) return beside;
  }
  const std::filesystem::path installed = PREPKIT_INSTALL_DATADIR;
  if (std::filesystem::is_directory(installed, ec)) return installed;
  throw NoInputError("cannot find prepkit's data folder (looked beside the program and in " + installed.string() + ")");
}

std::filesystem::path xdg_dir(const char* variable, const char* fallback) {
  const std::filesystem::path value{env(variable)};
  if (value.is_absolute()) return value;
  const std::filesystem::path home{env("HOME")};
  if (home.is_absolute()) return home / fallback;
  throw CantCreateError(std::string("cannot tell where to keep files: neither $") + variable +
                        " nor $HOME is an absolute path");
}

std::filesystem::path state_path(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const auto value = env("PREPKIT_STATE"); !value.empty()) return std::filesystem::path(value);
  return xdg_dir("XDG_STATE_HOME", ".local/state") / "prepkit" / "prepkit.db";
}

std::filesystem::path stories_dir(const std::string& flag, const std::optional<std::filesystem::path>& configured) {
  if (!flag.empty()) return flag;
  if (const auto value = env("PREPKIT_STORIES"); !value.empty()) return std::filesystem::path(value);
  if (configured) return *configured;
  return xdg_dir("XDG_DATA_HOME", ".local/share") / "prepkit" / "stories";
}

std::filesystem::path cache_dir() {
  if (const auto value = env("PREPKIT_CACHE"); !value.empty()) return std::filesystem::path(value);
  try {
    return xdg_dir("XDG_CACHE_HOME", ".cache") / "prepkit";
  } catch (const CantCreateError&) {
    return {};
  }
}

std::string setting_source(bool flag_given, const char* flag, const char* variable, bool in_config) {
  if (flag_given) return flag;
  if (variable && !env(variable).empty()) return std::string("$") + variable;
  return in_config ? "config" : "default";
}

std::vector<std::string> bank_sources(const std::vector<std::string>& flags,
                                      const std::vector<std::filesystem::path>& extra) {
  if (!flags.empty()) return flags;
  if (const auto value = env("PREPKIT_BANKS"); !value.empty()) {
    std::vector<std::string> sources;
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t end = std::min(value.find(':', start), value.size());
      if (end > start) sources.emplace_back(value.substr(start, end - start));
      start = end + 1;
    }
    if (!sources.empty()) return sources;
  }
  std::vector<std::string> sources = {(data_dir() / "banks").string()};
  for (const auto& folder : extra) sources.push_back(folder.string());
  return sources;
}

}  // namespace prepkit
