// The quality rules `qpick lint` checks beyond what loading a bank requires: the shape of each
// question, the difficulty spread of each subtopic, and prompts that nearly repeat each other.
#pragma once

#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"

namespace prepkit {

// The thresholds of the quality rules (documented in prepkit-bank(5)).
struct LintRules {
  std::size_t min_tags = 1, max_tags = 5;
  std::size_t min_expect = 2, max_expect = 6;
  std::size_t coding_prompt_min_chars = 150;  // enough for input, output, constraints and an example
  std::size_t spread_min_questions = 30;      // subtopics this large must have a difficulty spread
  double spread_min_share = 0.20;             // of easy, and of hard, questions
  double duplicate_share = 0.5;               // shared words (Jaccard) that make two prompts near-duplicates
};

// Every quality problem in `bank`, in bank order, then per subtopic, then near-duplicates.
std::vector<Diagnostic> lint_bank(const Bank& bank, const LintRules& rules = {});

// The share of distinct words (of four or more letters, folded to lower case) the two texts have
// in common: the size of the intersection over the size of the union, 0 when both are empty.
double word_overlap(std::string_view a, std::string_view b);

}  // namespace prepkit
