#include "bank/lint.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

namespace prepkit {

namespace {

// Calls `use` with each word of four or more letters or digits in `text`, lower-cased, in order.
template <typename Use>
void for_each_word(std::string_view text, Use&& use) {
  std::string word;
  const auto flush = [&] {
    if (word.size() >= 4) use(word);
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
}

// The distinct words of `text` (see for_each_word), sorted.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  for_each_word(text, [&](const std::string& word) { words.push_back(word); });
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// The share of words two sorted lists of distinct words have in common (Jaccard similarity).
template <typename Word>
double overlap(const std::vector<Word>& a, const std::vector<Word>& b) {
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

// The first control character in `text` that a terminal would act on (C0 other than tab and
// newline, DEL, or C1) as "U+001B", and its position in characters from 1; nothing when none.
std::optional<std::pair<std::string, std::size_t>> control_character(std::string_view text) {
  std::size_t position = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0u) != 0x80u) ++position;
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) return std::pair(fmt::format("U+{:04X}", c), position);
    if (c == 0xc2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f) return std::pair(fmt::format("U+{:04X}", next), position);
    }
  }
  return std::nullopt;
}

// A coding problem must be judgeable (io, cases, stress inputs) or say why it is not.
template <typename Report>
void check_judging(const Question& q, const LintRules& rules, const Report& report) {
  const Judging& j = q.judging;
  if (!j.not_judged.empty()) return;
  std::vector<std::string> missing;
  if (j.io.empty()) missing.emplace_back("io");
  if (j.cases.size() < rules.min_cases) missing.push_back(fmt::format("cases (it has {})", j.cases.size()));
  if (j.stress.empty()) missing.emplace_back("a stress input");
  if (missing.empty()) return;
  report(fmt::format("a coding problem needs io, at least {} cases and a stress input, or judge: \"none: REASON\"; "
                     "missing: {}",
                     rules.min_cases, fmt::join(missing, ", ")));
}

