#include "plan_tool.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/config.h"
#include "base/error.h"
#include "base/files.h"
#include "base/paths.h"
#include "base/suggest.h"
#include "common/cli.h"
#include "output/chart.h"
#include "output/style.h"
#include "output/table.h"
#include "plan/plan.h"
#include "plan/plan_output.h"
#include "plan/plan_progress.h"
#include "plan/plan_template.h"
#include "plan/report.h"
#include "plan/report_render.h"
#include "state/store.h"

namespace {

using namespace prepkit;

// Everything plan's command line can say; an option not given is empty, so that a value given
// as 0 or '' is checked like any other rather than taken for "not given".
struct PlanOptions {
  std::string start;
  std::string interview;
  std::optional<int> weeks;         // none: the template's
  std::optional<double> hours;      // none: the settings file's, else 10
  std::optional<double> day_limit;  // none: 6
  std::optional<std::string> days;  // none: the settings file's, else mon,wed,fri,sat
  std::optional<std::string> at;    // none: the settings file's, else 19:00
  std::string tmpl;                 // none: default
  std::string format = "text";
  std::string color = "auto";
  bool ascii = false;  // --ascii: no character beyond ASCII
  std::string date;
  std::string state;
  std::optional<int> week;  // none: all weeks, or the current week where that is the default
  bool force = false;
  bool show_config = false;
  std::optional<long> id;
  std::string log_kind;
  int log_count = 1;
  std::string note;
  std::string output;                // plan report -o: the file to write instead of stdout
  std::optional<std::string> chart;  // plan report --chart
};

const char* const kExamples = R"(Examples:
  plan --start 2026-12-07 --hours 10             preview eight weeks of study
  plan init --interview 2027-02-01 --days mon,wed,sat --at 19:30
  plan --format ics > prep.ics                   a calendar to import
)";

std::string template_name(const PlanOptions& options) { return options.tmpl.empty() ? "default" : options.tmpl; }

Resolved<std::filesystem::path> state(const PlanOptions& options) { return state_path(options.state); }

// The template named `name` among the bundled ones, or the file `name`.
PlanTemplate load_template(const std::string& name) {
  const auto file = cli::read_template("plans", name);
  return parse_template(file.text, file.path, file.name);
}

// The DTSTAMP of calendar events: the start of --date, or now.
std::string calendar_stamp(const PlanOptions& options) {
  if (const auto day = cli::parse_date_option("--date", options.date)) {
    return fmt::format("{:04}{:02}{:02}T000000Z", static_cast<int>(day->year()), static_cast<unsigned>(day->month()),
                       static_cast<unsigned>(day->day()));
  }
  const std::string now = utc_timestamp();  // 2026-11-28T07:30:00.125Z
  return now.substr(0, 4) + now.substr(5, 2) + now.substr(8, 2) + "T" + now.substr(11, 2) + now.substr(14, 2) +
         now.substr(17, 2) + "Z";
}

// The calendar settings in force: flags, then the settings file, then the defaults.
struct Calendar {
  Resolved<double> hours;
  Resolved<std::vector<int>> days;
  Resolved<int> at;
  Resolved<std::optional<Date>> interview;
};

Calendar calendar(const PlanOptions& options, const Config& config) {
  std::optional<std::vector<int>> days;
  if (options.days) days = cli::flag_value("--days", [&] { return parse_days(*options.days); });
  std::optional<int> at;
  if (options.at) at = cli::flag_value("--at", [&] { return parse_time_of_day(*options.at); });
  Calendar c;
  c.hours = resolve<double>(options.hours, nullptr, std::nullopt, config.hours, 10);
  c.days = resolve<std::vector<int>>(days, nullptr, std::nullopt, config.study_days, {0, 2, 4, 5});
  c.at = resolve<int>(at, nullptr, std::nullopt, config.at, 19 * 60);
  c.interview = interview_date(cli::parse_date_option("--interview", options.interview), config);
  return c;
}

