// What the bank says about judging one coding problem: its input and output format, its cases,
// how outputs compare, and the stress inputs made by the generator language.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "judge/compare.h"

namespace prepkit {

// One case: an input and the right output (several with any-of).
struct JudgeCase {
  std::string input;
  std::vector<std::string> outputs;
  std::string why;
};

// One large input, made by a generator program, that a solution must answer within `seconds`
// of CPU time.
struct StressInput {
  std::string generator;  // the program, in the language of judge/generate.h
  double seconds = 1;
  std::string why;
};

// How a coding problem is judged; a question that is not a coding problem has none of it.
struct Judging {
  std::string io;  // the input and output format, in words
  Comparison compare;
  std::vector<JudgeCase> cases;
  std::vector<StressInput> stress;
  std::string not_judged;  // `judge: "none: REASON"`: the reason

  // Whether there is anything to run.
  bool judged() const { return !cases.empty(); }
};

// The seed of a problem's stress input number `index` (0-based): the same on every machine.
std::uint64_t stress_seed(std::string_view question_id, std::size_t index);

}  // namespace prepkit
