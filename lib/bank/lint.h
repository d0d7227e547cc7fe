// The quality rules `qpick lint` checks beyond what loading a bank requires: the shape of each
// question, the difficulty spread of each subtopic, and questions that nearly repeat each other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"

namespace prepkit {

// The thresholds of the quality rules (documented in prepkit-bank(5)).
struct LintRules {
  std::size_t min_tags = 1, max_tags = 5;
  std::size_t min_expect = 2, max_expect = 6;
  std::size_t coding_prompt_min_chars = 150;       // enough for input, output, constraints and an example
  std::size_t min_cases = 6;                       // of a judged coding problem
  std::size_t spread_min_questions = 30;           // subtopics this large must have a difficulty spread
  double spread_min_share = 0.20;                  // of easy, and of hard, questions
  double similar_above = 0.35;                     // TF-IDF cosine that makes two questions near-duplicates
  std::size_t similarity_lookups = 50'000'000;     // earlier questions found by term, in all the search
  std::size_t similarity_comparisons = 2'000'000;  // pairs of questions compared whole, in all the search
};

// Every quality problem in `bank`: redirects that lead to no question, then the questions' own in
// bank order, then per subtopic, then near-duplicates: each
// question whose prompt and expect points together have a TF-IDF cosine of at least
// `rules.similar_above` with an earlier question's, once, beside the earlier question most like
// it (the first of those, on a tie). The search is exact while it stays within
// `rules.similarity_lookups` and `rules.similarity_comparisons`, which it shares out among the
// questions; past them a question is compared with the nearest earlier questions holding its
// rarest terms, the most promising first. `progress`, if set, is told how many questions were
// searched every so often and at the end.
std::vector<Diagnostic> lint_bank(const Bank& bank, const LintRules& rules = {}, const Progress& progress = {});

// The terms the similarity rule counts in `text`, in order: each run of three or more letters or
// digits, lower-cased, without the final "s" of a term of five or more characters.
std::vector<std::string> similarity_terms(std::string_view text);

}  // namespace prepkit