// Builds the plan `options` ask for. A start counted back from the interview that has passed is
// refused with the ways out: fewer weeks, or the template made for little time.
Plan build(const PlanOptions& options, Date today) {
  const Calendar in_force = calendar(options, load_config(config_path()));
  PlanRequest request;
  request.tmpl = load_template(template_name(options));
  request.start = cli::parse_date_option("--start", options.start);
  request.interview = in_force.interview.value;
  request.weeks = options.weeks;
  request.hours = in_force.hours.value;
  if (options.day_limit) request.day_limit = *options.day_limit;
  request.days = in_force.days.value;
  request.at = in_force.at.value;
  try {
    return build_plan(request, today);
  } catch (const PastStartError& e) {
    const std::string crash =
        request.tmpl.name == "crash" ? "" : fmt::format(", or --template crash --weeks {}", e.weeks_left());
    throw UsageError(fmt::format("--interview: {}; give --weeks {}{}", e.message(), e.weeks_left(), crash));
  }
}

// Prints what building the plan had to give up, once its output is ready.
void print_notes(const Plan& plan) {
  for (const auto& note : plan.notes) cli::note(note);
}

// The saved plan, or exit 66 saying how to make one (also when there is no database yet).
Plan saved_plan(Store* store) {
  const auto saved = store ? store->current_plan() : std::nullopt;
  if (!saved) throw NoInputError("no plan saved yet: make one with plan init (see plan --help)");
  return plan_from_json(saved->document);
}

// "in 3 days" from `today` to `day`.
std::string days_until(Date today, Date day) {
  const long days = days_since_epoch(day) - days_since_epoch(today);
  return fmt::format("in {} day{}", days, days == 1 ? "" : "s");
}

int run_show_config(const PlanOptions& options) {
  const auto file = config_path();
  const Calendar c = calendar(options, load_config(file));
  quarter_hours("hours", c.hours.value, "a week", 80);
  if (options.day_limit) quarter_hours("day-limit", *options.day_limit, "a day", 24);
  const auto state_file = state(options);
  const auto tmpl = resolve<std::string>(options.tmpl.empty() ? std::nullopt : std::optional(options.tmpl), nullptr,
                                         std::nullopt, std::nullopt, "default");
  std::vector<std::string> days;
  for (const int d : c.days.value) days.push_back(weekday_name(d));
  const auto& interview = c.interview.value;
  cli::show_settings(
      {cli::setting_line("config", file.value.string(), file),
       cli::setting_line("state", state_file.value.string(), state_file, "--state"),
       cli::setting_line("interview", interview ? format_date(*interview) : "", c.interview, "--interview"),
       cli::setting_line("hours", fmt::format("{:g}", c.hours.value), c.hours, "--hours"),
       cli::setting_line("study_days", fmt::format("{}", fmt::join(days, ",")), c.days, "--days"),
       cli::setting_line("at", clock_time(c.at.value), c.at, "--at"),
       cli::setting_line("template", tmpl.value, tmpl, "--template")},
      options.format == "text" || options.format == "json" || options.format == "md" ? options.format : "tsv");
  return 0;
}

int run_preview(const PlanOptions& options) {
  const PlanFormat format = parse_plan_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const Plan plan = build(options, clock.today());
  const std::string out = render_plan(plan, format, style, options.week, calendar_stamp(options));
  print_notes(plan);
  cli::out(out);
  return 0;
}

// Says up to which day qpick now schedules reviews: the saved plan's interview date, unless
// $PREPKIT_INTERVIEW or the settings file names another, which qpick puts first.
void note_interview(const Plan& plan) {
  if (!plan.interview) return;
  const auto in_force = interview_date(std::nullopt, load_config(config_path()));
  if (!in_force.value || *in_force.value == *plan.interview) {
    cli::note(fmt::format("qpick schedules reviews up to the interview on {}", format_date(*plan.interview)));
    return;
  }
  const std::string where = in_force.origin == Origin::environment ? "$PREPKIT_INTERVIEW" : "the settings file";
  cli::note(fmt::format("qpick schedules reviews up to {} from {}, not this plan's {}", format_date(*in_force.value),
                        where, format_date(*plan.interview)));
}

int run_init(const PlanOptions& options) {
  const PlanFormat format = parse_plan_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const auto path = state(options);
  auto store = open_existing_store(path);  // created only once every value has been checked
  const auto refuse = [](const Store::SavedPlan& current) {
    return UsageError(
        fmt::format("a plan is already saved (plan {}, from {}); add --force to replace it, the old one stays "
                    "in plan list",
                    current.id, current.created_at.substr(0, 10)));
  };
  if (const auto current = store ? store->current_plan() : std::nullopt; current && !options.force) {
    throw refuse(*current);
  }
  const Plan plan = build(options, clock.today());
  const std::string out = render_plan(plan, format, style, options.week, calendar_stamp(options));
  if (!store) store = std::make_unique<Store>(path);
  // Checked again as it is saved: another plan init may have saved one meanwhile.
  const auto replace = options.force ? Store::PlanReplace::current : Store::PlanReplace::never;
  if (const auto current = store->save_plan(plan_to_json(plan), replace)) throw refuse(*current);
  print_notes(plan);
  cli::out(out);
  cli::note(fmt::format("saved as the current plan: {} to {}", format_date(plan.start), format_date(plan.end())));
  note_interview(plan);
  return 0;
}

