// A validated binary cache of loaded banks, so that a run does not parse YAML when no bank has
// changed. The cache is keyed by each bank file's path, size, modification and change times and
// inode (the change time catches an edit that put the old modification time back), and
// records each file's content hash: a file changed within two seconds of the cache being written
// (when a timestamp alone cannot be trusted) is checked by its content. A cache that is corrupt,
// truncated, from another format version or unreadable is ignored and rebuilt; one that cannot be
// written only costs speed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"

namespace prepkit {

// What identifies one bank file's content at the time it was read.
struct FileStamp {
  std::string path;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;
  std::uint64_t hash = 0;  // of the content; 0 when not computed
};

// The stamp of the file at `path` from stat(2), without its hash; nothing if it cannot be read.
std::optional<FileStamp> stamp_file(const std::string& path);

// Serialises `bank`, loaded from the files `stamps` describe, written at `written_ns`.
std::string encode_bank_cache(const std::vector<FileStamp>& stamps, std::int64_t written_ns, const Bank& bank);

// A decoded cache: the files it was built from, when, and the questions.
struct BankCache {
  std::vector<FileStamp> stamps;
  std::int64_t written_ns = 0;
  std::vector<Question> questions;
  std::vector<Redirect> redirects;
};

// Decodes `data`; nothing when it is not a complete, intact cache of this format version.
std::optional<BankCache> decode_bank_cache(std::string_view data);

// Loads the banks of `sources` like load_banks(), through the cache folder `cache_dir`
// (no cache when empty or when a source is standard input).
Bank load_banks_cached(const std::vector<std::string>& sources, const std::filesystem::path& cache_dir,
                       const BankLimits& limits = {});

}  // namespace prepkit
