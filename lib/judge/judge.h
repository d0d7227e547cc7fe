// Judging a solution: running it on each case and stress input of a problem, and the verdict
// of each run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/compare.h"
#include "judge/problem.h"

namespace prepkit {

// How one run went, in the order a report names them.
enum class Verdict { ok, fail, timeout, memory, output, crash, exit };

// "ok", "FAIL", "TIMEOUT", "MEMORY", "OUTPUT", "CRASH", "EXIT".
std::string_view verdict_name(Verdict verdict);

// One case or stress input judged.
struct CaseResult {
  std::string name;  // "1", "2", ... for cases; "stress 1", ... for stress inputs
  std::string why;
  Verdict verdict = Verdict::ok;
  int status = 0;        // the exit status (exit) or the signal (crash)
  double seconds = 0;    // wall clock
  std::string input;     // what the solution was given
  std::string expected;  // the first right output (cases only)
  std::string actual;
  std::string errors;                    // the start of its standard error
  std::optional<Difference> difference;  // where a FAIL first differs

  // The verdict with its detail: "EXIT 2", "CRASH SIGSEGV", "ok".
  std::string verdict_text() const;
};

// What to run and how.
struct JudgeOptions {
  std::optional<long long> only_case;  // 1-based over cases then stress inputs: run just that one
  bool stop_at_failure = false;
  std::optional<double> seconds;             // the CPU limit of every run, instead of each one's own
  std::uint64_t memory_bytes = 1ull << 30u;  // 0: no limit
};

// The CPU limit of a case when the problem gives none.
inline constexpr double kCaseSeconds = 5;

// The number of cases and stress inputs `judging` holds.
std::size_t run_count(const Judging& judging);

// Runs `command` on the cases and then the stress inputs of problem `id`, calling `each` with
// every result as it comes. Throws NoInputError when the command cannot be started, FieldError
// for a case number `judging` does not have.
std::vector<CaseResult> judge_solution(std::string_view id, const Judging& judging,
                                       const std::vector<std::string>& command, const JudgeOptions& options,
                                       const std::function<void(const CaseResult&)>& each = {});

}  // namespace prepkit