int run_show(const PlanOptions& options) {
  const PlanFormat format = parse_plan_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  if (options.id && *options.id < 1) {
    throw UsageError(fmt::format("--id: expected a plan number from plan list, found {}", *options.id));
  }
  const auto store = open_existing_store(state(options));
  Plan plan;
  if (options.id) {
    const auto plans = store ? store->saved_plans() : std::vector<Store::SavedPlan>{};
    const auto it = std::find_if(plans.begin(), plans.end(), [&](const auto& p) { return p.id == *options.id; });
    if (it == plans.end()) throw NoInputError(fmt::format("no saved plan {} (see plan list)", *options.id));
    plan = plan_from_json(it->document);
  } else {
    plan = saved_plan(store.get());
  }
  cli::out(render_plan(plan, format, style, options.week, calendar_stamp(options)));
  return 0;
}

int run_list(const PlanOptions& options) {
  const Format format = parse_format(options.format);
  const auto store = open_existing_store(state(options));
  Table table{
      {"id", "saved", "state", "start", "end", "weeks", "title"}, {true, false, false, false, false, true, false}, {}};
  for (const auto& saved : store ? store->saved_plans() : std::vector<Store::SavedPlan>{}) {
    std::vector<std::string> row{std::to_string(saved.id), saved.created_at.substr(0, 10),
                                 saved.replaced_at.empty() ? "current" : "replaced " + saved.replaced_at.substr(0, 10)};
    // The list shows every plan, one a newer or older prepkit saved that does not read included.
    try {
      const Plan plan = plan_from_json(saved.document);
      row.insert(row.end(), {format_date(plan.start), format_date(plan.end()), std::to_string(plan.weeks), plan.title});
    } catch (const Error& e) {
      row.insert(row.end(), {"?", "?", "?", fmt::format("(does not read: {})", e.what())});
    }
    table.rows.push_back(std::move(row));
  }
  cli::out(render_table(table, format));
  return 0;
}

// The week `options` names, or the one holding today: the first before the plan starts, the
// last once it is over.
int chosen_week(const PlanOptions& options, const Plan& plan, Date today) {
  if (options.week) {
    if (*options.week < 1 || *options.week > plan.weeks) {
      throw UsageError(fmt::format("week: the plan has weeks 1 to {}, found {}", plan.weeks, *options.week));
    }
    return *options.week;
  }
  if (const auto week = plan.week_of(today)) return *week;
  return days_since_epoch(today) < days_since_epoch(plan.start) ? 1 : plan.weeks;
}

int run_today(const PlanOptions& options) {
  const PlanFormat format = parse_plan_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const auto store = open_existing_store(state(options));
  const Plan plan = saved_plan(store.get());
  const Date today = clock.today();
  const std::string out = render_day(plan, today, format, style, calendar_stamp(options));
  if (format == PlanFormat::text && out.empty()) {
    const auto week = plan.week_of(today);
    if (week) {
      cli::note(fmt::format("no study session today ({}), week {} of {}", format_date(today), *week, plan.weeks));
    } else if (days_since_epoch(today) < days_since_epoch(plan.start)) {
      cli::note(fmt::format("the plan starts on {}, {}", day_label(plan.start), days_until(today, plan.start)));
    } else {
      cli::note(fmt::format("today ({}) is after the plan ({} to {})", format_date(today), format_date(plan.start),
                            format_date(plan.end())));
    }
  }
  cli::out(out);
  return 0;
}

int run_week(const PlanOptions& options) {
  const PlanFormat format = parse_plan_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const auto store = open_existing_store(state(options));
  const Plan plan = saved_plan(store.get());
  const Date today = clock.today();
  const int week = chosen_week(options, plan, today);
  const std::string out = render_plan(plan, format, style, week, calendar_stamp(options));
  if (!options.week && days_since_epoch(today) < days_since_epoch(plan.start)) {
    cli::note(fmt::format("the plan starts on {}, {}; this is its first week", day_label(plan.start),
                          days_until(today, plan.start)));
  }
  cli::out(out);
  return 0;
}

