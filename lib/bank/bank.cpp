#include "bank/bank.h"

#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>

#include "base/files.h"
#include "base/lines.h"
#include "base/rng.h"
#include "base/suggest.h"
#include "base/yaml_tree.h"
#include "judge/generate.h"

namespace prepkit {

Bank::Bank() : Bank(std::vector<Question>{}) {}
Bank::Bank(Bank&&) noexcept = default;
Bank& Bank::operator=(Bank&&) noexcept = default;
Bank::~Bank() = default;

Bank::Bank(std::vector<Question> questions, std::vector<Redirect> redirects) {
  auto bytes = std::make_shared<const std::string>(encode_bank_image(questions, redirects));
  auto loaded = std::make_shared<Loaded>();
  loaded->image = *BankImage::open(*bytes);  // it was just laid out
  loaded->keep = std::move(bytes);
  loaded->redirects = std::move(redirects);
  loaded_ = follow_redirects(std::move(loaded));
}

Bank::Bank(BankImage image, std::shared_ptr<const void> keep, std::string cache_file, Reload reload)
    : index_checked_(false), cache_file_(std::move(cache_file)), reload_(std::move(reload)) {
  auto loaded = std::make_shared<Loaded>();
  loaded->image = image;
  loaded->keep = std::move(keep);
  loaded->redirects = image.redirects();
  loaded_ = follow_redirects(std::move(loaded));
}

std::shared_ptr<Bank::Loaded> Bank::follow_redirects(std::shared_ptr<Loaded> loaded) {
  const BankImage& image = loaded->image;
  std::unordered_map<std::string_view, std::string_view> next;
  for (const auto& redirect : loaded->redirects) next.emplace(redirect.from, redirect.to);
  // Follows each chain to its end; one that loops or leaves the bank leads nowhere.
  for (const auto& redirect : loaded->redirects) {
    std::string_view at = redirect.to;
    for (std::size_t steps = 0; steps <= loaded->redirects.size() && !image.index_of(at); ++steps) {
      const auto it = next.find(at);
      if (it == next.end()) break;
      at = it->second;
    }
    if (image.index_of(at)) loaded->replaced.emplace(redirect.from, at);
  }
  return loaded;
}

QuestionInfo Bank::info(std::size_t i) const {
  if (!index_checked_) check_index();
  return loaded_->image.info(i);
}

std::optional<std::size_t> Bank::index_of(std::string_view id) const {
  if (const auto i = loaded_->image.index_of(id)) return i;
  if (index_checked_) return std::nullopt;
  // Not found: only the whole index can say that no damage hid it.
  check_index();
  return loaded_->image.index_of(id);
}

const Question& Bank::question(std::size_t i) const {
  if (all_) return (*all_)[i];
  auto& slot = decoded_[i];
  if (!slot) slot = std::make_unique<const Question>(decode(i));
  return *slot;
}

const std::vector<Question>& Bank::questions() const {
  if (!all_) {
    auto all = std::make_unique<std::vector<Question>>();
    all->reserve(size());
    for (std::size_t i = 0; i < size(); ++i) all->push_back(decode(i));
    all_ = std::move(all);
  }
  return *all_;
}

Question Bank::decode(std::size_t i) const {
  if (auto question = loaded_->image.decode(i)) return std::move(*question);
  recover();
  if (auto question = loaded_->image.decode(i)) return std::move(*question);
  throw DataError(fmt::format("question {} of the bank image is damaged", i + 1));
}

void Bank::check_index() const {
  index_checked_ = true;
  if (!loaded_->image.index_intact()) recover();
}

void Bank::recover() const {
  if (!reload_) throw DataError("the bank image is damaged");  // laid out in memory: never
  std::error_code ec;
  std::filesystem::remove(cache_file_, ec);
  Bank fresh = reload_();
  retired_.push_back(std::move(loaded_));
  loaded_ = std::move(fresh.loaded_);
  index_checked_ = true;
}

std::string_view Bank::current_id(std::string_view id) const {
  const auto& replaced = loaded_->replaced;
  const auto it = replaced.find(id);
  return it == replaced.end() ? id : it->second;
}

const Question* Bank::find(std::string_view id) const {
  const auto i = index_of(id);
  return i ? &question(*i) : nullptr;
}

std::vector<std::string> Bank::ids() const {
  std::vector<std::string> ids;
  ids.reserve(size());
  for (std::size_t i = 0; i < size(); ++i) ids.emplace_back(info(i).id);
  return ids;
}

const Question& find_question(const Bank& bank, const std::string& id) {
  const Question* question = bank.find(bank.current_id(id));
  if (!question) throw DataError(fmt::format("unknown question id '{}'{}", id, did_you_mean(id, bank.ids())));
  return *question;
}

namespace {

const std::vector<std::string> kBankFields = {"subtopic", "title", "area", "questions", "replaced_by"};
const std::vector<std::string> kQuestionFields = {"id",      "prompt",     "difficulty", "kind", "minutes", "tags",
                                                  "expect",  "follow_ups", "estimate",   "code", "source",  "io",
                                                  "compare", "cases",      "stress",     "judge"};
const std::vector<std::string> kJudgeFields = {"io", "compare", "cases", "stress", "judge"};
const std::vector<std::string> kCaseFields = {"in", "out", "why"};
const std::vector<std::string> kStressFields = {"gen", "seconds", "why"};
constexpr double kMaxStressSeconds = 60;

std::vector<std::string> subtopic_ids() {
  std::vector<std::string> ids;
  for (const auto& subtopic : all_subtopics()) ids.emplace_back(subtopic.id);
  return ids;
}

// A lower-case name: letters, digits and hyphens, starting with a letter (or a digit when
// `digit_first`), no longer than `max`.
bool is_name(std::string_view text, std::size_t max, bool digit_first) {
  if (text.empty() || text.size() > max) return false;
  const char first = text.front();
  if (!((first >= 'a' && first <= 'z') || (digit_first && first >= '0' && first <= '9'))) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// Walks one parsed bank file, turning nodes into questions and mistakes into diagnostics.
class BankReader {
 public:
  BankReader(std::string_view text, const std::string& file, const BankLimits& limits,
             std::vector<Diagnostic>& problems)
      : text_(text), file_(file), limits_(limits), problems_(problems) {}

  // Reads the bank `root`, after files that listed `earlier` questions; returns how many questions
  // it lists.
  std::size_t read(const YamlNode& root, std::size_t earlier, BankContent& out) {
    if (root.type != YamlNode::Type::map) {
      report(root,
             fmt::format("expected a mapping with subtopic, title, area and questions, found {}", root.type_name()));
      return 0;
    }
    check_fields(root, kBankFields, "bank");
    const Subtopic* subtopic = nullptr;
    if (const YamlNode* node = require(root, "subtopic", "the bank")) {
      if (const auto id = text_of(*node, "subtopic")) {
        subtopic = find_subtopic(*id);
        if (!subtopic) {
          report(*node, fmt::format("unknown subtopic '{}'{} (expected one of: {})", *id,
                                    did_you_mean(*id, subtopic_ids()), fmt::join(subtopic_ids(), ", ")));
        }
      }
    }
    if (const YamlNode* node = require(root, "title", "the bank")) text_of(*node, "title");
    if (const YamlNode* node = require(root, "area", "the bank")) {
      if (const auto area = text_of(*node, "area"); area && subtopic && *area != subtopic->area) {
        report(*node, fmt::format("area '{}' does not match subtopic '{}' (its area is '{}')", *area, subtopic->id,
                                  subtopic->area));
      }
    }
    if (const YamlNode* redirects = root.find("replaced_by")) read_redirects(*redirects, out.redirects);
    const YamlNode* questions = require(root, "questions", "the bank");
    if (!questions) return 0;
    if (questions->type != YamlNode::Type::sequence) {
      report(*questions, fmt::format("'questions' must be a list, found {}", questions->type_name()));
      return 0;
    }
    const std::size_t listed = questions->children.size();
    if (earlier + listed > limits_.max_questions) {
      report(*questions, fmt::format("too many questions: this file brings the total to {} (the limit is {} across "
                                     "all bank files)",
                                     earlier + listed, limits_.max_questions));
      return listed;
    }
    if (listed > limits_.max_questions_per_file) {
      report(*questions,
             fmt::format("too many questions: {} (the limit is {} per file)", listed, limits_.max_questions_per_file));
      return listed;
    }
    for (const YamlNode& node : questions->children) {
      const std::size_t before = problems_.size();
      Question question = read_question(node);
      if (problems_.size() == before && subtopic) {
        question.subtopic = std::string(subtopic->id);
        question.area = std::string(subtopic->area);
        out.questions.push_back(std::move(question));
      }
    }
    return listed;
  }

 private:
  // `replaced_by`: a mapping from the id of a question that left the banks to the id of the one
  // that took its place.
  void read_redirects(const YamlNode& node, std::vector<Redirect>& out) {
    if (node.type != YamlNode::Type::map) {
      report(node, fmt::format("'replaced_by' must be a mapping from a removed id to the id that replaces it, "
                               "found {}",
                               node.type_name()));
      return;
    }
    for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
      const YamlNode& from = node.children[i];
      const YamlNode& to = node.children[i + 1];
      const auto target = text_of(to, "replaced_by");
      if (!target) continue;
      bool valid = true;
      for (const YamlNode* id : {&from, &to}) {
        if (!is_name(id->text, 64, false)) {
          report(*id, fmt::format("invalid id '{}' in replaced_by (expected lower-case letters, digits and hyphens, "
                                  "starting with a letter, at most 64 characters)",
                                  id->text));
          valid = false;
        }
      }
      if (valid && from.text == *target) {
        report(to, fmt::format("'{}' cannot be replaced by itself", from.text));
        valid = false;
      }
      if (valid) out.push_back({from.text, *target, file_, from.line, from.column});
    }
  }

  void report(const YamlNode& node, std::string message) {
    problems_.push_back({file_, node.line, node.column, std::move(message)});
  }

  void check_fields(const YamlNode& map, const std::vector<std::string>& known, const char* what) {
    for (std::size_t i = 0; i < map.children.size(); i += 2) {
      const std::string& key = map.children[i].text;
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        report(map.children[i], fmt::format("unknown field '{}' in {}{}", key, what, did_you_mean(key, known)));
      }
    }
  }

