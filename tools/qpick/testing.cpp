#include "testing.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include <fmt/format.h>

#include "base/error.h"
#include "base/files.h"
#include "base/lines.h"
#include "common/cli.h"
#include "judge/generate.h"
#include "judge/judge.h"
#include "judge/run.h"
#include "output/table.h"
#include "state/store.h"

namespace prepkit {

namespace {

constexpr std::size_t kShownLines = 8;  // of an input, output or standard error in a failure report

// "--timeout 2.5": a number of seconds above 0 and at most 600.
std::optional<double> parse_timeout(const std::string& text) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value > 0) || value > 600) {
    throw UsageError(fmt::format("--timeout: expected seconds above 0 and at most 600, found '{}'", excerpt(text)));
  }
  return value;
}

// "--memory 512M": bytes with an optional K, M or G (binary), or none (no limit).
std::uint64_t parse_memory(const std::string& text) {
  if (text == "none") return 0;
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
  const int shift = unit == "K" ? 10 : unit == "M" ? 20 : unit == "G" ? 30 : unit.empty() ? 0 : -1;
  if (text.empty() || ec != std::errc() || shift < 0 || value == 0 || value > (std::uint64_t{1} << 46u) >> shift ||
      (value << shift) < (16u << 20u)) {
    throw UsageError(fmt::format("--memory: expected a size from 16M to 64T such as 512M or 2G, or none, found '{}'",
                                 excerpt(text)));
  }
  return value << shift;
}

// The first lines of `text`, indented, each cut to an excerpt, saying how many more there are.
std::string shown(std::string_view text) {
  std::string out;
  std::size_t lines = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = std::min(text.find('\n', at), text.size());
    if (lines == kShownLines) {
      std::size_t rest = 0;
      for (std::size_t i = at; i < text.size(); ++i) rest += text[i] == '\n' ? 1 : 0;
      if (text.back() != '\n') ++rest;
      out += fmt::format("    ... ({} more line{})\n", rest, rest == 1 ? "" : "s");
      break;
    }
    out += fmt::format("    {}\n", excerpt(text.substr(at, end - at), 100));
    ++lines;
    at = end + 1;
  }
  return out.empty() ? "    (nothing)\n" : out;
}

std::string case_label(const CaseResult& r) { return r.name.starts_with("stress") ? r.name : "case " + r.name; }

std::string result_line(const CaseResult& r) {
  return fmt::format("{:<8}  {:<7}  {:>5.2f} s  {}\n", case_label(r), r.verdict_text(), r.seconds, r.why);
}

// What a failure report shows of the run `r`.
std::string failure_report(const CaseResult& r) {
  std::string out =
      fmt::format("\n{} failed ({}){}\n", case_label(r), r.verdict_text(), r.why.empty() ? "" : ": " + r.why);
  out += "  input:\n" + shown(r.input);
  if (r.verdict == Verdict::fail && !r.name.starts_with("stress")) {
    out += "  expected:\n" + shown(r.expected) + "  actual:\n" + shown(r.actual);
    if (r.difference) {
      out += fmt::format("  first difference, line {}: expected '{}', found '{}'\n", r.difference->line,
                         excerpt(r.difference->expected), excerpt(r.difference->actual));
    }
  } else if (r.verdict == Verdict::fail) {
    out += "  the output is not a well-formed answer (empty, or not text):\n" + shown(r.actual);
  }
  if (!r.errors.empty()) out += "  standard error:\n" + shown(r.errors);
  return out;
}

Table result_table(const std::vector<CaseResult>& results) {
  Table table{{"case", "verdict", "seconds", "why"}, {false, false, true, false}, {}};
  for (const auto& r : results) {
    table.rows.push_back({r.name, r.verdict_text(), fmt::format("{:.3f}", r.seconds), r.why});
  }
  return table;
}

// `command` with each word that names a file or folder here made absolute, since the solution
// runs in a fresh folder of its own: `python3 sol.py` still finds sol.py.
std::vector<std::string> anchored(const std::vector<std::string>& command) {
  std::vector<std::string> out;
  for (const auto& word : command) {
    std::error_code ec;
    const bool here = !word.empty() && word.front() != '-' && std::filesystem::exists(word, ec) &&
                      (&word != &command.front() || word.find('/') != std::string::npos);
    out.push_back(here ? std::filesystem::absolute(word, ec).lexically_normal().string() : word);
  }
  return out;
}

// The program's name as the run records it: the first word of the command, without its folder.
std::string program_of(const std::vector<std::string>& command) {
  const std::string& first = command.front();
  return first.substr(first.rfind('/') + 1);
}

}  // namespace

std::string last_test(const Question& q, const std::filesystem::path& state) {
  const auto store = q.kind == "coding" ? open_existing_store(state) : nullptr;
  const auto runs = store ? store->judge_runs(q.id) : std::vector<JudgeRunRecord>{};
  if (runs.empty()) return "";
  const JudgeRunRecord& last = runs.back();
  return fmt::format("\nLast test: {} with {}, {} of {} passed{}, slowest {:.2f} s\n", format_date(last.day),
                     last.command, last.passed, last.total,
                     last.solved() ? "" : fmt::format(" ({} failed)", last.failed),
                     static_cast<double>(last.slowest_ms) / 1000);
}