int run_log(const PlanOptions& options) {
  const Clock clock(cli::parse_date_option("--date", options.date));
  if (std::find(all_log_kinds().begin(), all_log_kinds().end(), options.log_kind) == all_log_kinds().end()) {
    throw UsageError(fmt::format("log: expected problem, chapter, mock or design-mock, found '{}'{}", options.log_kind,
                                 did_you_mean(options.log_kind, all_log_kinds())));
  }
  if (options.log_count < 1 || options.log_count > 1000) {
    throw UsageError(fmt::format("log: the count must be from 1 to 1000, found {}", options.log_count));
  }
  Store store(state(options));
  store.add_log({clock.today(), options.log_kind, options.log_count, options.note, ""});
  cli::note(fmt::format("logged {} {}{} on {}", options.log_count, options.log_kind, options.log_count == 1 ? "" : "s",
                        format_date(clock.today())));
  return 0;
}

// What the state database holds that progress counts, from the plan's first day (the report
// adds the practised answers).
ReportRecords records_of(Store& store, const Plan& plan) {
  return {store.plan_log(),   store.grades({plan.start, std::nullopt}),
          store.rehearsals(), store.judge_runs(),
          store.mocks(),      {}};
}

// The line above the progress table: the week, and what the columns count.
std::string progress_heading(const Plan& plan, int week, Date today) {
  const std::string& phase = plan.week_plans[static_cast<std::size_t>(week - 1)].phase;
  if (days_since_epoch(today) < days_since_epoch(plan.start)) {
    return fmt::format("The plan starts on {}, {}. Week {} of {} ({}): due by the end of the week\n",
                       day_label(plan.start), days_until(today, plan.start), week, plan.weeks, phase);
  }
  return fmt::format("Week {} of {} ({}), {}: done, expected by today, due by the end of the week\n", week, plan.weeks,
                     phase, format_date(today));
}

int run_progress(const PlanOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const auto store = open_existing_store(state(options));
  const Plan plan = saved_plan(store.get());
  const int week = chosen_week(options, plan, clock.today());
  // saved_plan found one, so there is a database.
  const ReportRecords records = records_of(*store, plan);
  const auto rows = progress_from(plan, week, clock.today(), records);
  const auto overall = progress_from(plan, plan.weeks, clock.today(), records);
  if (format == Format::json) {
    nlohmann::ordered_json json = {{"week", week},
                                   {"weeks", plan.weeks},
                                   {"start", format_date(plan.start)},
                                   {"date", format_date(clock.today())}};
    nlohmann::ordered_json targets = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      targets.push_back({{"target", rows[i].name},
                         {"done", rows[i].done},
                         {"due", rows[i].due},
                         {"expected_by_today", rows[i].expected},
                         {"status", rows[i].status},
                         {"plan_total", rows[i].total},
                         {"done_overall", overall[i].done}});
    }
    json["targets"] = targets;
    cli::out(json.dump(2) + "\n");
    return 0;
  }
  Table table{{"target", "done", "expected", "due", "status", "plan"}, {false, true, true, true, false, true}, {}};
  if (format == Format::text) table.rows.push_back(table.columns);
  for (const auto& r : rows) {
    table.rows.push_back({r.name, std::to_string(r.done), std::to_string(r.expected), std::to_string(r.due), r.status,
                          std::to_string(r.total)});
  }
  // The whole plan's target: done so far and, as a bar in text, the mark where the plan expects it by today.
  const int cells = format == Format::text ? bar_cells(table_width(table), style) : 0;
  table.columns.push_back("progress");
  table.numeric.push_back(false);
  if (format == Format::text) table.rows.front().push_back("");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const std::string bar = paint(progress_bar(overall[i].done, overall[i].expected, r.total, cells, style),
                                  r.status == "behind" ? ansi::yellow : ansi::green, style);
    table.rows[table.rows.size() - rows.size() + i].push_back(
        format == Format::text ? bar : fmt::format("{}/{}", overall[i].done, r.total));
  }
  if (format == Format::text) cli::out(progress_heading(plan, week, clock.today()));
  cli::out(render_table(table, format));
  if (format == Format::text) {
    // The burn-up: all targets together, done by the end of each week so far against what was due.
    std::vector<double> done;
    std::vector<double> due(static_cast<std::size_t>(plan.weeks));
    double total = 0;
    for (const auto& b : plan_burnup(plan, clock.today(), records)) {
      total += b.total;
      done.resize(b.done.size());
      for (std::size_t w = 0; w < b.done.size(); ++w) done[w] += b.done[w];
      for (std::size_t w = 0; w < b.due.size(); ++w) due[w] += b.due[w];
    }
    const auto today_week = plan.week_of(clock.today());
    if (total > 0 && (today_week || days_since_epoch(clock.today()) > days_since_epoch(plan.end()))) {
      cli::out(fmt::format("burn-up by week: done {}\n                 due  {}\n",
                           paint(sparkline(done, total, style), ansi::green, style),
                           paint(sparkline(due, total, style), ansi::dim, style)));
    }
  }
  return 0;
}