  const YamlNode* require(const YamlNode& map, std::string_view key, std::string_view owner) {
    const YamlNode* node = map.find(key);
    if (!node) report(map, fmt::format("missing field '{}' in {}", key, owner));
    return node;
  }

  // The text of a scalar field; reports and returns nothing for anything else.
  std::optional<std::string> text_of(const YamlNode& node, std::string_view field) {
    if (node.type != YamlNode::Type::scalar || node.text.empty()) {
      report(node, fmt::format("'{}' must be text, found {}", field,
                               node.type == YamlNode::Type::scalar ? "an empty string" : node.type_name()));
      return std::nullopt;
    }
    if (node.text.size() > limits_.max_text_bytes) {
      report(node, fmt::format("'{}' is too long: {} bytes (the limit is {})", field, node.text.size(),
                               limits_.max_text_bytes));
      return std::nullopt;
    }
    return node.text;
  }

  // A list of texts; `at_least` is the smallest count allowed.
  std::vector<std::string> list_of(const YamlNode& node, std::string_view field, std::size_t at_least) {
    std::vector<std::string> items;
    if (node.type != YamlNode::Type::sequence) {
      report(node, fmt::format("'{}' must be a list, found {}", field, node.type_name()));
      return items;
    }
    if (node.children.size() < at_least) {
      report(node, fmt::format("'{}' must have at least {} item{}", field, at_least, at_least == 1 ? "" : "s"));
    }
    for (const YamlNode& child : node.children) {
      if (auto text = text_of(child, field)) items.push_back(std::move(*text));
    }
    return items;
  }

