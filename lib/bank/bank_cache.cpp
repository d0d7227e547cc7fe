#include "bank/bank_cache.h"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <unordered_map>

#include <fmt/format.h>

#include "bank/binary_io.h"
#include "base/error.h"
#include "base/files.h"
#include "base/rng.h"

namespace prepkit {

namespace {

constexpr std::string_view kMagic = "PKBANKS\n";
constexpr std::uint32_t kFormatVersion = 6;
constexpr std::int64_t kRacyWindowNs = 2'000'000'000;  // timestamps this close to the write prove nothing
constexpr std::size_t kMaxCacheBytes = 512u << 20u;

// A cache file: the magic, the format version, the checksum of what follows up to the image, when
// it was written, where the image starts, the stamps of the bank files, then the bank image.
struct CacheHead {
  std::int64_t written_ns = 0;
  std::vector<FileStamp> stamps;
  std::string_view image;
};

std::optional<CacheHead> read_head(std::string_view data) {
  if (data.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  BinaryReader in(data.substr(kMagic.size()));
  std::uint32_t version = 0;
  std::uint32_t reserved = 0;
  std::uint64_t checksum = 0;
  std::uint64_t image_at = 0;
  if (!in.number(version) || version != kFormatVersion || !in.number(reserved) || reserved != 0 ||
      !in.number(checksum)) {
    return std::nullopt;
  }
  const std::size_t checked_from = kMagic.size() + in.position();
  CacheHead head;
  std::uint32_t files = 0;
  if (!in.number(head.written_ns) || !in.number(image_at) || image_at < checked_from || image_at > data.size() ||
      checksum64(data.substr(checked_from, image_at - checked_from)) != checksum || !in.number(files) ||
      files > in.remaining()) {
    return std::nullopt;
  }
  head.stamps.resize(files);
  for (auto& stamp : head.stamps) {
    if (!in.text(stamp.path) || !in.number(stamp.size) || !in.number(stamp.mtime_ns) || !in.number(stamp.ctime_ns) ||
        !in.number(stamp.inode) || !in.number(stamp.hash)) {
      return std::nullopt;
    }
  }
  if (kMagic.size() + in.position() != image_at) return std::nullopt;
  head.image = data.substr(image_at);
  return head;
}

std::int64_t now_ns() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

enum class Freshness { stale, fresh, fresh_but_racy };

// Whether the file stamped `now` is still as `cached` (from a cache written at `written_ns`)
// describes it; fresh_but_racy when that took reading it, its timestamps being too close to the
// cache's to trust.
Freshness file_freshness(const FileStamp& cached, std::int64_t written_ns, const std::optional<FileStamp>& now) {
  if (!now || cached.path != now->path || cached.size != now->size || cached.mtime_ns != now->mtime_ns ||
      cached.ctime_ns != now->ctime_ns || cached.inode != now->inode) {
    return Freshness::stale;
  }
  // A file written just before the cache may have changed again within the same timestamp.
  if (std::max(cached.mtime_ns, cached.ctime_ns) + kRacyWindowNs <= written_ns) return Freshness::fresh;
  try {
    if (checksum64(read_file(cached.path, cached.size)) != cached.hash) return Freshness::stale;
  } catch (const Error&) {
    return Freshness::stale;
  }
  return Freshness::fresh_but_racy;
}

// Whether the cache written at `written_ns` with `stamps` still describes `files` exactly as they
// are now.
Freshness freshness(const std::vector<FileStamp>& stamps, std::int64_t written_ns, const std::vector<BankFile>& files) {
  if (stamps.size() != files.size()) return Freshness::stale;
  bool racy = false;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Freshness state = file_freshness(stamps[i], written_ns, files[i].stamp);
    if (state == Freshness::stale) return state;
    racy = racy || state == Freshness::fresh_but_racy;
  }
  return racy ? Freshness::fresh_but_racy : Freshness::fresh;
}

// The content the cache `head` holds for each file of `files` (stamped before anything is read)
// that is unchanged, by path: what a rebuild after one file changed takes as it is instead of
// parsing it. Nothing when a question of such a file is damaged.
std::unordered_map<std::string, KnownBankFile> unchanged_files(const CacheHead& head,
                                                               const std::vector<BankFile>& files) {
  std::unordered_map<std::string, KnownBankFile> known;
  const auto image = BankImage::open(head.image);
  if (!image || !image->index_intact()) return known;
  std::unordered_map<std::string_view, const FileStamp*> now;
  for (const auto& file : files) now[file.path] = &*file.stamp;
  for (const auto& cached : head.stamps) {
    const auto it = now.find(cached.path);
    if (it != now.end() && file_freshness(cached, head.written_ns, *it->second) != Freshness::stale) {
      known[cached.path].hash = cached.hash;
    }
  }
  for (std::size_t i = 0; i < image->size(); ++i) {
    const auto it = known.find(std::string(image->file(image->info(i).file)));
    if (it == known.end()) continue;
    auto question = image->decode(i);
    if (!question) return {};
    it->second.content.questions.push_back(std::move(*question));
  }
  for (auto& r : image->redirects()) {
    if (const auto it = known.find(r.file); it != known.end()) it->second.content.redirects.push_back(std::move(r));
  }
  return known;
}

// Writes the cache, quietly giving up when the folder is not writable: that only costs speed.
void store_cache(const std::filesystem::path& path, const std::vector<FileStamp>& stamps, const Bank& bank) {
  try {
    write_file_atomically(path, encode_bank_cache(stamps, now_ns(), bank), Durability::cache);
  } catch (const Error&) {
  }
}

bool settled(const std::vector<FileStamp>& stamps) {
  return std::all_of(stamps.begin(), stamps.end(),
                     [](const FileStamp& s) { return std::max(s.mtime_ns, s.ctime_ns) + kRacyWindowNs <= now_ns(); });
}

}  // namespace

std::string encode_bank_cache(const std::vector<FileStamp>& stamps, std::int64_t written_ns, const Bank& bank) {
  std::string data(kMagic);
  BinaryWriter head(data);
  head.number(kFormatVersion);
  head.number(std::uint32_t{0});
  head.number(std::uint64_t{0});  // the checksum, filled in below
  const std::size_t checked_from = data.size();
  head.number(written_ns);
  head.number(std::uint64_t{0});  // where the image starts, filled in below
  head.number(static_cast<std::uint32_t>(stamps.size()));
  for (const auto& stamp : stamps) {
    head.text(stamp.path);
    head.number(stamp.size);
    head.number(stamp.mtime_ns);
    head.number(stamp.ctime_ns);
    head.number(stamp.inode);
    head.number(stamp.hash);
  }
  const std::uint64_t image_at = data.size();
  std::memcpy(data.data() + checked_from + sizeof written_ns, &image_at, sizeof image_at);
  const std::uint64_t checksum = checksum64(std::string_view(data).substr(checked_from));
  std::memcpy(data.data() + checked_from - sizeof checksum, &checksum, sizeof checksum);
  data += bank.image().bytes();
  return std::move(data);
}

std::optional<BankCache> decode_bank_cache(std::string_view data) {
  const auto head = read_head(data);
  if (!head) return std::nullopt;
  const auto image = BankImage::open(head->image);
  if (!image || !image->index_intact()) return std::nullopt;
  BankCache cache;
  cache.stamps = head->stamps;
  cache.written_ns = head->written_ns;
  for (std::size_t i = 0; i < image->size(); ++i) {
    auto question = image->decode(i);
    if (!question) return std::nullopt;
    cache.questions.push_back(std::move(*question));
  }
  cache.redirects = image->redirects();
  return cache;
}

Bank load_banks_cached(const std::vector<std::string>& sources, const std::filesystem::path& cache_dir,
                       const BankLimits& limits) {
  const std::vector<BankFile> files = bank_files(sources);
  // Only regular files have timestamps that say whether they changed: not "-" or a pipe. Each
  // file was stamped when it was found, before anything is read, so that a change made while
  // the files are read is seen next time.
  const bool cacheable =
      !cache_dir.empty() && std::all_of(files.begin(), files.end(), [](const BankFile& file) { return file.stamp; });
  if (!cacheable) return load_banks(sources, limits);

  std::string key;
  for (const auto& file : files) key += std::filesystem::absolute(file.path).string() + '\n';
  const auto path = cache_dir / fmt::format("banks-{:016x}.bin", hash64(key));
  std::shared_ptr<const MappedFile> mapped;
  std::optional<CacheHead> head;
  try {
    mapped = MappedFile::open(path.string(), kMaxCacheBytes);
    head = read_head(mapped->bytes());
  } catch (const Error&) {
    // No cache yet, or one that cannot be read: build it.
  }
  if (head) {
    const Freshness state = freshness(head->stamps, head->written_ns, files);
    const auto image = state == Freshness::stale ? std::nullopt : BankImage::open(head->image);
    if (image) {
      Bank bank(*image, mapped, path.string(), [sources, limits] { return load_banks(sources, limits); });
      // Once the racy window has passed, a rewrite lets later runs trust the timestamps.
      if (state == Freshness::fresh_but_racy && settled(head->stamps)) store_cache(path, head->stamps, bank);
      return bank;
    }
  }

  // Only the files that changed are read and parsed; the others come from the old cache.
  std::unordered_map<std::string, KnownBankFile> known;
  if (head) known = unchanged_files(*head, files);
  BankLoad load = load_bank_files(files, limits, {}, [&](const BankFile& file) -> std::optional<KnownBankFile> {
    const auto it = known.find(file.path);
    if (it == known.end()) return std::nullopt;
    return std::move(it->second);
  });
  if (!load.problems.empty()) throw DiagnosticError(load.problems.front());
  std::vector<FileStamp> stamps;
  for (std::size_t i = 0; i < files.size(); ++i) {
    stamps.push_back(*files[i].stamp);
    if (i < load.hashes.size()) stamps.back().hash = load.hashes[i];
  }
  store_cache(path, stamps, load.bank);
  return std::move(load.bank);
}

}  // namespace prepkit