// The report `options` ask for: the page, or one chart alone.
int run_report(const PlanOptions& options, bool format_given) {
  const bool svg = options.chart || (format_given && options.format == "svg");
  if (format_given && options.format != "html" && options.format != "svg") {
    throw UsageError(fmt::format("--format: plan report writes html or svg, found '{}'", options.format));
  }
  if (svg && !options.chart) {
    throw UsageError("--chart: --format svg draws one chart: burnup, heatmap, split or rehearsals");
  }
  if (options.chart && format_given && options.format == "html") {
    throw UsageError("--chart: a chart alone is an SVG file; give --format svg or leave --format out");
  }
  // Checked before the database is read; burnup stands for "no chart" and is never drawn then.
  const ReportChart chart = options.chart ? parse_report_chart(*options.chart) : ReportChart::burnup;
  // The page goes into a folder that exists: a mistyped folder is not made for it.
  const std::filesystem::path output = options.output;
  if (!output.empty() && output.has_parent_path() && !std::filesystem::is_directory(output.parent_path())) {
    throw CantCreateError(
        fmt::format("cannot create {}: no folder {}", output.string(), output.parent_path().string()));
  }
  if (std::filesystem::is_directory(output)) {
    throw CantCreateError(fmt::format("cannot create {}: a folder is in the way", output.string()));
  }
  const Clock clock(cli::parse_date_option("--date", options.date));
  const auto store = open_existing_store(state(options));
  const Plan plan = saved_plan(store.get());
  const int week = chosen_week(options, plan, clock.today());
  ReportRecords records = records_of(*store, plan);
  records.attempts = store->attempts();
  const Report report = build_report(plan, week, clock.today(), records);
  const std::string out = options.chart ? report_svg(report, chart) : report_html(report);
  if (options.output.empty()) {
    cli::out(out);
  } else {
    write_file_atomically(options.output, out);
    cli::note(fmt::format("wrote {}", options.output));
  }
  return 0;
}

// Adds the options that shape a plan to `command`.
void add_build_options(CLI::App* command, PlanOptions& options) {
  command->add_option("--start", options.start, "First day of the plan (YYYY-MM-DD; default today)");
  command->add_option("--interview", options.interview, "The interview date: the plan ends the day before");
  command->add_option("--weeks", options.weeks, "Weeks of study, 2 to 26 (default: the template's)");
  command->add_option("--hours", options.hours, "Hours of study a week, in steps of 0.25 (default 10)");
  command->add_option("--day-limit", options.day_limit, "Hours of study a day at most (default 6)");
  command->add_option("--days", options.days, "Study days (default mon,wed,fri,sat)");
  command->add_option("--at", options.at, "When sessions start, HH:MM (default 19:00)");
  command->add_option("--template", options.tmpl, "A bundled template (default, crash, twelve) or a YAML file");
}

