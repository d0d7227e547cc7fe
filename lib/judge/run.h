// Running a candidate's solution once, under limits: a fresh temporary working folder, a new
// process group, CPU, wall-clock, memory and output limits, and nothing left running afterwards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// The limits of one run.
struct RunLimits {
  double cpu_seconds = 5;                    // CPU time of the solution's process
  double wall_seconds = 11;                  // real time, for the whole process group
  std::uint64_t memory_bytes = 1ull << 30u;  // address space of each process (RLIMIT_AS); 0: none
  std::size_t output_bytes = 16u << 20u;     // standard output
};

// How a run ended.
struct RunResult {
  enum class End { exited, timeout, memory, output, signal };
  End end = End::exited;
  int status = 0;  // the exit status (exited), or the signal that ended it (signal)
  double wall_seconds = 0;
  double cpu_seconds = 0;
  std::string output;  // standard output, at most RunLimits::output_bytes
  std::string errors;  // the start of standard error
};

// Runs `command` (a program found on PATH and its arguments) with `input` as standard input.
// Throws NoInputError when the program cannot be started. Every process the solution started
// is gone, and its working folder removed, when this returns; a SIGINT, SIGTERM or SIGHUP that
// arrives meanwhile stops the run, cleans up, and then takes its usual effect.
RunResult run_solution(const std::vector<std::string>& command, std::string_view input, const RunLimits& limits);

// Makes this process adopt the orphaned descendants of the solutions it runs, so that none
// escapes clean-up by leaving its process group (call once, before the first run).
void adopt_orphans();

}  // namespace prepkit