  // Checks `value` against `allowed`, reporting an unknown one with the closest matches.
  void one_of(const YamlNode& node, const std::string& value, std::string_view field,
              const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      report(node, fmt::format("unknown {} '{}'{} (expected one of: {})", field, value, did_you_mean(value, allowed),
                               fmt::join(allowed, ", ")));
    }
  }

  Question read_question(const YamlNode& node) {
    Question q;
    q.file = file_;
    q.line = node.line;
    q.column = node.column;
    if (node.type != YamlNode::Type::map) {
      report(node, fmt::format("a question must be a mapping, found {}", node.type_name()));
      return q;
    }
    check_fields(node, kQuestionFields, "a question");
    std::string owner = "a question";
    if (const YamlNode* id = require(node, "id", owner)) {
      if (auto text = text_of(*id, "id")) {
        q.id = *text;
        if (!is_name(q.id, 64, false)) {
          report(*id, fmt::format("invalid id '{}' (expected lower-case letters, digits and hyphens, "
                                  "starting with a letter, at most 64 characters)",
                                  q.id));
        }
        owner = fmt::format("question '{}'", q.id);
      }
    }
    if (const YamlNode* prompt = require(node, "prompt", owner)) {
      if (auto text = text_of(*prompt, "prompt")) q.prompt = std::move(*text);
    }
    if (const YamlNode* difficulty = require(node, "difficulty", owner)) {
      if (auto text = text_of(*difficulty, "difficulty")) {
        q.difficulty = *text;
        one_of(*difficulty, q.difficulty, "difficulty", all_difficulties());
      }
    }
    if (const YamlNode* kind = require(node, "kind", owner)) {
      if (auto text = text_of(*kind, "kind")) {
        q.kind = *text;
        one_of(*kind, q.kind, "kind", all_kinds());
      }
    }
    if (const YamlNode* minutes = require(node, "minutes", owner)) q.minutes = read_minutes(*minutes);
    if (const YamlNode* tags = require(node, "tags", owner)) {
      q.tags = list_of(*tags, "tags", 1);
      for (std::size_t i = 0; i < q.tags.size() && i < tags->children.size(); ++i) {
        if (!is_name(q.tags[i], 32, true)) {
          report(tags->children[i], fmt::format("invalid tag '{}' (expected lower-case letters, digits and "
                                                "hyphens, at most 32 characters)",
                                                q.tags[i]));
        }
      }
    }
    if (const YamlNode* expect = require(node, "expect", owner)) q.expect = list_of(*expect, "expect", 1);
    if (const YamlNode* follow_ups = node.find("follow_ups")) q.follow_ups = list_of(*follow_ups, "follow_ups", 0);
    if (const YamlNode* estimate = node.find("estimate")) {
      if (auto text = text_of(*estimate, "estimate")) q.estimate = std::move(*text);
    }
    if (const YamlNode* code = node.find("code")) {
      if (auto text = text_of(*code, "code")) q.code = std::move(*text);
    }
    if (const YamlNode* source = node.find("source")) {
      if (source->type == YamlNode::Type::scalar) {
        if (auto text = text_of(*source, "source")) q.sources.push_back(std::move(*text));
      } else {
        q.sources = list_of(*source, "source", 1);
      }
    }
    read_judging(node, q);
    return q;
  }