int plan(int argc, char** argv) {
  PlanOptions options;
  CLI::App app{"The study schedule, its weight split, a calendar to import, and progress against it.", "plan"};
  app.set_version_flag("--version", cli::version_line("plan"), "Print the version and exit");
  app.fallthrough();
  app.require_subcommand(0, 1);
  add_build_options(&app, options);
  app.add_option("--week", options.week, "One week of the plan: the only one shown, or the one progress reports");
  app.add_option("--format", options.format, "Output format: text, md, json, csv or ics (report: html or svg)");
  app.add_option("--color", options.color, "Colour: auto, always or never");
  app.add_flag("--ascii", options.ascii, "Draw with ASCII only, as outside a UTF-8 locale");
  app.add_option("--date", options.date, "Treat this day (YYYY-MM-DD) as today");
  app.add_option("--state", options.state, "The state database (default $XDG_STATE_HOME/prepkit/prepkit.db)");
  app.add_flag("--show-config", options.show_config, "Print the settings in force and where each comes from");

  CLI::App* init = app.add_subcommand("init", "Build the plan and save it as the current one");
  init->add_flag("--force", options.force, "Replace the current plan (it stays in plan list)");
  CLI::App* show = app.add_subcommand("show", "Print the saved plan");
  show->add_option("--id", options.id, "A plan from plan list instead of the current one");
  CLI::App* list = app.add_subcommand("list", "List saved plans, the current and the replaced");
  CLI::App* today = app.add_subcommand("today", "Today's sessions from the saved plan");
  CLI::App* week = app.add_subcommand("week", "This week's sessions from the saved plan");
  week->add_option("number", options.week, "Another week of the plan");
  CLI::App* log = app.add_subcommand("log", "Record work: problem, chapter, mock or design-mock");
  log->add_option("kind", options.log_kind, "problem, chapter, mock or design-mock")->required();
  log->add_option("count", options.log_count, "How many (default 1)");
  log->add_option("--note", options.note, "A note to keep with the entry");
  CLI::App* progress = app.add_subcommand("progress", "Each target: done, due and whether you are on track");
  CLI::App* report = app.add_subcommand("report", "A page of charts on the week's progress (HTML), or one chart (SVG)");
  report->add_option("-o,--output", options.output, "Write the page to this file instead of standard output");
  report->add_option("--chart", options.chart, "One chart alone as SVG: burnup, heatmap, split or rehearsals");

  std::vector<std::string> builds = {"--start",     "--interview", "--weeks", "--hours",
                                     "--day-limit", "--days",      "--at",    "--template"};
  builds.insert(builds.end(), {"--week", "--format", "--color", "--ascii", "--date", "--state"});
  cli::finish_help(
      app, kExamples,
      {{"init", builds,
        "Examples:\n  plan init --interview 2027-02-01 --hours 12\n  plan init --template crash --force\n"},
       {"show",
        {"--week", "--format", "--color", "--ascii", "--state"},
        "Examples:\n  plan show --format ics > prep.ics\n"},
       {"list", {"--format", "--state"}, "Examples:\n  plan list\n"},
       {"today", {"--format", "--color", "--ascii", "--date", "--state"}, "Examples:\n  plan today\n"},
       {"week", {"--format", "--color", "--ascii", "--date", "--state"}, "Examples:\n  plan week 3 --format md\n"},
       {"log", {"--date", "--state"}, "Examples:\n  plan log problem 3 --note \"two pointers\"\n"},
       {"progress",
        {"--week", "--format", "--color", "--ascii", "--date", "--state"},
        "Examples:\n  plan progress --week 2\n"},
       {"report",
        {"--week", "--format", "--date", "--state"},
        "Examples:\n  plan report -o week.html\n  plan report --format svg --chart burnup > burnup.svg\n"}});
  if (const auto status = cli::parse(app, argc, argv)) return *status;
  cli::refuse_empty(app, {{"--start", "a date as YYYY-MM-DD"},
                          {"--interview", "a date as YYYY-MM-DD"},
                          {"--date", "a date as YYYY-MM-DD"},
                          {"--days", "days such as mon,wed,sat"},
                          {"--at", "a time as HH:MM"},
                          {"--template", "a template's name or a YAML file"},
                          {"--state", "a file"},
                          {"--output", "a file"},
                          {"--chart", "a chart: burnup, heatmap, split or rehearsals"}});
  if (options.show_config) return run_show_config(options);
  if (init->parsed()) return run_init(options);
  if (show->parsed()) return run_show(options);
  if (list->parsed()) return run_list(options);
  if (today->parsed()) return run_today(options);
  if (week->parsed()) return run_week(options);
  if (log->parsed()) return run_log(options);
  if (progress->parsed()) return run_progress(options);
  if (report->parsed()) return run_report(options, app.get_option("--format")->count() > 0);
  return run_preview(options);
}

}  // namespace

int plan_main(int argc, char** argv) {
  return cli::run("plan", [&] { return plan(argc, argv); });
}