void warn_untested(const std::vector<const Question*>& graded, Store& store) {
  for (const Question* q : graded) {
    if (!q->judging.judged()) continue;
    const auto runs = store.judge_runs(q->id);
    if (std::any_of(runs.begin(), runs.end(), [](const JudgeRunRecord& r) { return r.solved(); })) continue;
    cli::note(fmt::format("warning: no run of qpick test has passed {} yet: try qpick test {} -- YOUR-COMMAND", q->id,
                          q->id));
  }
}

const Question& judged_problem(const Bank& bank, const std::string& id) {
  const Question& q = find_question(bank, id);
  if (q.kind != "coding") {
    throw DataError(fmt::format("'{}' is a {} question: only coding problems have cases to run", id, q.kind));
  }
  if (!q.judging.not_judged.empty()) {
    throw DataError(fmt::format("'{}' is not judged: {}", id, q.judging.not_judged));
  }
  if (!q.judging.judged()) throw DataError(fmt::format("'{}' has no cases yet ({}:{})", id, q.file, q.line));
  return q;
}

int run_test(const TestOptions& options, const Bank& bank, const std::filesystem::path& state, Date today) {
  const Format format = parse_format(options.format);
  JudgeOptions judge;
  judge.only_case = options.only_case;
  judge.stop_at_failure = options.stop;
  judge.seconds = parse_timeout(options.timeout);
  judge.memory_bytes = parse_memory(options.memory);
  if (options.command.empty())
    throw UsageError("test: give the solution's command after --, such as -- python3 sol.py");
  const Question& q = judged_problem(bank, options.id);
  adopt_orphans();
  const auto each = [&](const CaseResult& r) {
    if (format != Format::text) return;
    cli::out(result_line(r));
    std::fflush(stdout);
  };
  const std::vector<CaseResult> results = judge_solution(q.id, q.judging, anchored(options.command), judge, each);
  JudgeRunRecord run{q.id, today, "", 0, 0, static_cast<int>(run_count(q.judging)), 0, program_of(options.command)};
  const CaseResult* slowest = nullptr;
  const CaseResult* first_failure = nullptr;
  for (const auto& r : results) {
    (r.verdict == Verdict::ok ? run.passed : run.failed) += 1;
    if (!slowest || r.seconds > slowest->seconds) slowest = &r;
    if (!first_failure && r.verdict != Verdict::ok) first_failure = &r;
  }
  run.slowest_ms = slowest ? std::lround(slowest->seconds * 1000) : 0;
  if (!options.only_case) Store(state).add_judge_run(run);
  if (format != Format::text) {
    cli::out(render_table(result_table(results), format));
  } else {
    if (first_failure) cli::out(failure_report(*first_failure));
    cli::out(fmt::format("{}{} of {} passed{}; slowest: {}, {:.2f} s\n", first_failure ? "\n" : "", run.passed,
                         results.size(),
                         results.size() < run_count(q.judging) ? fmt::format(" (of {} in all)", run.total) : "",
                         case_label(*slowest), slowest->seconds));
  }
  return run.failed == 0 ? 0 : 1;
}

int run_cases(const TestOptions& options, const Bank& bank) {
  const Question& q = judged_problem(bank, options.id);
  const std::filesystem::path dir =
      options.dir.empty() ? std::filesystem::path(q.id) : std::filesystem::path(options.dir);
  std::error_code ec;
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec)) {
    throw CantCreateError(fmt::format("cannot make the folder {}: a file of that name is in the way", dir.string()));
  }
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir)) {
    throw CantCreateError(fmt::format("cannot make the folder {}: {}", dir.string(),
                                      ec ? ec.message() : "a file of that name is in the way"));
  }
  const Judging& j = q.judging;
  for (std::size_t i = 0; i < j.cases.size(); ++i) {
    write_file_atomically(dir / fmt::format("{}.in", i + 1), j.cases[i].input);
    for (std::size_t k = 0; k < j.cases[i].outputs.size(); ++k) {
      const std::string suffix = k == 0 ? "" : fmt::format(".{}", k + 1);
      write_file_atomically(dir / fmt::format("{}.out{}", i + 1, suffix), j.cases[i].outputs[k]);
    }
  }
  for (std::size_t i = 0; i < j.stress.size(); ++i) {
    write_file_atomically(dir / fmt::format("stress-{}.in", i + 1),
                          Generator(j.stress[i].generator).run(stress_seed(q.id, i)));
  }
  cli::note(fmt::format("wrote {} case{} and {} stress input{} to {}/", j.cases.size(), j.cases.size() == 1 ? "" : "s",
                        j.stress.size(), j.stress.size() == 1 ? "" : "s", dir.string()));
  return 0;
}

}  // namespace prepkit
