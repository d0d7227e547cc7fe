#include "qpick.h"
#include "mock.h"
#include "options.h"
#include "practice.h"
#include "settings.h"
#include "testing.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bank/bank.h"
#include "bank/daily.h"
#include "bank/lint.h"
#include "bank/question_render.h"
#include "bank/sample.h"
#include "base/error.h"
#include "base/files.h"
#include "base/lines.h"
#include "base/paths.h"
#include "base/rng.h"
#include "base/suggest.h"
#include "common/cli.h"
#include "output/style.h"
#include "output/table.h"
#include "plan/plan.h"
#include "review/history.h"
#include "review/progress.h"
#include "review/review.h"
#include "review/stats_render.h"
#include "state/store.h"

namespace {

using namespace prepkit;

const char* const kExamples = R"(Examples:
  qpick -n 3 -s databases          three random database questions
  qpick --daily | mail -s today me  the question of the day, for cron
  qpick --due --format ids          today's reviews, one id a line, for a pipeline
)";

// Tells the user on stderr when fewer questions qualified than were asked for.
void report_shortfall(const Pick& pick, std::size_t wanted) {
  if (pick.matching == 0) {
    cli::note("no question matches the filters");
  } else if (pick.questions.size() < wanted) {
    cli::note(fmt::format("only {} question{} match{}; showing all {}", pick.matching, pick.matching == 1 ? "" : "s",
                          pick.matching == 1 ? "es" : "", pick.questions.size()));
  }
}

std::size_t checked_count(const QpickOptions& options) {
  if (options.count < 1) {
    throw UsageError(fmt::format("-n: expected a number of questions of 1 or more, found {}", options.count));
  }
  return static_cast<std::size_t>(options.count);
}

// What every way of choosing questions works from, once the shared checks have passed.
struct PickRun {
  const QpickOptions& options;
  bool ids_only;  // --format ids: only the ids, one a line, for pipelines
  Format format;
  Style style;
  Clock clock;
  std::size_t count;
  const Settings& settings;
  const Bank& bank;
};

// What the grades recorded up to `today` come to, streamed from the state database (none before
// it exists); also the questions ever shown as daily questions when `shown` is given.
GradeDigest digest_grades(const QpickOptions& options, const Bank& bank, Date today,
                          std::vector<std::string>* shown = nullptr) {
  GradeDigest digest(today);
  const auto store = open_existing_store(state_path(options.state));
  if (!store) return digest;
  GradeRecord moved;
  store->for_each_grade({}, [&](const GradeRecord& grade) { digest.add(counted_grade(bank, grade, moved)); });
  if (shown) *shown = store->shown_questions();
  return digest;
}

// The questions chosen as --format asks: with ids, only their ids, one a line.
std::string render_chosen(const PickRun& run, const std::vector<const Question*>& questions) {
  if (!run.ids_only) return render_questions(questions, run.format, run.style);
  std::string out;
  for (const Question* q : questions) out += q->id + '\n';
  return out;
}

// --due: the reviews due today, then new questions (all of them unless -n).
int run_due(const PickRun& run) {
  const QpickOptions& options = run.options;
  const DueList list = due_questions(run.bank, digest_grades(options, run.bank, run.clock.today()),
                                     {options.filter, options.count_given ? std::optional(run.count) : std::nullopt,
                                      run.settings.until, run.settings.new_per_day});
  if (list.interview_over) {
    cli::note(
        fmt::format("the interview was on {}: nothing is scheduled any more", format_date(*run.settings.until.value)));
  } else if (list.questions.empty()) {
    cli::note("nothing is due today");
  } else {
    int minutes = 0;
    for (const Question* q : list.questions) minutes += q->minutes;
    cli::note(fmt::format("{} review{} due, then {} new question{}: about {} minutes in all", list.due,
                          list.due == 1 ? "" : "s", list.fresh, list.fresh == 1 ? "" : "s", minutes));
  }
  cli::out(render_chosen(run, list.questions));
  return 0;
}

// --weak: questions from the subtopics graded worst lately.
int run_weak(const PickRun& run) {
  const GradeDigest grades = digest_grades(run.options, run.bank, run.clock.today());
  const auto weak = weak_subtopics(grades);
  if (weak.empty()) {
    cli::note("no weak spots yet: a subtopic needs 5 grades in the last 30 days, one of them again or hard");
  }
  cli::out(render_chosen(run, weak_questions(run.bank, grades, weak, run.options.filter, run.count)));
  return 0;
}

