#include "qpick.h"

#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bank.h"
#include "bank_cache.h"
#include "cli.h"
#include "error.h"
#include "lint.h"
#include "paths.h"
#include "render.h"
#include "rng.h"
#include "sample.h"
#include "store.h"
#include "suggest.h"

namespace {

using namespace prepkit;

// Everything qpick's command line can say.
struct QpickOptions {
  std::vector<std::string> banks;
  bool no_cache = false;
  std::string format = "text";
  std::string color = "auto";
  std::string date;
  std::string state;
  std::string seed;
  long long count = 1;
  Filter filter;
  std::string weights;
  bool daily = false;
  int fresh_days = 30;
  std::string show_id;
  std::string list_what;
  std::vector<std::string> lint_paths;
};

const char* const kExamples = R"(Examples:
  qpick -n 3 -s databases          three random database questions
  qpick --daily | mail -s today me  the question of the day, for cron
  qpick -n 10 --weights coding=40,design=35,ops=25 --format tsv | cut -f1,8
)";

std::uint64_t parse_seed(const std::string& text) {
  std::uint64_t value = 0;
  const bool digits = !text.empty() && text.size() <= 20 && text.find_first_not_of("0123456789") == std::string::npos;
  if (digits) {
    errno = 0;
    value = std::strtoull(text.c_str(), nullptr, 10);
  }
  if (!digits || errno == ERANGE) {
    throw UsageError(fmt::format("--seed: expected a whole number from 0 to 18446744073709551615, found '{}'", text));
  }
  return value;
}

// The banks the options ask for, through the cache unless --no-cache.
Bank load(const QpickOptions& options) {
  return load_banks_cached(bank_sources(options.banks), options.no_cache ? std::filesystem::path() : cache_dir());
}

// Tells the user on stderr when fewer questions qualified than were asked for.
void report_shortfall(const Pick& pick, std::size_t wanted) {
  if (pick.matching == 0) {
    cli::note("no question matches the filters");
  } else if (pick.questions.size() < wanted) {
    cli::note(fmt::format("only {} question{} match{}; showing all {}", pick.matching, pick.matching == 1 ? "" : "s",
                          pick.matching == 1 ? "es" : "", pick.questions.size()));
  }
}

int run_pick(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color);
  const Clock clock(cli::parse_date_option(options.date));
  if (options.count < 1)
    throw UsageError(fmt::format("-n: expected a number of questions of 1 or more, found {}", options.count));
  const auto count = static_cast<std::size_t>(options.count);
  if (options.daily && !options.weights.empty()) throw UsageError("--weights cannot be combined with --daily");
  if (options.daily && !options.seed.empty()) throw UsageError("--seed cannot be combined with --daily");
  if (options.fresh_days < 0 || options.fresh_days > 3650) {
    throw UsageError(fmt::format("--fresh-days: expected 0 to 3650 days, found {}", options.fresh_days));
  }
  std::optional<Weights> weights;
  if (!options.weights.empty()) weights = parse_weights(options.weights);
  const std::uint64_t seed = options.seed.empty() ? entropy_seed() : parse_seed(options.seed);

  const Bank bank = load(options);
  check_filter(options.filter, bank);
  Pick chosen;
  if (options.daily) {
    Store store(state_path(options.state));
    chosen = daily(bank, store, {options.filter, count, clock.today(), options.fresh_days});
  } else {
    chosen = pick(bank, {options.filter, count, weights, seed});
  }
  report_shortfall(chosen, count);
  cli::out(render_questions(chosen.questions, format, style));
  return 0;
}

int run_show(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color);
  const Bank bank = load(options);
  const Question* question = bank.find(options.show_id);
  if (!question) {
    throw DataError(
        fmt::format("unknown question id '{}'{}", options.show_id, did_you_mean(options.show_id, bank.ids())));
  }
  cli::out(render_question(*question, format, style));
  return 0;
}