  // The fields that judge a coding problem: io, compare, cases, stress, or judge: "none: REASON".
  void read_judging(const YamlNode& node, Question& q) {
    for (const auto& field : kJudgeFields) {
      const YamlNode* value = node.find(field);
      if (value && !q.kind.empty() && q.kind != "coding") {
        report(*value, fmt::format("'{}' is only for coding questions (this one is kind {})", field, q.kind));
        return;
      }
    }
    Judging& j = q.judging;
    if (const YamlNode* io = node.find("io")) {
      if (auto text = text_of(*io, "io")) j.io = std::move(*text);
    }
    if (const YamlNode* compare = node.find("compare")) {
      if (auto text = text_of(*compare, "compare")) {
        if (const auto rule = parse_comparison(*text)) {
          j.compare = *rule;
        } else {
          report(*compare, fmt::format("unknown comparison '{}' (expected exact, tokens, lines-any-order, float TOL "
                                       "with TOL from 0 to 1, or any-of)",
                                       *text));
        }
      }
    }
    if (const YamlNode* cases = node.find("cases")) read_cases(*cases, j);
    if (const YamlNode* stress = node.find("stress")) read_stress(*stress, j);
    if (const YamlNode* judge = node.find("judge")) {
      if (auto text = text_of(*judge, "judge")) {
        if (!text->starts_with("none: ") || text->find_first_not_of(' ', 6) == std::string::npos) {
          report(*judge, fmt::format("'judge' must be \"none: \" and the reason the problem is not judged, found "
                                     "'{}'",
                                     excerpt(*text)));
        } else if (node.find("cases") || node.find("stress")) {
          report(*judge, "'judge: none' cannot go with cases or stress inputs");
        } else {
          j.not_judged = text->substr(6);
        }
      }
    }
  }

