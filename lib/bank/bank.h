// Question banks: the fixed subtopics and areas, the question record, and the strict loader
// for the YAML bank format of prepkit-bank(5).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"
#include "base/files.h"
#include "judge/problem.h"

namespace prepkit {

// One of the nine fixed subtopics, the area it belongs to, and its title.
struct Subtopic {
  std::string_view id;
  std::string_view area;
  std::string_view title;
};

// The nine subtopics in their canonical order (coding first, ask last).
const std::vector<Subtopic>& all_subtopics();

// The five areas in canonical order: coding, design, ops, behavioral, ask.
const std::vector<std::string>& all_areas();

// The subtopic with id `id`, or nullptr.
const Subtopic* find_subtopic(std::string_view id);

// The allowed values of a question's difficulty and kind, in canonical order.
const std::vector<std::string>& all_difficulties();
const std::vector<std::string>& all_kinds();

// One practice question as the bank gives it.
struct Question {
  std::string id;  // stable: history refers to it
  std::string subtopic;
  std::string area;  // follows from the subtopic
  std::string prompt;
  std::string difficulty;  // one of all_difficulties()
  std::string kind;        // one of all_kinds()
  int minutes = 0;         // expected answer time
  std::vector<std::string> tags;
  std::vector<std::string> expect;      // what a strong answer covers
  std::vector<std::string> follow_ups;  // may be empty
  std::string estimate;                 // an estimate expression, or empty
  std::string code;                     // a snippet shown verbatim under the prompt, or empty
  std::vector<std::string> sources;     // where its specific facts come from; may be empty
  Judging judging;                      // a coding problem's cases; empty for other questions
  std::string file;                     // where the question is defined
  int line = 0;
  int column = 0;
};

// A question that left the banks in favour of another (a bank's `replaced_by`): grades given to
// `from` count for `to`.
struct Redirect {
  std::string from;
  std::string to;
  std::string file;  // where the bank says so
  int line = 0;
  int column = 0;
};

// All loaded questions, in the order of the files and of the questions in each file, and the
// redirects of questions that left them.
class Bank {
 public:
  Bank() = default;
  explicit Bank(std::vector<Question> questions, std::vector<Redirect> redirects = {});
  Bank(Bank&&) = default;
  Bank& operator=(Bank&&) = default;
  Bank(const Bank&) = delete;  // the index points into the questions
  Bank& operator=(const Bank&) = delete;

  const std::vector<Question>& questions() const { return questions_; }

  // The question with id `id`, or nullptr.
  const Question* find(std::string_view id) const;

  // Every question id, in bank order.
  std::vector<std::string> ids() const;

  const std::vector<Redirect>& redirects() const { return redirects_; }

  // The id grades given to `id` count for: where its redirects lead (through any chain) when
  // that is a question of this bank, else `id` itself.
  std::string_view current_id(std::string_view id) const;

 private:
  std::vector<Question> questions_;
  std::unordered_map<std::string_view, std::size_t> by_id_;
  std::vector<Redirect> redirects_;
  std::unordered_map<std::string_view, std::string_view> replaced_;  // from -> the question it leads to
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

// One bank file to read, and whether the user named it (a pipe given as `--bank <(...)` is then
// read as a stream) or it was found in a folder (only a regular file is read).
struct BankFile {
  std::string path;  // "-" for standard input
  FileOrigin origin = FileOrigin::found;
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