// Prints the questions chosen, after a note when fewer matched than were asked for.
int print_chosen(const PickRun& run, const Pick& chosen) {
  report_shortfall(chosen, run.count);
  cli::out(render_chosen(run, chosen.questions));
  return 0;
}

// --daily: the question of the day, remembered in the state database so it stays the same all day.
int run_daily(const PickRun& run) {
  Store store(state_path(run.options.state));
  return print_chosen(
      run, daily(run.bank, store, {run.options.filter, run.count, run.clock.today(), run.settings.fresh_days}));
}

// --plan: the saved plan's split for the week holding today.
Weights saved_plan_weights(const PickRun& run) {
  const auto store = open_existing_store(state_path(run.options.state));
  const auto saved = store ? store->current_plan() : std::nullopt;
  if (!saved) throw NoInputError("no plan saved yet: make one with plan init");
  const Plan plan = plan_from_json(saved->document);
  const Date today = run.clock.today();
  const auto week = plan.week_of(today);
  if (!week) {
    throw DataError(fmt::format("today ({}) is outside the saved plan ({} to {})", format_date(today),
                                format_date(plan.start), format_date(plan.end())));
  }
  return plan_weights(plan, *week);
}

// A random sample, split by `weights` when given (from --weights or --plan).
int run_random(const PickRun& run, const std::optional<Weights>& weights, std::uint64_t seed) {
  return print_chosen(run, pick(run.bank, {run.options.filter, run.count, weights, seed}));
}

// The split --weights asks for, or none.
std::optional<Weights> given_weights(const QpickOptions& options) {
  if (options.weights.empty()) return std::nullopt;
  return cli::flag_value("--weights", [&] { return parse_weights(options.weights); });
}

// Checks what every way of choosing shares, in this order, then runs the one asked for.
int run_pick(const QpickOptions& options) {
  const bool ids_only = options.format == "ids";
  const Format format = ids_only ? Format::text : parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const std::size_t count = checked_count(options);
  check_modes(options);
  const Settings config = settings(options, options.due ? PlanInterview::read : PlanInterview::skip);
  const std::optional<Weights> weights = given_weights(options);
  const std::uint64_t seed = options.seed.empty() ? entropy_seed() : parse_seed(options.seed);
  const Bank bank = load(options, config);
  check_filter(options.filter, bank);
  const PickRun run{options, ids_only, format, style, clock, count, config, bank};
  if (options.due) return run_due(run);
  if (options.weak) return run_weak(run);
  // --plan's split replaces --weights; its checks come first even beside --daily, which has no split.
  const std::optional<Weights> split = options.plan ? std::optional(saved_plan_weights(run)) : weights;
  if (options.daily) return run_daily(run);
  return run_random(run, split, seed);
}

// The ids `grade` was given: its arguments, or for "-" the lines of standard input (one id a line,
// blank lines skipped).
std::vector<std::string> ids_to_grade(const QpickOptions& options) {
  if (options.grade_ids != std::vector<std::string>{"-"}) return options.grade_ids;
  std::vector<std::string> ids;
  std::size_t number = 0;
  while (const auto line = read_line(stdin, 256, "standard input")) {
    ++number;
    const auto first = line->text.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    const auto last = line->text.find_last_not_of(" \t");
    const std::string id = line->text.substr(first, last - first + 1);
    if (line->too_long || id.find_first_of(" \t") != std::string::npos) {
      throw DataError(fmt::format("<stdin>:{}: expected one question id a line, found '{}'", number, excerpt(id)));
    }
    ids.push_back(id);
  }
  if (ids.empty()) throw DataError("no question ids on standard input");
  return ids;
}