  // A text that may be empty (a case's input or output).
  std::optional<std::string> content_of(const YamlNode& node, std::string_view field) {
    if (node.type == YamlNode::Type::scalar && node.text.empty()) return std::string();
    return text_of(node, field);
  }

  void read_cases(const YamlNode& list, Judging& j) {
    if (list.type != YamlNode::Type::sequence) {
      report(list, fmt::format("'cases' must be a list, found {}", list.type_name()));
      return;
    }
    for (const YamlNode& item : list.children) {
      if (item.type != YamlNode::Type::map) {
        report(item, fmt::format("a case must be a mapping with in, out and why, found {}", item.type_name()));
        continue;
      }
      check_fields(item, kCaseFields, "a case");
      JudgeCase c;
      const YamlNode* in = require(item, "in", "a case");
      const YamlNode* out = require(item, "out", "a case");
      if (in) c.input = content_of(*in, "in").value_or("");
      if (out && j.compare.mode == Comparison::Mode::any_of) {
        c.outputs = list_of(*out, "out", 1);
      } else if (out && out->type == YamlNode::Type::sequence) {
        report(*out, "'out' is a list only with compare: any-of");
      } else if (out) {
        c.outputs.push_back(content_of(*out, "out").value_or(""));
      }
      if (const YamlNode* why = item.find("why")) c.why = text_of(*why, "why").value_or("");
      j.cases.push_back(std::move(c));
    }
  }

  void read_stress(const YamlNode& list, Judging& j) {
    if (list.type != YamlNode::Type::sequence) {
      report(list, fmt::format("'stress' must be a list, found {}", list.type_name()));
      return;
    }
    for (const YamlNode& item : list.children) {
      if (item.type != YamlNode::Type::map) {
        report(item,
               fmt::format("a stress input must be a mapping with gen, seconds and why, found {}", item.type_name()));
        continue;
      }
      check_fields(item, kStressFields, "a stress input");
      StressInput s;
      if (const YamlNode* gen = require(item, "gen", "a stress input")) {
        if (auto text = text_of(*gen, "gen")) {
          try {
            Generator{*text};
            s.generator = std::move(*text);
          } catch (const GeneratorError& e) {
            // A block (gen: |) has its line N on the Nth line after its indicator; elsewhere the
            // message names the line within the text.
            if (is_block(*gen) && e.line() > 0) {
              const int line = gen->line + e.line();
              problems_.push_back({file_, line, first_column(line), "gen: " + e.message()});
            } else {
              report(*gen, std::string("gen: ") + e.what());
            }
          }
        }
      }
      if (const YamlNode* seconds = require(item, "seconds", "a stress input")) s.seconds = read_seconds(*seconds);
      if (const YamlNode* why = item.find("why")) s.why = text_of(*why, "why").value_or("");
      j.stress.push_back(std::move(s));
    }
  }

  double read_seconds(const YamlNode& node) {
    double value = 0;
    const auto* end = node.text.data() + node.text.size();
    const auto [stop, ec] = std::from_chars(node.text.data(), end, value);
    if (node.type != YamlNode::Type::scalar || node.quoted || ec != std::errc() || stop != end || !(value > 0) ||
        value > kMaxStressSeconds) {
      report(node,
             fmt::format("'seconds' must be a number above 0 and at most 60, found {}",
                         node.type == YamlNode::Type::scalar ? "'" + excerpt(node.text) + "'" : node.type_name()));
      return 1;
    }
    return value;
  }

