// A validated binary cache of loaded banks, so that a run does not parse YAML when no bank has
// changed. The cache file holds the bank files' stamps and then the bank image (bank_image.h),
// which a run maps and reads in place, checking only what it reads. The cache is keyed by each bank file's path, size, modification and
// change times and inode (the change time catches an edit that put the old modification time
// back), and records each file's content hash: a file changed within two seconds of the cache
// being written (when a timestamp alone cannot be trusted) is checked by its content. A cache that
// is corrupt, truncated, from another format version or unreadable is ignored and rebuilt, only
// the bank files that changed being parsed again; damage found once it is in use makes the bank
// read its files again (Bank::Reload). One that cannot be written only costs speed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"

namespace prepkit {

// Lays out a cache of `bank`, loaded from the files `stamps` describe, written at `written_ns`.
std::string encode_bank_cache(const std::vector<FileStamp>& stamps, std::int64_t written_ns, const Bank& bank);

// A decoded cache: the files it was built from, when, and the questions.
struct BankCache {
  std::vector<FileStamp> stamps;
  std::int64_t written_ns = 0;
  std::vector<Question> questions;
  std::vector<Redirect> redirects;
};

// Decodes all of `data`, checking every question's block; nothing when it is not a complete,
// intact cache of this format version.
std::optional<BankCache> decode_bank_cache(std::string_view data);

// Loads the banks of `sources` like load_banks(), through the cache folder `cache_dir`
// (no cache when empty or when a source is standard input).
Bank load_banks_cached(const std::vector<std::string>& sources, const std::filesystem::path& cache_dir,
                       const BankLimits& limits = {});

}  // namespace prepkit