int run_grade(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const auto grade = parse_grade(options.grade);
  if (!grade) {
    throw UsageError(fmt::format("grade: expected again, hard, good or easy, found '{}'{}", options.grade,
                                 did_you_mean(options.grade, all_grades())));
  }
  if (std::count(options.grade_ids.begin(), options.grade_ids.end(), "-") > 0 && options.grade_ids.size() > 1) {
    throw UsageError("grade: '-' reads the ids from standard input, and takes no other ids beside it");
  }
  const Settings config = settings(options, PlanInterview::read);
  const Bank bank = load(options, config);
  std::vector<const Question*> questions;  // every id is checked before anything is recorded
  for (const auto& id : ids_to_grade(options)) questions.push_back(&find_question(bank, id));
  std::vector<GradeRecord> records;
  for (const Question* q : questions) records.push_back(new_grade(q->id, q->subtopic, clock.today(), *grade));
  Store store(state_path(options.state));
  store.import_grades(records);  // all of them or none
  warn_untested(questions, store);

  Table table{{"id", "grade", "day", "next_review", "interval_days"}, {false, false, false, false, true}, {}};
  std::string text;
  for (const Question* question : questions) {
    const auto [row, line] = next_review(bank, store, *question, *grade, config.until.value, clock.today());
    table.rows.push_back(row);
    text += line;
  }
  cli::out(format == Format::text ? text : render_table(table, format));
  return 0;
}

// qpick practice: the question given, or the first that --due or --weak would give, or one chosen
// as a sample of one is (split like the plan's week with --plan).
int run_practice_command(const QpickOptions& options) {
  const Clock clock(cli::parse_date_option("--date", options.date));
  const Style style = cli::text_style(options.color, options.ascii);
  check_modes(options);
  const std::uint64_t seed = options.seed.empty() ? entropy_seed() : parse_seed(options.seed);
  const Settings config = settings(options, PlanInterview::read);
  const Bank bank = load(options, config);
  const Question* question = nullptr;
  if (!options.practice.id.empty()) {
    question = &find_question(bank, options.practice.id);
  } else {
    check_filter(options.filter, bank);
    const PickRun run{options, false, Format::text, style, clock, 1, config, bank};
    std::vector<const Question*> chosen;
    if (options.due) {
      chosen = due_questions(bank, digest_grades(options, bank, clock.today()),
                             {options.filter, 1, config.until, config.new_per_day})
                   .questions;
      if (chosen.empty()) throw DataError("nothing is due today");
    } else if (options.weak) {
      const GradeDigest grades = digest_grades(options, bank, clock.today());
      chosen = weak_questions(bank, grades, weak_subtopics(grades), options.filter, 1);
      if (chosen.empty())
        throw DataError("no weak spots yet: a subtopic needs 5 grades in the last 30 days, one of them again or hard");
    } else {
      const auto split = options.plan ? std::optional(saved_plan_weights(run)) : std::nullopt;
      chosen = pick(bank, {options.filter, 1, split, seed}).questions;
    }
    if (chosen.empty()) throw DataError("no question matches the filters");
    question = chosen.front();
  }
  const auto state = state_path(options.state);
  const auto grade = run_practice(options.practice, *question, answers_dir(), state, clock.today(), style,
                                  stories_dir("", config.config.stories).value);
  if (!grade) return 0;
  Store store(state);
  cli::out(next_review(bank, store, *question, *grade, config.until.value, clock.today()).second);
  return 0;
}

// qpick mock: a mock interview of the kind given, or the list of mocks sat.
int run_mock_command(const QpickOptions& options) {
  const auto state = state_path(options.state);
  if (options.mock.list) {
    if (!options.mock.kind.empty()) throw UsageError("mock --list takes no kind: it lists the mocks of every kind");
    return run_mock_list(state, parse_format(options.format));
  }
  if (options.mock.kind.empty()) throw UsageError("mock: give a kind: design, coding, behavioral or mixed (or --list)");
  const Clock clock(cli::parse_date_option("--date", options.date));
  const std::uint64_t seed = options.seed.empty() ? entropy_seed() : parse_seed(options.seed);
  const Settings config = settings(options);
  const Bank bank = load(options, config);
  return run_mock(options.mock, bank, state, clock.today(), seed, cli::text_style(options.color, options.ascii),
                  options.color, stories_dir("", config.config.stories).value);
}

int run_stats(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const Settings config = settings(options, PlanInterview::read);
  const Bank bank = load(options, config);
  std::vector<std::string> shown;
  const GradeDigest grades = digest_grades(options, bank, clock.today(), &shown);
  std::set<std::string> solved;
  std::vector<AttemptRecord> attempts;
  if (const auto store = open_existing_store(state_path(options.state))) {
    for (const auto& [id, day] : first_solved(store->judge_runs())) {
      if (day <= clock.today()) solved.insert(id);
    }
    attempts = store->attempts();
  }
  const Stats stats = compute_stats(bank, grades, shown, config.until, solved, attempts);
  cli::out(render_stats(stats, format, style));
  return 0;
}