  int read_minutes(const YamlNode& node) {
    const std::string& text = node.text;
    const bool digits = node.type == YamlNode::Type::scalar && !node.quoted && !text.empty() && text.size() <= 3 &&
                        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int value = digits ? std::stoi(text) : 0;
    if (value < 1 || value > 180) {
      report(node, fmt::format("'minutes' must be a whole number from 1 to 180, found {}",
                               node.type == YamlNode::Type::scalar ? "'" + text + "'" : node.type_name()));
      return 0;
    }
    return value;
  }

  // Where line `line` of the file starts (the end of the text past the last line).
  std::size_t line_start(int line) const {
    std::size_t at = 0;
    for (int n = 1; n < line && at < text_.size(); ++n) at = std::min(text_.find('\n', at), text_.size()) + 1;
    return std::min(at, text_.size());
  }

  // The 1-based column of the first character on line `line` that is not a space.
  int first_column(int line) const {
    const std::size_t start = line_start(line);
    const std::size_t first = text_.find_first_not_of(' ', start);
    return static_cast<int>((first == std::string_view::npos ? start : first) - start) + 1;
  }

  // Whether `node` is a block scalar (| or >): its indicator is where the node starts.
  bool is_block(const YamlNode& node) const {
    const std::size_t at = line_start(node.line) + static_cast<std::size_t>(node.column - 1);
    return at < text_.size() && (text_[at] == '|' || text_[at] == '>');
  }

  std::string_view text_;
  const std::string& file_;
  const BankLimits& limits_;
  std::vector<Diagnostic>& problems_;
};

FileStamp stamp_of(const std::string& path, const struct stat& info) {
  FileStamp stamp;
  stamp.path = path;
  stamp.size = static_cast<std::uint64_t>(info.st_size);
  stamp.mtime_ns = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  stamp.ctime_ns = static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec;
  stamp.inode = static_cast<std::uint64_t>(info.st_ino);
  return stamp;
}

bool is_bank_file(const std::filesystem::path& path) {
  const auto ext = path.extension();
  return (ext == ".yaml" || ext == ".yml") && path.filename().string().front() != '.';
}

}  // namespace

std::vector<BankFile> bank_files(const std::vector<std::string>& sources) {
  std::vector<BankFile> files;
  for (const auto& source : sources) {
    if (source == "-") {
      files.push_back({source, FileOrigin::named});
      continue;
    }
    std::error_code ec;
    const auto status = std::filesystem::status(source, ec);
    if (ec || !std::filesystem::exists(status)) {
      throw NoInputError(fmt::format("cannot open {}: No such file or directory", source));
    }
    if (!std::filesystem::is_directory(status)) {
      files.push_back({source, FileOrigin::named});
      continue;
    }
    std::vector<std::string> found;
    for (std::filesystem::directory_iterator it(source, ec), end; !ec && it != end; it.increment(ec)) {
      if (is_bank_file(it->path()) && !it->is_directory()) found.push_back(it->path().string());
    }
    if (ec) throw NoInputError(fmt::format("cannot read folder {}: {}", source, ec.message()));
    if (found.empty()) throw NoInputError(fmt::format("{}: no bank files (*.yaml) in this folder", source));
    std::sort(found.begin(), found.end());
    for (auto& file : found) files.push_back({std::move(file), FileOrigin::found});
  }
  // A file named twice (as itself and through its folder, or through a link) is read once: the
  // same device and inode is the same file, found with one stat(2) rather than resolving paths.
  std::vector<BankFile> unique;
  std::set<std::pair<dev_t, ino_t>> seen;
  bool stdin_seen = false;
  for (auto& file : files) {
    struct stat info {};
    const bool found = file.path != "-" && ::stat(file.path.c_str(), &info) == 0;
    if (file.path == "-" ? std::exchange(stdin_seen, true) : found && !seen.emplace(info.st_dev, info.st_ino).second) {
      continue;
    }
    if (found && S_ISREG(info.st_mode)) file.stamp = stamp_of(file.path, info);
    unique.push_back(std::move(file));
  }
  return unique;
}

std::size_t parse_bank(std::string_view text, const std::string& file, const BankLimits& limits, BankContent& out,
                       std::vector<Diagnostic>& problems, std::size_t earlier) {
  YamlNode root;
  try {
    root = parse_yaml(text, file, YamlLimits{limits.max_depth});
  } catch (const DiagnosticError& e) {
    problems.push_back(e.diagnostic());
    return 0;
  }
  return BankReader(text, file, limits, problems).read(root, earlier, out);
}