int run_list(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const std::vector<std::string> what = {"subtopics", "tags", "ids"};
  if (std::find(what.begin(), what.end(), options.list_what) == what.end()) {
    throw UsageError(fmt::format("list: expected subtopics, tags or ids, found '{}'{}", options.list_what,
                                 did_you_mean(options.list_what, what)));
  }
  const Bank bank = load(options);
  const Table table = options.list_what == "subtopics" ? subtopic_table(bank)
                      : options.list_what == "tags"    ? tag_table(bank)
                                                       : id_table(bank);
  cli::out(render_table(table, format));
  return 0;
}

int run_lint(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const auto sources = options.lint_paths.empty() ? bank_sources(options.banks) : options.lint_paths;
  BankLoad load = load_banks_collecting(sources);
  const auto quality = lint_bank(load.bank);
  load.problems.insert(load.problems.end(), quality.begin(), quality.end());
  if (load.problems.empty()) {
    cli::note(fmt::format("{} questions in {} file{}: no problems", load.bank.questions().size(), load.files,
                          load.files == 1 ? "" : "s"));
    if (format != Format::text) cli::out(render_problems(load.problems, format));
    return 0;
  }
  cli::out(render_problems(load.problems, format));
  cli::note(fmt::format("{} problem{} found", load.problems.size(), load.problems.size() == 1 ? "" : "s"));
  return static_cast<int>(ExitCode::check_failed);
}

int qpick(int argc, char** argv) {
  QpickOptions options;
  CLI::App app{"Practice questions for backend interviews, sampled from YAML question banks.", "qpick"};
  app.set_version_flag("--version", cli::version_line("qpick"), "Print the version and exit");
  app.footer(kExamples);
  app.fallthrough();
  app.require_subcommand(0, 1);

  app.add_option("-n,--count", options.count, "How many questions to print (default 1)");
  app.add_option("-s,--subtopic", options.filter.subtopics, "Only this subtopic (repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--area", options.filter.areas, "Only this area: coding, design, ops, behavioral, ask")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--kind", options.filter.kinds, "Only this kind of question (repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--difficulty", options.filter.difficulties, "Only easy, medium or hard (repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--tag", options.filter.tags, "Only questions with this tag (repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--weights", options.weights, "Split the sample by weight: area=W,... or subtopic=W,...");
  app.add_flag("--daily", options.daily, "The question of the day: the same all day, new each day");
  app.add_option("--fresh-days", options.fresh_days, "--daily avoids questions shown this many days back (30)");
  app.add_option("--seed", options.seed, "Seed the random choice, for a reproducible sample");
  app.add_option("--date", options.date, "Treat this day (YYYY-MM-DD) as today");
  app.add_option("--format", options.format, "Output format: text, json, tsv or md");
  app.add_option("--color", options.color, "Colour: auto, always or never");
  app.add_option("--bank", options.banks, "Load banks from this file or folder, or - for stdin (repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--no-cache", options.no_cache, "Parse the banks afresh instead of using the cache");
  app.add_option("--state", options.state, "The state database (default $XDG_STATE_HOME/prepkit/prepkit.db)");

  CLI::App* show = app.add_subcommand("show", "Print one question whole, with what a strong answer covers");
  show->add_option("id", options.show_id, "The question's id")->required();
  CLI::App* list = app.add_subcommand("list", "List subtopics, tags or ids with their counts");
  list->add_option("what", options.list_what, "subtopics, tags or ids")->required();
  CLI::App* lint = app.add_subcommand("lint", "Check question banks and report every problem");
  lint->add_option("paths", options.lint_paths, "Bank files or folders (default: the banks in use)");

  if (const auto status = cli::parse(app, argc, argv)) return *status;
  if (show->parsed()) return run_show(options);
  if (list->parsed()) return run_list(options);
  if (lint->parsed()) return run_lint(options);
  return run_pick(options);
}

}  // namespace

int qpick_main(int argc, char** argv) {
  return cli::run("qpick", [&] { return qpick(argc, argv); });
}