int run_test_command(const QpickOptions& options) {
  const Clock clock(cli::parse_date_option("--date", options.date));
  TestOptions test = options.test;
  test.format = options.format;
  return run_test(test, load(options, settings(options)), state_path(options.state), clock.today());
}

int run_history(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const std::optional<Date> since = cli::parse_date_option("--since", options.since);
  const auto store = open_existing_store(state_path(options.state));
  // Streamed a grade at a time: a history of a million grades is never held whole.
  const Store::GradeFilter filter{since, std::nullopt};
  const std::size_t columns = history_columns().size();
  std::vector<std::size_t> widths(columns, 0);
  if (store && format == Format::text) {
    store->for_each_grade(filter, [&](const GradeRecord& grade) {
      const auto row = history_row(grade);
      for (std::size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], columns_of(row[c]));
    });
  }
  TableStream stream(
      history_columns(), std::vector<bool>(columns, false), format, [](std::string_view piece) { cli::out(piece); },
      std::move(widths));
  if (store) store->for_each_grade(filter, [&](const GradeRecord& grade) { stream.row(history_row(grade)); });
  stream.finish();
  return 0;
}

int run_import(const QpickOptions& options) {
  const std::string name = options.import_file == "-" ? "<stdin>" : options.import_file;
  auto grades = parse_history(read_file(options.import_file, 256u << 20u, FileOrigin::named), name);
  // Grades given on another machine to questions that have since been merged land on the
  // question that replaced them.
  const Bank bank = load(options, settings(options));
  GradeRecord moved;
  for (auto& grade : grades) grade = GradeRecord(counted_grade(bank, grade, moved));
  Store store(state_path(options.state));
  const std::size_t added = store.import_grades(grades);
  cli::note(
      fmt::format("imported {} grade{}; {} already present", added, added == 1 ? "" : "s", grades.size() - added));
  return 0;
}

int run_show(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Bank bank = load(options, settings(options));
  const Question& question = find_question(bank, options.show_id);
  cli::out(render_question(question, format, style));
  if (format == Format::text || format == Format::md) {
    cli::out(last_test(question, state_path(options.state)));
    cli::out(last_practice(question, state_path(options.state), style));
  }
  return 0;
}

int run_list(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  const std::vector<std::string> what = {"subtopics", "tags", "ids"};
  if (std::find(what.begin(), what.end(), options.list_what) == what.end()) {
    throw UsageError(fmt::format("list: expected subtopics, tags or ids, found '{}'{}", options.list_what,
                                 did_you_mean(options.list_what, what)));
  }
  const Bank bank = load(options, settings(options));
  const Table table = options.list_what == "subtopics" ? subtopic_table(bank)
                      : options.list_what == "tags"    ? tag_table(bank)
                                                       : id_table(bank);
  cli::out(render_table(table, format));
  return 0;
}