BankLoad load_banks_collecting(const std::vector<std::string>& sources, const BankLimits& limits,
                               const Progress& progress) {
  return load_bank_files(bank_files(sources), limits, progress);
}

BankLoad load_bank_files(const std::vector<BankFile>& files, const BankLimits& limits, const Progress& progress,
                         const KnownContent& known) {
  BankLoad load;
  BankContent content;
  std::vector<Question>& questions = content.questions;
  std::size_t listed = 0;  // questions the files read so far list
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (progress) progress(i, files.size());
    const BankFile& file = files[i];
    // Known content is taken as it is unless it passes the limit, which reading the file reports.
    auto held = known ? known(file) : std::nullopt;
    if (held && listed + held->content.questions.size() <= limits.max_questions) {
      ++load.files;
      load.hashes.push_back(held->hash);
      listed += held->content.questions.size();
      for (auto& q : held->content.questions) questions.push_back(std::move(q));
      for (auto& r : held->content.redirects) content.redirects.push_back(std::move(r));
      continue;
    }
    const std::string name = file.path == "-" ? "<stdin>" : file.path;
    std::string text;
    try {
      text = read_file(file.path, limits.max_file_bytes, file.origin);
    } catch (const DiagnosticError& e) {
      load.problems.push_back(e.diagnostic());
      continue;
    }
    ++load.files;
    load.hashes.push_back(checksum64(text));
    listed += parse_bank(text, name, limits, content, load.problems, listed);
    if (listed > limits.max_questions) break;  // reported; the files after it are not read
  }
  if (progress) progress(files.size(), files.size());
  // Ids are unique across every loaded bank, not only within a file.
  std::unordered_map<std::string_view, const Question*> first;
  std::vector<Question> unique;
  unique.reserve(questions.size());
  std::unordered_set<std::string> duplicated;
  for (const auto& question : questions) {
    const auto [it, inserted] = first.emplace(question.id, &question);
    if (inserted) continue;
    const Question& earlier = *it->second;
    const std::string where = earlier.file == question.file ? fmt::format("line {}", earlier.line)
                                                            : fmt::format("{}:{}", earlier.file, earlier.line);
    load.problems.push_back({question.file, question.line, question.column,
                             fmt::format("duplicate id '{}' (first defined at {})", question.id, where)});
    duplicated.insert(question.id);
  }
  // A removed id is no question's, and is redirected once.
  std::unordered_map<std::string_view, const Redirect*> redirected;
  std::vector<Redirect> redirects;
  for (const auto& redirect : content.redirects) {
    const auto place = [](const std::string& file, int line, const Redirect& other) {
      return file == other.file ? fmt::format("line {}", line) : fmt::format("{}:{}", file, line);
    };
    if (const auto it = first.find(redirect.from); it != first.end()) {
      const Question& question = *it->second;
      load.problems.push_back({redirect.file, redirect.line, redirect.column,
                               fmt::format("'{}' is replaced by '{}' but is still a question ({})", redirect.from,
                                           redirect.to, place(question.file, question.line, redirect))});
    } else if (const auto [at, inserted] = redirected.emplace(redirect.from, &redirect); !inserted) {
      load.problems.push_back({redirect.file, redirect.line, redirect.column,
                               fmt::format("'{}' is already replaced by '{}' ({})", redirect.from, at->second->to,
                                           place(at->second->file, at->second->line, redirect))});
    } else {
      redirects.push_back(redirect);
    }
  }
  for (auto& question : questions) {
    if (!duplicated.contains(question.id)) unique.push_back(std::move(question));
  }
  load.bank = Bank(std::move(unique), std::move(redirects));
  return load;
}

Bank load_banks(const std::vector<std::string>& sources, const BankLimits& limits) {
  BankLoad load = load_banks_collecting(sources, limits);
  if (!load.problems.empty()) throw DiagnosticError(load.problems.front());
  return std::move(load.bank);
}

}  // namespace prepkit
