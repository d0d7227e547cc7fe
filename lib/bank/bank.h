// Question banks: the loaded questions, and the strict loader for the YAML bank format of
// prepkit-bank(5).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bank/bank_image.h"
#include "bank/question.h"
#include "base/diagnostic.h"
#include "base/files.h"

namespace prepkit {

// All loaded questions, in the order of the files and of the questions in each file, and the
// redirects of questions that left them. The questions live in a bank image (bank_image.h), in
// memory or mapped from the cache. Taking one question (question(), index_of(), find()) checks
// only that question's record and block; the first info() checks the whole index, since it is
// how every question is gone through. Should a mapped image prove damaged, the bank reads its
// files again, removes the cache file (the next run writes it anew) and goes on from there.
// Not for use from several threads at once.
class Bank {
 public:
  // Reads the banks again from their files, for a bank whose cache proves damaged.
  using Reload = std::function<Bank()>;

  Bank();
  explicit Bank(std::vector<Question> questions, std::vector<Redirect> redirects = {});
  // The bank `image` holds, whose bytes `keep` keeps alive, mapped from `cache_file`.
  Bank(BankImage image, std::shared_ptr<const void> keep, std::string cache_file, Reload reload);
  Bank(Bank&&) noexcept;
  Bank& operator=(Bank&&) noexcept;
  ~Bank();

  std::size_t size() const { return loaded_->image.size(); }

  // The index record of question `i` (< size()).
  QuestionInfo info(std::size_t i) const;

  // Question `i` in full, decoded the first time; the same object every time.
  const Question& question(std::size_t i) const;

  // Every question, decoded: for lint and tests, which read them all.
  const std::vector<Question>& questions() const;

  // The number of the question with id `id`, or nothing.
  std::optional<std::size_t> index_of(std::string_view id) const;

  // The question with id `id`, or nullptr.
  const Question* find(std::string_view id) const;

  // Every question id, in bank order.
  std::vector<std::string> ids() const;

  const std::vector<Redirect>& redirects() const { return loaded_->redirects; }

  // The id grades given to `id` count for: where its redirects lead (through any chain) when
  // that is a question of this bank, else `id` itself.
  std::string_view current_id(std::string_view id) const;

  // The image, to cache it; its tags, which QuestionInfo::tags number.
  const BankImage& image() const { return loaded_->image; }

 private:
  // What one load holds; replaced whole when a damaged cache is read again.
  struct Loaded {
    std::shared_ptr<const void> keep;
    BankImage image;
    std::vector<Redirect> redirects;
    std::unordered_map<std::string_view, std::string_view> replaced;  // from -> the question it leads to
  };

  static std::shared_ptr<Loaded> follow_redirects(std::shared_ptr<Loaded> loaded);
  Question decode(std::size_t i) const;
  void check_index() const;
  void recover() const;

  mutable std::shared_ptr<Loaded> loaded_;
  mutable std::vector<std::shared_ptr<Loaded>> retired_;  // what views handed out may still point into
  mutable bool index_checked_ = true;
  std::string cache_file_;
  Reload reload_;
  mutable std::unordered_map<std::size_t, std::unique_ptr<const Question>> decoded_;
  mutable std::unique_ptr<std::vector<Question>> all_;
};

// The question with id `id` in `bank`, or the one a redirect leads it to; throws DataError
// (exit 65) naming the closest ids.
const Question& find_question(const Bank& bank, const std::string& id);

// Limits a bank file must stay within (documented in prepkit-bank(5)).
struct BankLimits {
  std::size_t max_file_bytes = 16u << 20u;
  std::size_t max_questions_per_file = 20000;
  std::size_t max_questions = 200000;  // in all the files loaded together
  std::size_t max_text_bytes = 8192;   // one prompt, bullet or tag
  int max_depth = 8;
};

// The result of loading banks while collecting every problem rather than stopping at one.
struct BankLoad {
  Bank bank;  // the questions from the files that loaded cleanly
  std::vector<Diagnostic> problems;
  std::size_t files = 0;              // bank files read
  std::vector<std::uint64_t> hashes;  // hash64 of each file read, in order
};

// What identifies one bank file's content at the time it was read.
struct FileStamp {
  std::string path;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;
  std::uint64_t hash = 0;  // of the content; 0 when not computed
};

// One bank file to read, and whether the user named it (a pipe given as `--bank <(...)` is then
// read as a stream) or it was found in a folder (only a regular file is read).
struct BankFile {
  std::string path;  // "-" for standard input
  FileOrigin origin = FileOrigin::found;
  std::optional<FileStamp> stamp;  // a regular file's, from the stat(2) that found it
};

// The bank files named by `sources`: a file stays itself, "-" is standard input, and a
// folder gives its *.yaml and *.yml files in name order. Throws NoInputError for a source
// that does not exist or a folder with no bank files.
std::vector<BankFile> bank_files(const std::vector<std::string>& sources);

// Told how far a long task has got: `done` of `total` steps.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

// What bank files give: questions and redirects.
struct BankContent {
  std::vector<Question> questions;
  std::vector<Redirect> redirects;
};

// Parses and validates one bank file's `text` (named `file` in messages), appending its
// questions and redirects to `out` and its problems to `problems`. The files read before it
// listed `earlier` questions, which count towards `limits.max_questions`. Returns how many
// questions the file lists, whether they loaded or not (0 when it has no list of questions).
std::size_t parse_bank(std::string_view text, const std::string& file, const BankLimits& limits, BankContent& out,
                       std::vector<Diagnostic>& problems, std::size_t earlier = 0);

// Loads every bank file of `sources`, collecting all problems (for lint), and reads no more files
// once they list more than `limits.max_questions` questions in all. `progress`, if set, is told
// the number of files read before each file and at the end.
BankLoad load_banks_collecting(const std::vector<std::string>& sources, const BankLimits& limits = {},
                               const Progress& progress = {});

// What a caller already holds of a bank file (from a cache): its content and the hash of its text.
struct KnownBankFile {
  BankContent content;
  std::uint64_t hash = 0;
};

// Asked for each bank file before it is read: the content already known for it, or nothing to
// have the file read and parsed.
using KnownContent = std::function<std::optional<KnownBankFile>(const BankFile& file)>;

// The same for the bank files `bank_files` gave; a file whose content `known` gives is not read.
// The checks across files (unique ids, redirects, the question limit) cover every file alike.
BankLoad load_bank_files(const std::vector<BankFile>& files, const BankLimits& limits = {},
                         const Progress& progress = {}, const KnownContent& known = {});

// Loads every bank file of `sources`; throws DiagnosticError for the first problem.
Bank load_banks(const std::vector<std::string>& sources, const BankLimits& limits = {});

}  // namespace prepkit
