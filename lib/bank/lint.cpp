#include "bank/lint.h"

#include <algorithm>
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
  report(
      fmt::format("a coding problem needs io, at least {} cases and a stress input, or judge: \"none: REASON\"; "
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
  check_text(q.code, "the code");
  for (std::size_t i = 0; i < q.sources.size(); ++i) check_text(q.sources[i], fmt::format("source {}", i + 1));
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

// The terms of each question's prompt and expect points with their counts, the terms numbered
// rarest first (used by the fewest questions, then by their text) so that the numbering depends
// only on the questions; and how many questions use each term.
struct Counted {
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> questions;  // (term, count), by term
  std::vector<std::uint32_t> users;                                             // for each term
};

Counted count_terms(const std::vector<Question>& questions) {
  Counted counted;
  std::unordered_map<std::string, std::uint32_t> numbers;
  std::vector<std::string> texts;
  for (const auto& q : questions) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> terms;
    const auto add = [&](std::string_view text) {
      for (auto& term : similarity_terms(text)) {
        auto it = numbers.find(term);
        if (it == numbers.end()) {
          it = numbers.emplace(term, static_cast<std::uint32_t>(texts.size())).first;
          texts.push_back(std::move(term));
          counted.users.push_back(0);
        }
        terms.emplace_back(it->second, 1);
      }
    };
    add(q.prompt);
    for (const auto& point : q.expect) add(point);
    std::sort(terms.begin(), terms.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> merged;
    for (const auto& [term, one] : terms) {
      if (!merged.empty() && merged.back().first == term) {
        ++merged.back().second;
      } else {
        merged.emplace_back(term, one);
        ++counted.users[term];
      }
    }
    counted.questions.push_back(std::move(merged));
  }
  std::vector<std::uint32_t> order(texts.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return counted.users[a] != counted.users[b] ? counted.users[a] < counted.users[b] : texts[a] < texts[b];
  });
  std::vector<std::uint32_t> rank(order.size());
  std::vector<std::uint32_t> users(order.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i, users[i] = counted.users[order[i]];
  counted.users = std::move(users);
  for (auto& terms : counted.questions) {
    for (auto& term : terms) term.first = rank[term.first];
    std::sort(terms.begin(), terms.end());
  }
  return counted;
}

// One term of a question's vector and its weight.
struct Weighted {
  std::uint32_t term;
  double weight;
};

// Each question as a unit vector of TF-IDF weights over its terms, rarest term first: a term used
// c times weighs (1 + ln c) ln(N / n), where n of the N questions use it (so a term every question
// uses weighs nothing and is left out).
std::vector<std::vector<Weighted>> tfidf_vectors(const std::vector<Question>& questions) {
  const Counted counted = count_terms(questions);
  const auto all = static_cast<double>(questions.size());
  std::vector<std::vector<Weighted>> vectors;
  vectors.reserve(questions.size());
  for (const auto& terms : counted.questions) {
    std::vector<Weighted> vector;
    double squares = 0;
    for (const auto& [term, count] : terms) {
      const double weight = (1 + std::log(count)) * std::log(all / counted.users[term]);
      if (weight <= 0) continue;
      vector.push_back({term, weight});
      squares += weight * weight;
    }
    for (auto& item : vector) item.weight /= std::sqrt(squares);
    vectors.push_back(std::move(vector));
  }
  return vectors;
}

// The cosine of two unit vectors sorted by term.
double cosine(const std::vector<Weighted>& a, const std::vector<Weighted>& b) {
  double dot = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (i->term < j->term) {
      ++i;
    } else if (j->term < i->term) {
      ++j;
    } else {
      dot += (i++)->weight * (j++)->weight;
    }
  }
  return dot;
}

// An earlier question that a question nearly repeats, and how alike the two are.
struct Match {
  std::size_t earlier = 0;
  double similarity = 0;
};

// The earlier question most like each question, if alike enough, found without comparing every
// pair. Each question is indexed under its rarest terms only, as many as it takes for the rest of
// its vector to have a length below the threshold t: over those other terms, its cosine with any
// question stays below t, so a question at least t alike shares an indexed term with it. A later
// question looks up the holders of each of its terms (nearest first), adding up the products of
// the weights; a holder whose sum, plus the length of its terms left unindexed and of the terms
// not looked up, cannot reach t is passed over, and the others are compared whole. Two budgets, shared out among the
// questions, keep a bank made of common words from taking quadratic time: the holders looked at and the questions
// compared (the most promising first).
class SimilaritySearch {
 public:
  SimilaritySearch(std::vector<std::vector<Weighted>> vectors, const LintRules& rules)
      : vectors_(std::move(vectors)),
        threshold_(rules.similar_above),
        lookups_left_(rules.similarity_lookups),
        comparisons_left_(rules.similarity_comparisons),
        sums_(vectors_.size(), 0),
        unindexed_(vectors_.size(), 0) {
    std::size_t terms = 0;
    for (const auto& vector : vectors_) {
      if (!vector.empty()) terms = std::max<std::size_t>(terms, vector.back().term + 1);
    }
    holders_.resize(terms);
  }

  // The earlier question most like question `i`, if alike enough (the first such, on a tie);
  // then indexes question `i` for the later ones.
  std::optional<Match> next(std::size_t i) {
    const auto& x = vectors_[i];
    const std::size_t left = vectors_.size() - i;
    std::size_t allowed = lookups_left_ / left;
    std::size_t whole = 0;  // the terms of x whose holders were all looked at
    for (; whole < x.size(); ++whole) {
      const auto& holders = holders_[x[whole].term];
      const std::size_t count = std::min(holders.size(), allowed);
      for (auto it = holders.rbegin(); it != holders.rbegin() + static_cast<std::ptrdiff_t>(count); ++it) {
        if (sums_[it->question] == 0) touched_.push_back(it->question);
        sums_[it->question] += x[whole].weight * it->weight;
      }
      allowed -= count;
      lookups_left_ -= count;
      if (count < holders.size()) break;
    }
    // What the terms of x not looked up whole can add at most: their length.
    double unlooked = 0;
    for (std::size_t k = whole; k < x.size(); ++k) unlooked += x[k].weight * x[k].weight;
    unlooked = std::sqrt(unlooked);
    std::vector<std::pair<double, std::uint32_t>> candidates;  // (most it can reach, question)
    for (const std::uint32_t j : touched_) {
      const double most = sums_[j] + unindexed_[j] + unlooked;
      if (most >= threshold_ - kSlack) candidates.emplace_back(most, j);
      sums_[j] = 0;
    }
    touched_.clear();
    const std::size_t compare = std::min(candidates.size(), comparisons_left_ / left);
    std::partial_sort(
        candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(compare), candidates.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    comparisons_left_ -= compare;
    std::optional<Match> best;
    for (std::size_t k = 0; k < compare; ++k) {
      const std::uint32_t j = candidates[k].second;
      const double similarity = cosine(x, vectors_[j]);
      if (similarity < threshold_ - kSlack) continue;
      if (!best || similarity > best->similarity + kSlack ||
          (similarity > best->similarity - kSlack && j < best->earlier)) {
        best = Match{j, similarity};
      }
    }
    index(i);
    return best;
  }

 private:
  static constexpr double kSlack = 1e-9;  // rounding in sums of products

  struct Holder {
    std::uint32_t question;
    double weight;
  };

  void index(std::size_t i) {
    const auto& x = vectors_[i];
    std::vector<double> rest(x.size() + 1, 0);  // the squared length of x from each term on
    for (std::size_t k = x.size(); k-- > 0;) rest[k] = rest[k + 1] + x[k].weight * x[k].weight;
    std::size_t k = 0;
    for (; k < x.size() && rest[k] >= threshold_ * threshold_; ++k) {
      holders_[x[k].term].push_back({static_cast<std::uint32_t>(i), x[k].weight});
    }
    unindexed_[i] = std::sqrt(rest[k]);
  }

  std::vector<std::vector<Weighted>> vectors_;
  double threshold_;
  std::size_t lookups_left_;
  std::size_t comparisons_left_;
  std::vector<std::vector<Holder>> holders_;  // for each term, the questions indexed under it, in bank order
  std::vector<double> sums_;                  // for each earlier question, its products with the one searched for
  std::vector<double> unindexed_;             // for each question, the length of its terms left unindexed
  std::vector<std::uint32_t> touched_;        // the earlier questions with a sum
};

void check_similar(const Bank& bank, const LintRules& rules, const Progress& progress, std::vector<Diagnostic>& out) {
  const auto& questions = bank.questions();
  SimilaritySearch search(tfidf_vectors(questions), rules);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (progress && i % 1024 == 0) progress(i, questions.size());
    const auto found = search.next(i);
    if (!found) continue;
    const Question& a = questions[found->earlier];
    const Question& b = questions[i];
    const std::string where = a.file == b.file ? fmt::format("line {}", a.line) : fmt::format("{}:{}", a.file, a.line);
    out.push_back({b.file, b.line, b.column,
                   fmt::format("question '{}': prompt and points {:.0f}% alike with '{}' ({})", b.id,
                               std::floor(found->similarity * 100), a.id, where)});
  }
  if (progress) progress(questions.size(), questions.size());
}

}  // namespace

std::vector<std::string> similarity_terms(std::string_view text) {
  std::vector<std::string> terms;
  std::string term;
  const auto flush = [&] {
    if (term.size() >= 5 && term.back() == 's') term.pop_back();
    if (term.size() >= 3) terms.push_back(term);
    term.clear();
  };
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      term += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
  return terms;
}

std::vector<Diagnostic> lint_bank(const Bank& bank, const LintRules& rules, const Progress& progress) {
  std::vector<Diagnostic> problems;
  for (const auto& r : bank.redirects()) {
    if (bank.current_id(r.from) == r.from) {
      problems.push_back({r.file, r.line, r.column,
                          fmt::format("replaced_by: '{}' leads to '{}', which is not a question of these banks "
                                      "(or leads back to it)",
                                      r.from, r.to)});
    }
  }
  for (const auto& q : bank.questions()) check_question(q, rules, problems);
  check_spread(bank, rules, problems);
  check_similar(bank, rules, progress, problems);
  return problems;
}

}  // namespace prepkit
