// qpick test and qpick cases: a coding problem's cases run against a solution, or written out.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/date.h"
#include "state/store.h"

namespace prepkit {

// What `qpick test` and `qpick cases` were asked.
struct TestOptions {
  std::string id;
  std::vector<std::string> command;  // the solution and its arguments
  std::optional<long long> only_case;
  bool stop = false;
  std::string timeout;  // seconds, or empty for each run's own
  std::string memory = "1G";
  std::string format = "text";
  std::string dir;  // qpick cases: where to write, or empty for a folder named as the problem
};

// Runs the solution on every case of the problem and prints how each went; records the run in
// the state database at `state` (a run of one --case is not recorded). Returns 0 when every run
// passed, else 1.
int run_test(const TestOptions& options, const Bank& bank, const std::filesystem::path& state, Date today);

// Writes the problem's cases as files (1.in, 1.out, ..., stress-1.in) for a debugger.
int run_cases(const TestOptions& options, const Bank& bank);

// "Last test: ..." for `q` (a line to print after it), from the state database at `state`; empty
// when it was never tested or there is no database.
std::string last_test(const Question& q, const std::filesystem::path& state);

// Warns on stderr about each judged coding problem among `graded` that no run of qpick test
// has passed whole: a grade should follow a passing run.
void warn_untested(const std::vector<const Question*>& graded, Store& store);

// The coding problem with id `id` and cases to run; throws DataError for an unknown id, a
// question that is not a coding problem, or one that is not judged.
const Question& judged_problem(const Bank& bank, const std::string& id);

}  // namespace prepkit
