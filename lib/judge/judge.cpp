#include "judge/judge.h"

#include <string.h>

#include <algorithm>

#include <fmt/format.h>

#include "base/error.h"
#include "judge/generate.h"
#include "judge/run.h"

namespace prepkit {

namespace {

constexpr std::size_t kKeptInput = 4096;

Verdict verdict_of(const RunResult& run) {
  switch (run.end) {
  case RunResult::End::timeout: return Verdict::timeout;
  case RunResult::End::memory: return Verdict::memory;
  case RunResult::End::output: return Verdict::output;
  case RunResult::End::signal: return Verdict::crash;
  case RunResult::End::exited: break;
  }
  return run.status == 0 ? Verdict::ok : Verdict::exit;
}

RunLimits limits_for(double seconds, const JudgeOptions& options) {
  RunLimits limits;
  limits.cpu_seconds = options.seconds.value_or(seconds);
  limits.wall_seconds = 2 * limits.cpu_seconds + 1;
  limits.memory_bytes = options.memory_bytes;
  return limits;
}

CaseResult judged(std::string name, std::string why, std::string input, const RunResult& run) {
  CaseResult r;
  r.name = std::move(name);
  r.why = std::move(why);
  r.verdict = verdict_of(run);
  r.status = run.status;
  r.seconds = run.wall_seconds;
  r.input = std::move(input);
  r.actual = run.output;
  r.errors = run.errors;
  return r;
}

}  // namespace

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
  case Verdict::ok: return "ok";
  case Verdict::fail: return "FAIL";
  case Verdict::timeout: return "TIMEOUT";
  case Verdict::memory: return "MEMORY";
  case Verdict::output: return "OUTPUT";
  case Verdict::crash: return "CRASH";
  case Verdict::exit: return "EXIT";
  }
  return "FAIL";
}

std::string CaseResult::verdict_text() const {
  if (verdict == Verdict::exit) return fmt::format("EXIT {}", status);
  if (verdict == Verdict::crash) {
    const char* abbreviation = ::sigabbrev_np(status);
    return abbreviation ? fmt::format("CRASH SIG{}", abbreviation) : fmt::format("CRASH signal {}", status);
  }
  return std::string(verdict_name(verdict));
}

std::size_t run_count(const Judging& judging) { return judging.cases.size() + judging.stress.size(); }

std::vector<CaseResult> judge_solution(std::string_view id, const Judging& judging,
                                       const std::vector<std::string>& command, const JudgeOptions& options,
                                       const std::function<void(const CaseResult&)>& each) {
  const std::size_t total = run_count(judging);
  if (options.only_case && (*options.only_case < 1 || static_cast<std::size_t>(*options.only_case) > total)) {
    throw FieldError("case", fmt::format("this problem has cases 1 to {}, found {}", total, *options.only_case));
  }
  std::vector<CaseResult> results;
  for (std::size_t n = 1; n <= total; ++n) {
    if (options.only_case && n != static_cast<std::size_t>(*options.only_case)) continue;
    CaseResult result;
    if (n <= judging.cases.size()) {
      const JudgeCase& c = judging.cases[n - 1];
      result =
          judged(std::to_string(n), c.why, c.input, run_solution(command, c.input, limits_for(kCaseSeconds, options)));
      result.expected = c.outputs.empty() ? "" : c.outputs.front();
      if (result.verdict == Verdict::ok && !output_matches(judging.compare, c.outputs, result.actual)) {
        result.verdict = Verdict::fail;
        result.difference = first_difference(result.expected, result.actual);
      }
    } else {
      const std::size_t index = n - judging.cases.size() - 1;
      const StressInput& s = judging.stress[index];
      std::string input = Generator(s.generator).run(stress_seed(id, index));
      const RunResult run = run_solution(command, input, limits_for(s.seconds, options));
      input.resize(std::min<std::size_t>(input.size(), kKeptInput));  // enough to show where it starts
      result = judged(fmt::format("stress {}", index + 1), s.why, std::move(input), run);
      if (result.verdict == Verdict::ok && !well_formed(result.actual)) result.verdict = Verdict::fail;
    }
    results.push_back(std::move(result));
    if (each) each(results.back());
    if (options.stop_at_failure && results.back().verdict != Verdict::ok) break;
  }
  return results;
}

}  // namespace prepkit
