#include "base/paths.h"

#include <cstdlib>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "base/error.h"

#ifndef PREPKIT_INSTALL_DATADIR
#define PREPKIT_INSTALL_DATADIR "/usr/local/share/prepkit"
#endif

namespace prepkit {

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
  const std::filesystem::path value{environment(variable).value_or("")};
  if (value.is_absolute()) return value;
  const std::filesystem::path home{environment("HOME").value_or("")};
  if (home.is_absolute()) {
    // Never make a home that is not there: as root that would build the tree under /.
    std::error_code ec;
    if (std::filesystem::is_directory(home, ec)) return home / fallback;
    const char* what = std::filesystem::exists(home, ec) ? "is not a folder" : "does not exist";
    throw CantCreateError(fmt::format("cannot tell where to keep files: $HOME ({}) {}, and ${} is not set",
                                      home.string(), what, variable));
  }
  throw CantCreateError(std::string("cannot tell where to keep files: neither $") + variable +
                        " nor $HOME is an absolute path");
}

namespace {

using Path = std::filesystem::path;

// A flag's text as a path, or nothing when it was not given.
std::optional<Path> given(const std::string& flag) { return flag.empty() ? std::nullopt : std::optional<Path>(flag); }

// The environment variable `variable` as a path, or nothing when it is unset or empty.
std::optional<Path> path_from(const char* variable) {
  const auto value = environment(variable);
  return value ? std::optional<Path>(*value) : std::nullopt;
}

}  // namespace

Resolved<Path> state_path(const std::string& flag) {
  if (flag.empty() && !environment("PREPKIT_STATE")) {
    return {xdg_dir("XDG_STATE_HOME", ".local/state") / "prepkit" / "prepkit.db", Origin::fallback, ""};
  }
  return resolve<Path>(given(flag), "PREPKIT_STATE", path_from("PREPKIT_STATE"), std::nullopt, {});
}

Resolved<Path> stories_dir(const std::string& flag, const std::optional<Path>& configured) {
  if (flag.empty() && !environment("PREPKIT_STORIES") && !configured) {
    return {xdg_dir("XDG_DATA_HOME", ".local/share") / "prepkit" / "stories", Origin::fallback, ""};
  }
  return resolve<Path>(given(flag), "PREPKIT_STORIES", path_from("PREPKIT_STORIES"), configured, {});
}

Resolved<Path> cache_dir() {
  if (auto value = path_from("PREPKIT_CACHE")) return {std::move(*value), Origin::environment, "PREPKIT_CACHE"};
  try {
    return {xdg_dir("XDG_CACHE_HOME", ".cache") / "prepkit", Origin::fallback, ""};
  } catch (const CantCreateError&) {
    return {};
  }
}

Resolved<std::vector<std::string>> bank_sources(const std::vector<std::string>& flags, const std::vector<Path>& extra) {
  if (!flags.empty()) return {flags, Origin::flag, ""};
  std::vector<std::string> sources;
  const std::string value = environment("PREPKIT_BANKS").value_or("");
  std::size_t start = 0;
  while (start < value.size()) {
    const std::size_t end = std::min(value.find(':', start), value.size());
    if (end > start) sources.emplace_back(value.substr(start, end - start));
    start = end + 1;
  }
  if (!sources.empty()) return {sources, Origin::environment, "PREPKIT_BANKS"};
  sources = {(data_dir() / "banks").string()};
  for (const auto& folder : extra) sources.push_back(folder.string());
  return {sources, extra.empty() ? Origin::fallback : Origin::file, ""};
}

}  // namespace prepkit
