// Where prepkit finds its bundled data and keeps its own files. Every location can be
// overridden by a command-line flag and by an environment variable.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/config.h"

namespace prepkit {

// prepkit's data folder (share/prepkit): beside the running program first (<exe>/../share/prepkit,
// which holds in the build tree and in any copy of an install tree), then the folder compiled in
// at install time. Throws NoInputError when neither exists.
std::filesystem::path data_dir();

// An XDG base folder: the absolute value of `variable` (relative values are ignored, as the
// XDG spec says), else $HOME/`fallback`. Throws CantCreateError when neither is usable, and when
// $HOME names no folder (it is never created).
std::filesystem::path xdg_dir(const char* variable, const char* fallback);

// The state database: `flag` when given, else $PREPKIT_STATE, else
// $XDG_STATE_HOME/prepkit/prepkit.db.
Resolved<std::filesystem::path> state_path(const std::string& flag);

// The folder of STAR story notes: `flag` (--dir) when given, else $PREPKIT_STORIES, else
// `configured` (the config's `stories`), else $XDG_DATA_HOME/prepkit/stories.
Resolved<std::filesystem::path> stories_dir(const std::string& flag,
                                            const std::optional<std::filesystem::path>& configured);

// The cache folder: $PREPKIT_CACHE, else $XDG_CACHE_HOME/prepkit; empty when neither that nor
// $HOME gives an absolute path (then nothing is cached).
Resolved<std::filesystem::path> cache_dir();

// The bank sources to load: `flags` (--bank) when given, else the colon-separated
// $PREPKIT_BANKS, else the bundled banks folder followed by `extra` (the settings file's banks).
// PREPKIT_BANKS with no folder in it counts as unset.
Resolved<std::vector<std::string>> bank_sources(const std::vector<std::string>& flags,
                                                const std::vector<std::filesystem::path>& extra = {});

}  // namespace prepkit