void check_question(const Question& q, const LintRules& rules, std::vector<Diagnostic>& out) {
  const auto report = [&](std::string message) {
    out.push_back({q.file, q.line, q.column, fmt::format("question '{}': {}", q.id, message)});
  };
  const auto check_text = [&](std::string_view text, const std::string& what) {
    if (const auto control = control_character(text)) {
      report(fmt::format("control character {} in {} at character {} (a terminal would act on it)", control->first,
                         what, control->second));
    }
  };
  check_text(q.prompt, "the prompt");
  for (std::size_t i = 0; i < q.expect.size(); ++i) check_text(q.expect[i], fmt::format("'expect' point {}", i + 1));
  for (std::size_t i = 0; i < q.follow_ups.size(); ++i) check_text(q.follow_ups[i], fmt::format("follow-up {}", i + 1));
  check_text(q.estimate, "the estimate");
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
    check_judging(q, rules, report);
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

// The distinct words of each prompt (see for_each_word), numbered in the order they first
// appear, and the text of each number.
struct Numbered {
  std::vector<std::vector<std::uint32_t>> prompts;
  std::vector<std::string> words;
};

Numbered number_in_order(const std::vector<Question>& questions) {
  Numbered numbered;
  numbered.prompts.reserve(questions.size());
  std::unordered_map<std::string, std::uint32_t> numbers;
  for (const auto& q : questions) {
    std::vector<std::uint32_t> prompt;
    for_each_word(q.prompt, [&](const std::string& word) {
      auto it = numbers.find(word);
      if (it == numbers.end()) {
        it = numbers.emplace(word, static_cast<std::uint32_t>(numbered.words.size())).first;
        numbered.words.push_back(word);
      }
      prompt.push_back(it->second);
    });
    std::sort(prompt.begin(), prompt.end());
    prompt.erase(std::unique(prompt.begin(), prompt.end()), prompt.end());
    numbered.prompts.push_back(std::move(prompt));
  }
  return numbered;
}

// The distinct words of each prompt as numbers, each prompt's rarest word first: word 0 is held by
// the fewest prompts, ties broken by the words' text, so the numbering depends only on the prompts.
std::vector<std::vector<std::uint32_t>> number_by_rarity(const std::vector<Question>& questions) {
  Numbered numbered = number_in_order(questions);
  std::vector<std::size_t> holders(numbered.words.size());
  for (const auto& prompt : numbered.prompts) {
    for (const auto word : prompt) ++holders[word];
  }
  std::vector<std::uint32_t> order(numbered.words.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return holders[a] != holders[b] ? holders[a] < holders[b] : numbered.words[a] < numbered.words[b];
  });
  std::vector<std::uint32_t> rank(order.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  for (auto& prompt : numbered.prompts) {
    for (auto& word : prompt) word = rank[word];
    std::sort(prompt.begin(), prompt.end());
  }
  return std::move(numbered.prompts);
}

// An earlier prompt that a prompt nearly repeats, and the share of words they have in common.
struct Match {
  std::size_t earlier = 0;
  double share = 0;
};

// The near-duplicate of each prompt among the earlier ones, found without comparing every pair.
// If two word sets x and y share at least a share t of all their words, they share at least t|x|
// words, so the rarest word they share is among the |x| - ceil(t|x|) + 1 rarest words of x (its
// probe words). Only the earlier prompts holding a probe word are candidates. Two bounds on the
// words a candidate can share with x rule most of them out before their words are read: the probe
// words it holds plus the words of x not looked up, and a 64-bit signature of each prompt's words
// (a word of y whose bit x lacks is not in x). Two budgets, shared out among the prompts, keep a
// bank made of common words from taking quadratic time: the holders of probe words looked at
// (nearest first) and the candidates compared (those holding the most probe words first).
class DuplicateSearch {
 public:
  DuplicateSearch(std::vector<std::vector<std::uint32_t>> prompts, const LintRules& rules)
      : prompts_(std::move(prompts)),
        rules_(rules),
        lookups_left_(rules.duplicate_lookups),
        comparisons_left_(rules.duplicate_comparisons) {
    std::size_t vocabulary = 0;
    earlier_.reserve(prompts_.size());
    for (const auto& prompt : prompts_) {
      earlier_.push_back({signature(prompt), static_cast<std::uint32_t>(prompt.size()), 0});
      longest_ = std::max(longest_, prompt.size());
      if (!prompt.empty()) vocabulary = std::max<std::size_t>(vocabulary, prompt.back() + 1);
    }
    holders_.resize(vocabulary);
    marks_.resize(vocabulary);
  }

  // The earlier prompt that prompt `i` shares the most words with, if it shares enough (the first
  // such prompt, on a tie); then records prompt `i` as a candidate for the later ones.
  std::optional<Match> next(std::size_t i) {
    const auto& x = prompts_[i];
    mark_ = static_cast<std::uint32_t>(i + 1);
    for (const auto word : x) marks_[word] = mark_;
    std::optional<Match> best;
    const std::size_t left = prompts_.size() - i;
    for (const std::uint32_t j : candidates(i, probe(x, lookups_left_ / left), comparisons_left_ / left)) {
      const double share = share_with(x, prompts_[j]);
      const bool better = !best || share > best->share || (share == best->share && j < best->earlier);
      if (share >= rules_.duplicate_share && better) best = Match{j, share};
    }
    for (const auto word : x) holders_[word].push_back(static_cast<std::uint32_t>(i));
    return best;
  }

 private:
  // What the search keeps of each prompt, side by side so that a candidate costs one memory access.
  struct Earlier {
    std::uint64_t signature;  // one bit for each word, of 64 bits
    std::uint32_t size;       // the number of words
    std::uint32_t hits;       // probe words of the prompt searched for that it holds
  };

  static std::uint64_t signature(const std::vector<std::uint32_t>& prompt) {
    std::uint64_t bits = 0;
    for (const auto word : prompt) bits |= std::uint64_t{1} << ((word * 0x9E3779B9u) >> 26u);
    return bits;
  }

  // Counts in each earlier prompt's `hits` the probe words of `x` it holds, looking at the holders
  // of each word nearest first, at most `allowed` in all; returns how many probe words were looked
  // up whole.
  std::size_t probe(const std::vector<std::uint32_t>& x, std::size_t allowed) {
    const double least = std::ceil(rules_.duplicate_share * static_cast<double>(x.size()) - 1e-9);
    const auto probes = static_cast<std::size_t>(
        std::clamp(static_cast<double>(x.size()) - least + 1, 0.0, static_cast<double>(x.size())));
    const auto hit = [&](std::uint32_t j) {
      if (earlier_[j].hits++ == 0) touched_.push_back(j);
    };
    std::size_t looked = 0;
    for (std::size_t k = 0; k < probes; ++k) {
      const auto& holders = holders_[x[k]];
      if (looked + holders.size() > allowed) {
        std::for_each(holders.rbegin(), holders.rbegin() + static_cast<std::ptrdiff_t>(allowed - looked), hit);
        lookups_left_ -= allowed;
        return k;
      }
      std::for_each(holders.rbegin(), holders.rend(), hit);
      looked += holders.size();
    }
    lookups_left_ -= looked;
    return probes;
  }

  // The earlier prompts with hits that may share enough words with prompt `i`, of whose words
  // `whole` were looked up whole; the `allowed` ones with most hits (then the earliest) when there
  // are more. Clears the hits.
  std::vector<std::uint32_t> candidates(std::size_t i, std::size_t whole, std::size_t allowed) {
    const Earlier& x = earlier_[i];
    const std::size_t from = fill_needed(x.size);
    std::vector<std::uint32_t> kept;
    for (const std::uint32_t j : touched_) {
      const Earlier& y = earlier_[j];
      if (y.size < from || y.size - from >= needed_.size()) continue;
      const std::size_t most =
          std::min({y.hits + (x.size - whole), y.size - words_outside(y, x), x.size - words_outside(x, y)});
      if (most >= needed_[y.size - from]) kept.push_back(j);
    }
    const auto most_hits = [&](std::uint32_t a, std::uint32_t b) {
      return earlier_[a].hits != earlier_[b].hits ? earlier_[a].hits > earlier_[b].hits : a < b;
    };
    if (kept.size() > allowed) {
      const auto last = kept.begin() + static_cast<std::ptrdiff_t>(allowed);
      std::nth_element(kept.begin(), last, kept.end(), most_hits);
      kept.erase(last, kept.end());
    }
    comparisons_left_ -= kept.size();
    for (const std::uint32_t j : touched_) earlier_[j].hits = 0;
    touched_.clear();
    return kept;
  }

  // The fewest words of `a` that `b` cannot hold: one for each bit of a's signature that b's lacks.
  static std::size_t words_outside(const Earlier& a, const Earlier& b) {
    return static_cast<std::size_t>(std::popcount(a.signature & ~b.signature));
  }

  // Sets `needed_` to the words a prompt of each size that can reach the share must have in common
  // with one of `size` words (shared >= t (size + other - shared)), and returns the first such size:
  // only sizes from t * size to size / t can.
  std::size_t fill_needed(std::size_t size) {
    const double t = rules_.duplicate_share;
    const auto from = static_cast<std::size_t>(std::max(std::ceil(t * static_cast<double>(size) - 1e-9), 0.0));
    const double to = std::min(static_cast<double>(longest_), std::floor(static_cast<double>(size) / t + 1e-9));
    needed_.clear();
    for (std::size_t other = from; static_cast<double>(other) <= to; ++other) {
      const double needed = std::ceil(t * static_cast<double>(size + other) / (1 + t) - 1e-9);
      needed_.push_back(static_cast<std::size_t>(std::max(needed, 0.0)));
    }
    return from;
  }

  // The share of words `y` has in common with `x`, whose words are marked.
  double share_with(const std::vector<std::uint32_t>& x, const std::vector<std::uint32_t>& y) const {
    const auto shared = static_cast<std::size_t>(
        std::count_if(y.begin(), y.end(), [&](std::uint32_t word) { return marks_[word] == mark_; }));
    return static_cast<double>(shared) / static_cast<double>(x.size() + y.size() - shared);
  }

  std::vector<std::vector<std::uint32_t>> prompts_;  // each prompt's words, numbered by number_by_rarity
  const LintRules& rules_;
  std::vector<Earlier> earlier_;                     // for each prompt
  std::size_t longest_ = 0;                          // the most words a prompt has
  std::vector<std::vector<std::uint32_t>> holders_;  // the prompts so far holding each word, in bank order
  std::vector<std::uint32_t> touched_;               // the earlier prompts with hits
  std::vector<std::size_t> needed_;                  // words in common needed, by size (see fill_needed)
  std::vector<std::uint32_t> marks_;                 // for each word, the mark of the last prompt holding it
  std::uint32_t mark_ = 0;                           // 1 + the prompt searched for
  std::size_t lookups_left_;                         // of rules_.duplicate_lookups
  std::size_t comparisons_left_;                     // of rules_.duplicate_comparisons
};

void check_duplicates(const Bank& bank, const LintRules& rules, const Progress& progress,
                      std::vector<Diagnostic>& out) {
  const auto& questions = bank.questions();
  DuplicateSearch search(number_by_rarity(questions), rules);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (progress && i % 1024 == 0) progress(i, questions.size());
    const auto found = search.next(i);
    if (!found) continue;
    const Question& a = questions[found->earlier];
    const Question& b = questions[i];
    const std::string where = a.file == b.file ? fmt::format("line {}", a.line) : fmt::format("{}:{}", a.file, a.line);
    out.push_back({b.file, b.line, b.column,
                   fmt::format("question '{}': prompt shares {:.0f}% of its words with '{}' ({})", b.id,
                               found->share * 100, a.id, where)});
  }
  if (progress) progress(questions.size(), questions.size());
}

}  // namespace

double word_overlap(std::string_view a, std::string_view b) { return overlap(words_of(a), words_of(b)); }

std::vector<Diagnostic> lint_bank(const Bank& bank, const LintRules& rules, const Progress& progress) {
  std::vector<Diagnostic> problems;
  for (const auto& q : bank.questions()) check_question(q, rules, problems);
  check_spread(bank, rules, problems);
  check_duplicates(bank, rules, progress, problems);
  return problems;
}

}  // namespace prepkit
