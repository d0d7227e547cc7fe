// The quality rules `qpick lint` checks beyond what loading a bank requires: the shape of each
// question, the difficulty spread of each subtopic, and prompts that nearly repeat each other.
#pragma once

#include <cstddef>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"

namespace prepkit {

// The thresholds of the quality rules (documented in prepkit-bank(5)).
struct LintRules {
  std::size_t min_tags = 1, max_tags = 5;
  std::size_t min_expect = 2, max_expect = 6;
  std::size_t coding_prompt_min_chars = 150;      // enough for input, output, constraints and an example
  std::size_t min_cases = 6;                      // of a judged coding problem
  std::size_t spread_min_questions = 30;          // subtopics this large must have a difficulty spread
  double spread_min_share = 0.20;                 // of easy, and of hard, questions
  double duplicate_share = 0.5;                   // shared words (Jaccard) that make two prompts near-duplicates
  std::size_t duplicate_lookups = 50'000'000;     // earlier prompts found by word, in all the search
  std::size_t duplicate_comparisons = 2'000'000;  // pairs of prompts compared word by word, in all the search
};

// Every quality problem in `bank`, in bank order, then per subtopic, then near-duplicates: each
// question whose prompt shares at least `rules.duplicate_share` of its words with an earlier one,
// once, beside the earlier prompt it shares most with (the first of those, on a tie). The search is
// exact while it stays within `rules.duplicate_lookups` and `rules.duplicate_comparisons`, which it
// shares out among the prompts; a prompt that needs more gets the nearest earlier prompts holding
// its rarest words, and of those the ones holding most of them. `progress`, if set, is told how
// many questions were searched every so often and at the end.
std::vector<Diagnostic> lint_bank(const Bank& bank, const LintRules& rules = {}, const Progress& progress = {});

// The share of distinct words (of four or more letters, folded to lower case) the two texts have
// in common: the size of the intersection over the size of the union, 0 when both are empty.
double word_overlap(std::string_view a, std::string_view b);

}  // namespace prepkit
