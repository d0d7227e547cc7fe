#include "bank/bank_cache.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <unordered_map>

#include <fmt/format.h>

#include "base/error.h"
#include "base/files.h"
#include "base/rng.h"

namespace prepkit {

namespace {

constexpr std::string_view kMagic = "PKBANKS\n";
constexpr std::uint32_t kFormatVersion = 4;
constexpr std::int64_t kRacyWindowNs = 2'000'000'000;  // timestamps this close to the write prove nothing
constexpr std::size_t kMaxCacheBytes = 512u << 20u;

// Appends fixed-size numbers and length-prefixed strings in the machine's byte order (the cache
// never leaves the machine that wrote it).
class Writer {
 public:
  template <typename T>
  void number(T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  void text(std::string_view value) {
    number(static_cast<std::uint32_t>(value.size()));
    out_.append(value);
  }
  void texts(const std::vector<std::string>& values) {
    number(static_cast<std::uint32_t>(values.size()));
    for (const auto& value : values) text(value);
  }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }
  std::string& data() { return out_; }

 private:
  std::string out_;
};

// Reads what Writer wrote, failing (rather than reading past the end) on anything short.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  template <typename T>
  bool number(T& value) {
    if (data_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(&value, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool text(std::string& value) {
    std::uint32_t size = 0;
    if (!number(size) || data_.size() - pos_ < size) return false;
    value.assign(data_.data() + pos_, size);
    pos_ += size;
    return true;
  }
  bool texts(std::vector<std::string>& values) {
    std::uint32_t count = 0;
    // Each string needs at least its 4-byte length, which bounds a corrupt count.
    if (!number(count) || count > (data_.size() - pos_) / 4) return false;
    values.resize(count);
    for (auto& value : values) {
      if (!text(value)) return false;
    }
    return true;
  }
  bool at_end() const { return pos_ == data_.size(); }
  std::size_t remaining() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
};

void write_judging(Writer& out, const Judging& j) {
  out.text(j.io);
  out.number(static_cast<std::uint8_t>(j.compare.mode));
  out.number(j.compare.tolerance);
  out.number(static_cast<std::uint32_t>(j.cases.size()));
  for (const auto& c : j.cases) {
    out.text(c.input);
    out.texts(c.outputs);
    out.text(c.why);
  }
  out.number(static_cast<std::uint32_t>(j.stress.size()));
  for (const auto& s : j.stress) {
    out.text(s.generator);
    out.number(s.seconds);
    out.text(s.why);
  }
  out.text(j.not_judged);
}

bool read_judging(Reader& in, Judging& j) {
  std::uint8_t mode = 0;
  std::uint32_t cases = 0;
  std::uint32_t stress = 0;
  if (!in.text(j.io) || !in.number(mode) || mode > static_cast<std::uint8_t>(Comparison::Mode::any_of) ||
      !in.number(j.compare.tolerance) || !in.number(cases) || cases > in.remaining() / 12) {
    return false;
  }
  j.compare.mode = static_cast<Comparison::Mode>(mode);
  j.cases.resize(cases);
  for (auto& c : j.cases) {
    if (!in.text(c.input) || !in.texts(c.outputs) || !in.text(c.why)) return false;
  }
  if (!in.number(stress) || stress > in.remaining() / 16) return false;
  j.stress.resize(stress);
  for (auto& s : j.stress) {
    if (!in.text(s.generator) || !in.number(s.seconds) || !in.text(s.why)) return false;
  }
  return in.text(j.not_judged);
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

// Whether the cache still describes `files` exactly as they are now.
Freshness freshness(const BankCache& cache, const std::vector<BankFile>& files) {
  if (cache.stamps.size() != files.size()) return Freshness::stale;
  bool racy = false;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Freshness state = file_freshness(cache.stamps[i], cache.written_ns, stamp_file(files[i].path));
    if (state == Freshness::stale) return state;
    racy = racy || state == Freshness::fresh_but_racy;
  }
  return racy ? Freshness::fresh_but_racy : Freshness::fresh;
}

// The content `cache` holds for each file that `stamps` (taken before anything is read) show
// unchanged, by path: what a rebuild after one file changed takes as it is instead of parsing it.
std::unordered_map<std::string, KnownBankFile> unchanged_files(BankCache& cache, const std::vector<FileStamp>& stamps) {
  std::unordered_map<std::string, const FileStamp*> now;
  for (const auto& stamp : stamps) now[stamp.path] = &stamp;
  std::unordered_map<std::string, KnownBankFile> known;
  for (const auto& cached : cache.stamps) {
    const auto it = now.find(cached.path);
    if (it != now.end() && file_freshness(cached, cache.written_ns, *it->second) != Freshness::stale) {
      known[cached.path].hash = cached.hash;
    }
  }
  for (auto& q : cache.questions) {
    if (const auto it = known.find(q.file); it != known.end()) it->second.content.questions.push_back(std::move(q));
  }
  for (auto& r : cache.redirects) {
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

}  // namespace

std::optional<FileStamp> stamp_file(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  FileStamp stamp;
  stamp.path = path;
  stamp.size = static_cast<std::uint64_t>(info.st_size);
  stamp.mtime_ns = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  stamp.ctime_ns = static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec;
  stamp.inode = static_cast<std::uint64_t>(info.st_ino);
  return stamp;
}

std::string encode_bank_cache(const std::vector<FileStamp>& stamps, std::int64_t written_ns, const Bank& bank) {
  Writer body;
  std::size_t estimate = 64;
  for (const auto& q : bank.questions()) {
    estimate +=
        160 + q.id.size() + q.prompt.size() + q.estimate.size() + q.code.size() + q.file.size() + q.judging.io.size();
    for (const auto& c : q.judging.cases)
      estimate += 16 + c.input.size() + c.why.size() + (c.outputs.empty() ? 0 : c.outputs[0].size());
    for (const auto& st : q.judging.stress) estimate += 16 + st.generator.size() + st.why.size();
    for (const auto* list : {&q.tags, &q.expect, &q.follow_ups, &q.sources}) {
      for (const auto& item : *list) estimate += 4 + item.size();
    }
  }
  body.reserve(estimate);
  body.number(written_ns);
  body.number(static_cast<std::uint32_t>(stamps.size()));
  for (const auto& stamp : stamps) {
    body.text(stamp.path);
    body.number(stamp.size);
    body.number(stamp.mtime_ns);
    body.number(stamp.ctime_ns);
    body.number(stamp.inode);
    body.number(stamp.hash);
  }
  body.number(static_cast<std::uint32_t>(bank.questions().size()));
  for (const auto& q : bank.questions()) {
    body.text(q.id);
    body.text(q.subtopic);
    body.text(q.prompt);
    body.text(q.difficulty);
    body.text(q.kind);
    body.number(static_cast<std::int32_t>(q.minutes));
    body.texts(q.tags);
    body.texts(q.expect);
    body.texts(q.follow_ups);
    body.text(q.estimate);
    body.text(q.code);
    body.texts(q.sources);
    body.text(q.file);
    body.number(static_cast<std::int32_t>(q.line));
    body.number(static_cast<std::int32_t>(q.column));
    write_judging(body, q.judging);
  }
  body.number(static_cast<std::uint32_t>(bank.redirects().size()));
  for (const auto& redirect : bank.redirects()) {
    body.text(redirect.from);
    body.text(redirect.to);
    body.text(redirect.file);
    body.number(static_cast<std::int32_t>(redirect.line));
    body.number(static_cast<std::int32_t>(redirect.column));
  }
  Writer head;
  head.data() = kMagic;
  head.number(kFormatVersion);
  head.number(checksum64(body.data()));
  return head.data() + body.data();
}

std::optional<BankCache> decode_bank_cache(std::string_view data) {
  if (data.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  Reader head(data.substr(kMagic.size()));
  std::uint32_t version = 0;
  std::uint64_t checksum = 0;
  if (!head.number(version) || version != kFormatVersion || !head.number(checksum)) return std::nullopt;
  const std::string_view body_data = data.substr(data.size() - head.remaining());
  if (checksum64(body_data) != checksum) return std::nullopt;

  Reader body(body_data);
  BankCache cache;
  std::uint32_t files = 0;
  if (!body.number(cache.written_ns) || !body.number(files) || files > body.remaining()) return std::nullopt;
  cache.stamps.resize(files);
  for (auto& stamp : cache.stamps) {
    if (!body.text(stamp.path) || !body.number(stamp.size) || !body.number(stamp.mtime_ns) ||
        !body.number(stamp.ctime_ns) || !body.number(stamp.inode) || !body.number(stamp.hash)) {
      return std::nullopt;
    }
  }
  std::uint32_t count = 0;
  if (!body.number(count) || count > body.remaining()) return std::nullopt;
  cache.questions.resize(count);
  for (auto& q : cache.questions) {
    std::int32_t minutes = 0, line = 0, column = 0;
    if (!body.text(q.id) || !body.text(q.subtopic) || !body.text(q.prompt) || !body.text(q.difficulty) ||
        !body.text(q.kind) || !body.number(minutes) || !body.texts(q.tags) || !body.texts(q.expect) ||
        !body.texts(q.follow_ups) || !body.text(q.estimate) || !body.text(q.code) || !body.texts(q.sources) ||
        !body.text(q.file) || !body.number(line) || !body.number(column) || !read_judging(body, q.judging)) {
      return std::nullopt;
    }
    const Subtopic* subtopic = find_subtopic(q.subtopic);
    if (!subtopic) return std::nullopt;
    q.area = std::string(subtopic->area);
    q.minutes = minutes;
    q.line = line;
    q.column = column;
  }
  if (!body.number(count) || count > body.remaining()) return std::nullopt;
  cache.redirects.resize(count);
  for (auto& redirect : cache.redirects) {
    std::int32_t line = 0, column = 0;
    if (!body.text(redirect.from) || !body.text(redirect.to) || !body.text(redirect.file) || !body.number(line) ||
        !body.number(column)) {
      return std::nullopt;
    }
    redirect.line = line;
    redirect.column = column;
  }
  if (!body.at_end()) return std::nullopt;
  return cache;
}

Bank load_banks_cached(const std::vector<std::string>& sources, const std::filesystem::path& cache_dir,
                       const BankLimits& limits) {
  const std::vector<BankFile> files = bank_files(sources);
  // Only regular files have timestamps that say whether they changed: not "-" or a pipe.
  const bool cacheable = !cache_dir.empty() && std::all_of(files.begin(), files.end(), [](const BankFile& file) {
    std::error_code ec;
    return file.path != "-" && std::filesystem::is_regular_file(file.path, ec);
  });
  if (!cacheable) return load_banks(sources, limits);

  std::string key;
  for (const auto& file : files) key += std::filesystem::absolute(file.path).string() + '\n';
  const auto path = cache_dir / fmt::format("banks-{:016x}.bin", hash64(key));
  std::optional<BankCache> cache;
  try {
    cache = decode_bank_cache(read_file(path.string(), kMaxCacheBytes));
    if (cache) {
      const Freshness state = freshness(*cache, files);
      if (state != Freshness::stale) {
        Bank bank(std::move(cache->questions), std::move(cache->redirects));
        // Once the racy window has passed, a rewrite lets later runs trust the timestamps.
        const bool settled = std::all_of(cache->stamps.begin(), cache->stamps.end(), [](const FileStamp& s) {
          return std::max(s.mtime_ns, s.ctime_ns) + kRacyWindowNs <= now_ns();
        });
        if (state == Freshness::fresh_but_racy && settled) store_cache(path, cache->stamps, bank);
        return bank;
      }
    }
  } catch (const Error&) {
    // No cache yet, or one that cannot be read: build it.
  }

  // Stamp before reading, so a change made while the files are read is seen next time.
  std::vector<FileStamp> stamps;
  for (const auto& file : files) {
    auto stamp = stamp_file(file.path);
    if (!stamp) return load_banks(sources, limits);
    stamps.push_back(std::move(*stamp));
  }
  // Only the files that changed are read and parsed; the others come from the old cache.
  std::unordered_map<std::string, KnownBankFile> known;
  if (cache) known = unchanged_files(*cache, stamps);
  BankLoad load = load_bank_files(files, limits, {}, [&](const BankFile& file) -> std::optional<KnownBankFile> {
    const auto it = known.find(file.path);
    if (it == known.end()) return std::nullopt;
    return std::move(it->second);
  });
  if (!load.problems.empty()) throw DiagnosticError(load.problems.front());
  for (std::size_t i = 0; i < stamps.size() && i < load.hashes.size(); ++i) stamps[i].hash = load.hashes[i];
  store_cache(path, stamps, load.bank);
  return std::move(load.bank);
}

}  // namespace prepkit