int run_lint(const QpickOptions& options) {
  const Format format = parse_format(options.format);
  cli::ProgressLine progress;
  const auto reading = [&](std::size_t done, std::size_t total) {
    if (done < total) progress.show(fmt::format("qpick: reading bank file {} of {}...", done + 1, total));
  };
  BankLoad load = load_banks_collecting(options.lint_paths.empty() ? settings(options).banks : options.lint_paths,
                                        BankLimits{}, reading);
  const auto checking = [&](std::size_t done, std::size_t total) {
    progress.show(fmt::format("qpick: checking {} of {} questions...", done, total));
  };
  const auto quality = lint_bank(load.bank, LintRules{}, checking);
  progress.clear();
  load.problems.insert(load.problems.end(), quality.begin(), quality.end());
  if (load.problems.empty()) {
    const std::size_t questions = load.bank.size();
    cli::note(fmt::format("{} question{} in {} file{}: no problems", questions, questions == 1 ? "" : "s", load.files,
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
  app.fallthrough();
  app.require_subcommand(0, 1);

  CLI::Option* count = app.add_option("-n,--count", options.count, "How many questions to print (default 1)");
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
  app.add_flag("--due", options.due, "Questions due for review today, then new ones (all unless -n)");
  app.add_flag("--weak", options.weak, "Questions from the subtopics graded worst in the last 30 days");
  app.add_flag("--plan", options.plan, "Split the sample like this week of the saved study plan");
  app.add_option("--until", options.until, "The interview date (YYYY-MM-DD): reviews end the day before");
  app.add_option("--seed", options.seed, "Seed the random choice, for a reproducible sample");
  app.add_option("--date", options.date, "Treat this day (YYYY-MM-DD) as today");
  app.add_option("--format", options.format, "Output format: text, json, tsv or md; ids for chosen questions");
  app.add_option("--color", options.color, "Colour: auto, always or never");
  app.add_flag("--ascii", options.ascii, "Draw with ASCII only, as outside a UTF-8 locale");
  app.add_option("--bank", options.banks, "Load banks from this file or folder, or - for stdin (repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--no-cache", options.no_cache, "Parse the banks afresh instead of using the cache");
  app.add_option("--state", options.state, "The state database (default $XDG_STATE_HOME/prepkit/prepkit.db)");
  app.add_flag("--show-config", options.show_config, "Print the settings in force and where each comes from");

  CLI::App* show = app.add_subcommand("show", "Print one question whole, with what a strong answer covers");
  show->add_option("id", options.show_id, "The question's id")->required();
  CLI::App* list = app.add_subcommand("list", "List subtopics, tags or ids with their counts");
  list->add_option("what", options.list_what, "subtopics, tags or ids")->required();
  CLI::App* lint = app.add_subcommand("lint", "Check question banks and report every problem");
  lint->add_option("paths", options.lint_paths, "Bank files or folders (default: the banks in use)");
  CLI::App* grade = app.add_subcommand("grade", "Record how answers went: again, hard, good or easy");
  grade
      ->add_option("id... grade", options.grade_ids,
                   "The questions' ids (or - to read them from standard input, one a line), then again, hard, good "
                   "or easy")
      ->required();
  CLI::App* stats = app.add_subcommand("stats", "Per-subtopic progress: seen, graded, due, lapses, coverage");
  CLI::App* history = app.add_subcommand("history", "Every grade recorded, for reading or export");
  history->add_option("--since", options.since, "Only grades on or after this day (YYYY-MM-DD)");
  CLI::App* import = app.add_subcommand("import", "Add the grades of an exported history (JSON or TSV)");
  import->add_option("file", options.import_file, "The file, or - for standard input")->required();
  CLI::App* test = app.add_subcommand("test", "Run a solution against a coding problem's cases: test ID -- CMD...");
  test->add_option("id", options.test.id, "The problem's id")->required();
  test->add_option("command", options.test.command, "After --: the solution's command and its arguments");
  test->add_option("--case", options.test.only_case,
                   "Run only this case (numbered on from the cases to the stress inputs)");
  test->add_flag("--stop", options.test.stop, "Stop at the first case that fails");
  test->add_option("--timeout", options.test.timeout, "CPU seconds for every run (default: 5, or the stress input's)");
  test->add_option("--memory", options.test.memory, "Address space for the solution: 512M, 2G or none (default 1G)");
  CLI::App* practice =
      app.add_subcommand("practice", "Answer one question in a note, check it against the rubric, grade it");
  practice->add_option("id", options.practice.id, "The question's id (default: one chosen by the filters)");
  practice->add_option("--covered", options.practice.covered,
                       "The points the answer covered, without asking: 1,3,4, all or none");
  practice->add_option("--minutes", options.practice.minutes,
                       "The minutes the answer took, written elsewhere (no editor)");
  practice->add_option("--figure", options.practice.figure, "Your own figure, compared with the question's estimate");
  practice->add_option("--grade", options.practice.grade, "Record this grade instead of the proposed one");
  CLI::App* answers = app.add_subcommand("answers", "List the answers practised, with their coverage and grade");
  answers->add_option("id", options.answers_id, "Only the answers to this question");
  CLI::App* mock = app.add_subcommand("mock", "Sit a timed mock interview: design, coding, behavioral or mixed");
  mock->add_option("kind", options.mock.kind, "design, coding, behavioral, mixed, or a template file");
  mock->add_option("--minutes", options.mock.minutes, "The whole mock's length; the phases keep their shares");
  mock->add_flag("--no-tty", options.mock.no_tty, "Read one line per phase from standard input instead of keys");
  mock->add_flag("--list", options.mock.list, "List the mocks sat, with their time, coverage and grades");
  CLI::App* cases = app.add_subcommand("cases", "Write a coding problem's cases as files: 1.in, 1.out, ...");
  cases->add_option("id", options.test.id, "The problem's id")->required();
  cases->add_option("--dir", options.test.dir, "The folder to write (default: one named as the problem)");

  cli::finish_help(
      app, kExamples,
      {{"show",
        {"--bank", "--no-cache", "--format", "--color", "--ascii"},
        "Examples:\n  qpick show api-put-vs-patch-semantics --format md\n"},
       {"list", {"--bank", "--no-cache", "--format"}, "Examples:\n  qpick list tags --format tsv | sort -k2 -n\n"},
       {"lint", {"--bank", "--format"}, "Examples:\n  qpick lint my-bank.yaml\n"},
       {"grade",
        {"--bank", "--no-cache", "--date", "--until", "--format", "--state"},
        "Examples:\n  qpick grade db-acid-money-transfer good\n  qpick --due --format ids | head -3 | qpick grade - "
        "hard\n"},
       {"stats",
        {"--bank", "--no-cache", "--date", "--until", "--format", "--color", "--ascii", "--state"},
        "Examples:\n  qpick stats --until 2027-01-29\n"},
       {"history", {"--format", "--state"}, "Examples:\n  qpick history --format json > grades.json\n"},
       {"import", {"--state"}, "Examples:\n  ssh laptop qpick history --format tsv | qpick import -\n"},
       {"test",
        {"--bank", "--no-cache", "--date", "--format", "--state"},
        "Examples:\n  qpick test code-lru-cache -- python3 lru.py\n  qpick test code-lru-cache --case 3 -- ./lru\n"},
       {"cases", {"--bank", "--no-cache"}, "Examples:\n  qpick cases code-lru-cache --dir /tmp/lru\n"},
       {"practice",
        {"--subtopic", "--area", "--kind", "--difficulty", "--tag", "--due", "--weak", "--plan", "--seed", "--bank",
         "--no-cache", "--date", "--until", "--color", "--ascii", "--state"},
        "Examples:\n  qpick practice -s system-design --kind design\n  qpick practice db-acid-money-transfer --minutes "
        "12 "
        "--covered 1,2,4\n"},
       {"answers",
        {"--bank", "--no-cache", "--format", "--state"},
        "Examples:\n  qpick answers db-acid-money-transfer\n"},
       {"mock",
        {"--seed", "--bank", "--no-cache", "--date", "--until", "--format", "--color", "--ascii", "--state"},
        "Examples:\n  qpick mock design\n  qpick mock mixed --minutes 30\n  qpick mock --list\n"}});
  if (const auto status = cli::parse(app, argc, argv)) return *status;
  cli::refuse_empty(app, {{"--date", "a date as YYYY-MM-DD"},
                          {"--until", "a date as YYYY-MM-DD"},
                          {"--since", "a date as YYYY-MM-DD"},
                          {"--state", "a file"},
                          {"--seed", "a whole number from 0 to 18446744073709551615"},
                          {"--weights", "weights such as coding=40,design=35,ops=25"},
                          {"--timeout", "seconds above 0 and at most 600"},
                          {"--memory", "a size such as 512M or 2G, or none"},
                          {"--dir", "a folder"},
                          {"--covered", "all, none or point numbers such as 1,3,4"},
                          {"--minutes", "the minutes the answer took"},
                          {"--figure", "a figure such as 12 req/s"},
                          {"--grade", "again, hard, good or easy"}});
  options.count_given = count->count() > 0;
  if (grade->parsed()) {  // the last argument is the grade
    if (options.grade_ids.size() < 2)
      throw UsageError("grade: give one or more question ids, then again, hard, good or easy");
    options.grade = options.grade_ids.back();
    options.grade_ids.pop_back();
  }
  if (options.show_config) return run_show_config(options);
  if (show->parsed()) return run_show(options);
  if (grade->parsed()) return run_grade(options);
  if (stats->parsed()) return run_stats(options);
  if (history->parsed()) return run_history(options);
  if (import->parsed()) return run_import(options);
  if (test->parsed()) return run_test_command(options);
  if (cases->parsed()) return run_cases(options.test, load(options, settings(options)));
  if (practice->parsed()) return run_practice_command(options);
  if (answers->parsed()) {
    return run_answers(options.answers_id, load(options, settings(options)), state_path(options.state),
                       parse_format(options.format));
  }
  if (mock->parsed()) return run_mock_command(options);
  if (list->parsed()) return run_list(options);
  if (lint->parsed()) return run_lint(options);
  return run_pick(options);
}

}  // namespace

int qpick_main(int argc, char** argv) {
  return cli::run("qpick", [&] { return qpick(argc, argv); });
}
