#include "bank/lint.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

namespace prepkit {

namespace {

// The distinct words of four or more letters or digits in `text`, lower-cased and sorted.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.size() >= 4) words.push_back(word);
    word.clear();
  };
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 0;
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

void check_question(const Question& q, const LintRules& rules, std::vector<Diagnostic>& out) {
  const auto report = [&](std::string message) {
    out.push_back({q.file, q.line, q.column, fmt::format("question '{}': {}", q.id, message)});
  };
  if (q.tags.size() < rules.min_tags || q.tags.size() > rules.max_tags) {
    report(fmt::format("has {} (expected {} to {})", plural(q.tags.size(), "tag"), rules.min_tags, rules.max_tags));
  }
  if (q.expect.size() < rules.min_expect || q.expect.size() > rules.max_expect) {
    report(fmt::format("has {} (expected {} to {})", plural(q.expect.size(), "'expect' point"), rules.min_expect,
                       rules.max_expect));
  }
  if ((q.kind == "design" || q.subtopic == "performance") && q.follow_ups.empty()) {
    report(q.kind == "design" ? "a design question needs at least one follow-up"
                              : "a performance question needs at least one follow-up");
  }
  if (q.kind == "coding") {
    std::string lower = q.prompt;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    const bool has_example = lower.find("example") != std::string::npos;
    const bool has_number = std::any_of(lower.begin(), lower.end(), [](unsigned char c) { return std::isdigit(c); });
    if (!has_example || !has_number || q.prompt.size() < rules.coding_prompt_min_chars) {
      report("a coding prompt must state its input, output and constraints (with numbers) and give an example");
    }
  }
}

void check_spread(const Bank& bank, const LintRules& rules, std::vector<Diagnostic>& out) {
  struct Counts {
    const Question* first = nullptr;
    std::map<std::string, std::size_t> by_difficulty;
    std::size_t total = 0;
  };
  std::map<std::string, Counts> subtopics;
  for (const auto& q : bank.questions()) {
    Counts& counts = subtopics[q.subtopic];
    if (!counts.first) counts.first = &q;
    ++counts.by_difficulty[q.difficulty];
    ++counts.total;
  }
  for (const auto& subtopic : all_subtopics()) {
    const auto it = subtopics.find(std::string(subtopic.id));
    if (it == subtopics.end() || it->second.total < rules.spread_min_questions) continue;
    const Counts& counts = it->second;
    for (const char* level : {"easy", "hard"}) {
      const std::size_t n = counts.by_difficulty.count(level) ? counts.by_difficulty.at(level) : 0;
      const double share = static_cast<double>(n) / static_cast<double>(counts.total);
      if (share + 1e-9 < rules.spread_min_share) {
        out.push_back({counts.first->file, 1, 1,
                       fmt::format("subtopic '{}': {} of {} questions are {} ({:.0f}%); at least {:.0f}% should be",
                                   subtopic.id, n, counts.total, level, share * 100, rules.spread_min_share * 100)});
      }
    }
  }
}

void check_duplicates(const Bank& bank, const LintRules& rules, std::vector<Diagnostic>& out) {
  const auto& questions = bank.questions();
  std::vector<std::vector<std::string>> words;
  words.reserve(questions.size());
  for (const auto& q : questions) words.push_back(words_of(q.prompt));
  // Candidates are pairs that share a word found in few prompts: a near-duplicate pair always
  // shares such words, and skipping the common ones keeps large banks fast.
  std::unordered_map<std::string_view, std::vector<std::size_t>> index;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    for (const auto& word : words[i]) index[word].push_back(i);
  }
  const std::size_t common = std::max<std::size_t>(50, questions.size() / 20);
  std::vector<std::size_t> last_seen(questions.size(), questions.size());
  for (std::size_t i = 0; i < questions.size(); ++i) {
    for (const auto& word : words[i]) {
      const auto& holders = index[word];
      if (holders.size() > common) continue;
      for (const std::size_t j : holders) {
        if (j <= i || last_seen[j] == i) continue;
        last_seen[j] = i;
        const double share = overlap(words[i], words[j]);
        if (share < rules.duplicate_share) continue;
        const Question& a = questions[i];
        const Question& b = questions[j];
        const std::string where =
            a.file == b.file ? fmt::format("line {}", a.line) : fmt::format("{}:{}", a.file, a.line);
        out.push_back({b.file, b.line, b.column,
                       fmt::format("question '{}': prompt shares {:.0f}% of its words with '{}' ({})", b.id,
                                   share * 100, a.id, where)});
      }
    }
  }
}

}  // namespace

double word_overlap(std::string_view a, std::string_view b) { return overlap(words_of(a), words_of(b)); }

std::vector<Diagnostic> lint_bank(const Bank& bank, const LintRules& rules) {
  std::vector<Diagnostic> problems;
  for (const auto& q : bank.questions()) check_question(q, rules, problems);
  check_spread(bank, rules, problems);
  check_duplicates(bank, rules, problems);
  return problems;
}

}  // namespace prepkit
