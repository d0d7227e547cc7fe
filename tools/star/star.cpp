#include "star.h"
#include "rehearsal_screen.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/config.h"
#include "base/diagnostic.h"
#include "base/editor.h"
#include "base/error.h"
#include "base/files.h"
#include "base/lines.h"
#include "base/paths.h"
#include "base/suggest.h"
#include "common/cli.h"
#include "common/live.h"
#include "output/style.h"
#include "output/table.h"
#include "star/rehearsal.h"
#include "star/speech.h"
#include "star/story.h"
#include "star/story_check.h"
#include "star/story_folder.h"
#include "star/story_render.h"
#include "state/store.h"

namespace {

using namespace prepkit;

// Everything star's command line can say.
struct StarOptions {
  std::string dir;
  std::string state;
  std::string format = "text";
  bool show_config = false;
  std::string color = "auto";
  bool ascii = false;  // --ascii: no character beyond ASCII
  std::string date;
  std::optional<int> rate;  // none: the config's speaking_rate, else the default
  std::string title;
  std::string theme;
  std::string target;
  bool edit = false;
  std::string story;
  std::vector<std::string> stories;
  bool no_tty = false;
  std::vector<std::string> tags;
  bool title_given = false;
  bool theme_given = false;
  bool target_given = false;
  bool tags_given = false;
};

const char* const kExamples = R"(Examples:
  star init                          scaffold the three stories a behavioural round asks for
  star new "Cut checkout p95 in half" --theme performance --edit
  star time cut-checkout             rehearse aloud against the clock, part by part
)";

// The settings a run works with: the settings file, where the notes are, and the speaking rate.
struct Settings {
  Resolved<std::filesystem::path> file;
  Resolved<std::filesystem::path> dir;
  Resolved<int> rate;
};

Settings settings(const StarOptions& options) {
  if (options.rate && (*options.rate < kMinSpeakingRate || *options.rate > kMaxSpeakingRate)) {
    throw UsageError(fmt::format("--rate: expected words a minute from {} to {}, found {}", kMinSpeakingRate,
                                 kMaxSpeakingRate, *options.rate));
  }
  Settings result;
  result.file = config_path();
  const Config config = load_config(result.file);
  result.dir = stories_dir(options.dir, config.stories);
  result.rate = resolve<int>(options.rate, nullptr, std::nullopt, config.speaking_rate, kDefaultSpeakingRate);
  return result;
}

// The rehearsals recorded so far, without creating a state database that does not exist yet.
std::vector<RehearsalRecord> recorded_rehearsals(const StarOptions& options,
                                                 const std::optional<std::string>& story = std::nullopt) {
  const auto store = open_existing_store(state_path(options.state));
  return store ? store->rehearsals(story) : std::vector<RehearsalRecord>{};
}

// Saves `record` and says which rehearsal of its story it was.
void record_rehearsal(const StarOptions& options, const RehearsalRecord& record) {
  Store store(state_path(options.state));
  store.add_rehearsal(record);
  const auto count = store.rehearsals(record.story).size();
  cli::note(fmt::format("recorded rehearsal {} of {}{}", count, record.story,
                        record.outcome == Outcome::completed ? "" : ", as aborted"));
}

int parse_target(const std::string& text) {
  const auto seconds = parse_duration(text);
  if (!seconds || *seconds < kMinTargetSeconds || *seconds > kMaxTargetSeconds) {
    throw UsageError(fmt::format(
        "--target: expected seconds (such as 150) or minutes and seconds (such as 2:30), from {} to {}; found '{}'",
        format_duration(kMinTargetSeconds), format_duration(kMaxTargetSeconds), text));
  }
  return static_cast<int>(*seconds);
}

std::vector<std::string> theme_ids() {
  std::vector<std::string> ids;
  for (const auto& theme : recommended_themes()) ids.emplace_back(theme.id);
  return ids;
}

// A --theme value: one word in lower case. Warns about one close to, but not, a recommended theme.
std::string checked_theme(const std::string& theme) {
  if (theme.empty()) return theme;
  if (slugify(theme) != theme) {
    throw UsageError(fmt::format(
        "--theme: expected one word in lower case, such as reliability, conflict or performance; found '{}'", theme));
  }
  const auto ids = theme_ids();
  if (std::find(ids.begin(), ids.end(), theme) == ids.end()) {
    const std::string hint = did_you_mean(theme, ids);
    if (!hint.empty()) cli::note(fmt::format("theme '{}' is not a recommended theme{}", theme, hint));
  }
  return theme;
}

std::string checked_title(const std::string& title) {
  const auto first = title.find_first_not_of(" \t");
  if (first == std::string::npos) throw UsageError("the title is empty");
  if (title.find_first_of("\r\n") != std::string::npos) throw UsageError("the title must be a single line");
  if (title.size() > 200) throw UsageError("the title is longer than 200 bytes");
  return title.substr(first, title.find_last_not_of(" \t") - first + 1);
}

// A remark after editing a note: how long it is now, or why it does not read.
void summarise(const StoryFile& file, int rate) {
  try {
    const StoryNote note = read_story(file);
    const StoryCheck check = check_story(note, rate);
    std::string remark = fmt::format("{}: {} words, about {} to say (target {})", file.slug, check.total_words,
                                     format_duration(check.predicted_seconds), format_duration(note.target_seconds));
    if (!check.findings.empty()) {
      remark += fmt::format("; star check {} lists {} finding{}", file.slug, check.findings.size(),
                            check.findings.size() == 1 ? "" : "s");
    }
    cli::note(remark);
  } catch (const DiagnosticError& e) {
    cli::note(fmt::format("warning: {}", e.what()));
  }
}

int run_new(const StarOptions& options) {
  const Settings config = settings(options);
  const Clock clock(cli::parse_date_option("--date", options.date));
  NewStory story;
  story.title = checked_title(options.title);
  story.theme = checked_theme(options.theme);
  story.target_seconds = options.target.empty() ? kDefaultTargetSeconds : parse_target(options.target);
  story.created = clock.today();
  const auto path = create_story(config.dir, story);
  cli::out(path.string() + "\n");
  if (options.edit) {
    std::fflush(stdout);
    run_editor(editor_command(), path);
    summarise({path.stem().string(), path}, config.rate);
  }
  return 0;
}

int run_init(const StarOptions& options) {
  const Settings config = settings(options);
  const Clock clock(cli::parse_date_option("--date", options.date));
  std::set<std::string> themes;
  for (const auto& file : list_stories(config.dir)) {
    try {
      std::string theme = read_story(file).theme;
      for (char& c : theme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      themes.insert(theme);
    } catch (const Error&) {
      // A note that does not read tells nothing of its theme; star check reports it.
    }
  }
  int missing = 0;
  for (const auto& theme : recommended_themes()) {
    if (themes.count(std::string(theme.id))) continue;
    ++missing;
    const auto path = config.dir / (slugify(theme.title) + ".md");
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      cli::note(fmt::format("{} exists but its theme is not {}: left as it is", path.string(), theme.id));
      continue;
    }
    cli::out(create_story(config.dir,
                          {std::string(theme.title), std::string(theme.id), kDefaultTargetSeconds, clock.today()})
                 .string() +
             "\n");
  }
  if (missing == 0)
    cli::note("there is a story for each recommended theme already (reliability, conflict, performance)");
  return 0;
}

// Tells the user there is nothing to show yet, and how to start.
void no_stories_yet(const std::filesystem::path& dir) {
  cli::note(fmt::format("no stories in {} yet: star init scaffolds the three recommended ones", dir.string()));
}

int run_list(const StarOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Settings config = settings(options);
  const auto files = list_stories(config.dir);
  if (files.empty()) no_stories_yet(config.dir);
  const auto rehearsals = files.empty() ? std::vector<RehearsalRecord>{} : recorded_rehearsals(options);
  std::vector<StoryListing> listings;
  int status = 0;
  for (const auto& file : files) {
    try {
      StoryNote note = read_story(file);
      StoryCheck check = check_story(note, config.rate);
      listings.push_back({file, std::move(note), std::move(check), story_stats(file.slug, rehearsals)});
    } catch (const Error& e) {
      cli::note(fmt::format("error: {}", e.what()));
      if (status == 0) status = static_cast<int>(e.code());
    }
  }
  if (!listings.empty() || format != Format::text) cli::out(render_story_list(listings, format, style));
  return status;
}

int run_show(const StarOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Settings config = settings(options);
  const StoryFile file = find_story(config.dir, options.story);
  const std::string raw = read_file(file.path.string(), kMaxStoryBytes);
  const StoryNote note = parse_story(raw, file.path.string(), title_from_slug(file.slug));
  cli::out(render_story(file, note, check_story(note, config.rate), raw, format, style));
  return 0;
}

int run_edit(const StarOptions& options) {
  const Settings config = settings(options);
  const StoryFile file = find_story(config.dir, options.story);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file.path, ec)) {
    throw NoInputError(fmt::format("cannot open {}: no such note", file.path.string()));
  }
  run_editor(editor_command(), file.path);
  summarise(file, config.rate);
  return 0;
}

int run_check(const StarOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Settings config = settings(options);
  std::vector<StoryFile> files;
  if (options.stories.empty()) {
    files = list_stories(config.dir);
    if (files.empty()) {
      no_stories_yet(config.dir);
      if (format != Format::text) cli::out(render_checks({}, format, style));
      return 0;
    }
  } else {
    for (const auto& name : options.stories) files.push_back(find_story(config.dir, name));
  }
  std::vector<CheckedStory> checked;
  std::size_t findings = 0;
  for (const auto& file : files) {
    CheckedStory entry{file, std::nullopt, {}};
    try {
      entry.note = read_story(file);
      entry.check = check_story(*entry.note, config.rate);
    } catch (const DiagnosticError& e) {
      entry.check.findings.push_back({"unreadable", e.diagnostic()});
    }
    findings += entry.check.findings.size();
    checked.push_back(std::move(entry));
  }
  cli::out(render_checks(checked, format, style));
  // The count below must not claim success for a report that could not be written.
  if (std::fflush(stdout) != 0 && errno != EPIPE) {
    throw IoError(system_message("cannot write to standard output", errno));
  }
  cli::note(
      fmt::format("{} stor{}, {}", checked.size(), checked.size() == 1 ? "y" : "ies",
                  findings == 0 ? "no findings" : fmt::format("{} finding{}", findings, findings == 1 ? "" : "s")));
  return findings == 0 ? 0 : static_cast<int>(ExitCode::check_failed);
}

int run_time(const StarOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Settings config = settings(options);
  const Clock clock(cli::parse_date_option("--date", options.date));
  const bool live_mode = !options.no_tty && live::available();
  const bool live_color = live_mode && live::use_color(options.color);
  const StoryFile file = find_story(config.dir, options.story);
  const StoryNote note = read_story(file);
  const StoryCheck check = check_story(note, config.rate);

  const auto started = std::chrono::system_clock::now();
  if (live_mode) {
    PhaseTimer timer(4, live::now_ms());
    const RehearsalScreen screen{note.title, note.target_seconds, check.seconds, live_color, style.unicode};
    const live::Ending ending = live::run(timer, [&](long now, bool suspended, std::size_t width) {
      return draw_rehearsal(timer, screen, now, suspended, width);
    });
    if (ending.interrupted) {
      cli::note("interrupted: the rehearsal was not recorded");
      return live::end_by(ending.signal);
    }
    const RehearsalRecord record = make_rehearsal(file.slug, clock.today(), started, timer, note.target_seconds,
                                                  static_cast<int>(check.total_words));
    cli::out(render_rehearsal(record, check, format, style));
    std::fflush(stdout);
    record_rehearsal(options, record);
    return 0;
  }

  PhaseTimer timer(4, 0);
  live::LineInput input;
  const auto announce = [&](std::size_t part) {
    cli::note(fmt::format("{}, about {}", part_name(kParts[part]), format_duration(check.seconds[part])));
  };
  if (!live::run_lines(timer, input, announce, "part")) {
    throw DataError(
        fmt::format("standard input ended during the {}: the rehearsal was not recorded (a line q stops "
                    "it and records it as aborted)",
                    part_name(kParts[timer.phase()])));
  }
  const RehearsalRecord record = make_rehearsal(file.slug, clock.today(), started, timer, note.target_seconds,
                                                static_cast<int>(check.total_words));
  cli::out(render_rehearsal(record, check, format, style));
  record_rehearsal(options, record);
  return 0;
}

int run_stats(const StarOptions& options) {
  const Format format = parse_format(options.format);
  const Style style = cli::text_style(options.color, options.ascii);
  const Settings config = settings(options);
  if (!options.story.empty()) {
    std::string slug;
    try {
      slug = find_story(config.dir, options.story).slug;
    } catch (const NoInputError&) {
      // A note that is gone keeps its rehearsals, under its slug.
      if (recorded_rehearsals(options, options.story).empty()) throw;
      slug = options.story;
    }
    const auto rehearsals = recorded_rehearsals(options, slug);
    if (rehearsals.empty()) cli::note(fmt::format("{} has no rehearsals yet: star time {} times one", slug, slug));
    cli::out(render_story_rehearsals(story_stats(slug, rehearsals), rehearsals, format, style));
    return 0;
  }
  const auto rehearsals = recorded_rehearsals(options);
  std::set<std::string> stories;
  for (const auto& r : rehearsals) stories.insert(r.story);
  for (const auto& file : list_stories(config.dir)) stories.insert(file.slug);
  std::vector<RehearsalStats> stats;
  for (const auto& story : stories) stats.push_back(story_stats(story, rehearsals));
  if (rehearsals.empty()) cli::note("no rehearsals yet: star time STORY times one");
  if (!stats.empty() || format != Format::text) cli::out(render_rehearsal_stats(stats, format, style));
  return 0;
}

// A tag as an item of a YAML flow list.
std::string flow_item(const std::string& tag) {
  std::string item = yaml_scalar(tag);
  if (item.front() != '"' && item.find_first_of("[]{}") != std::string::npos) item = "\"" + item + "\"";
  return item;
}

int run_set(const StarOptions& options) {
  const Settings config = settings(options);
  const StoryFile file = find_story(config.dir, options.story);
  std::vector<FrontMatterChange> changes;
  if (options.title_given) changes.push_back({"title", yaml_scalar(checked_title(options.title))});
  if (options.theme_given) {
    const std::string theme = checked_theme(options.theme);
    changes.push_back({"theme", theme.empty() ? "" : yaml_scalar(theme)});
  }
  if (options.target_given) changes.push_back({"target", std::to_string(parse_target(options.target))});
  if (options.tags_given) {
    std::vector<std::string> items;
    for (const auto& tag : options.tags) {
      const auto first = tag.find_first_not_of(" \t");
      if (first == std::string::npos) continue;
      items.push_back(flow_item(tag.substr(first, tag.find_last_not_of(" \t") - first + 1)));
    }
    changes.push_back({"tags", fmt::format("[{}]", fmt::join(items, ", "))});
  }
  if (changes.empty()) throw UsageError("set: nothing to change (give --title, --theme, --target or --tags)");
  rewrite_front_matter(file, changes);
  std::vector<std::string> what;
  for (const auto& change : changes) what.push_back(change.key);
  cli::note(fmt::format("updated {} in {}", fmt::join(what, ", "), file.path.string()));
  return 0;
}

int star(int argc, char** argv) {
  StarOptions options;
  CLI::App app{"STAR story notes for behavioural interviews: scaffold them, check them, time them aloud.", "star"};
  app.set_version_flag("--version", cli::version_line("star"), "Print the version and exit");
  app.fallthrough();
  app.require_subcommand(0, 1);

  app.add_option("--dir", options.dir, "The stories folder (default $XDG_DATA_HOME/prepkit/stories)");
  app.add_option("--rate", options.rate, "Speaking rate for predictions, in words a minute (default 150)");
  app.add_option("--format", options.format, "Output format: text, json, tsv or md");
  app.add_option("--color", options.color, "Colour: auto, always or never");
  app.add_flag("--ascii", options.ascii, "Draw with ASCII only, as outside a UTF-8 locale");
  app.add_option("--date", options.date, "Treat this day (YYYY-MM-DD) as today");
  app.add_option("--state", options.state, "The state database (default $XDG_STATE_HOME/prepkit/prepkit.db)");
  app.add_flag("--show-config", options.show_config, "Print the settings in force and where each comes from");

  CLI::App* create = app.add_subcommand("new", "Scaffold a new story note named after its title");
  create->add_option("title", options.title, "The story's title")->required();
  create->add_option("--theme", options.theme, "Its theme: reliability, conflict, performance, or your own word");
  create->add_option("--target", options.target, "Spoken-time target, as 150 or 2:30 (default 3:00)");
  create->add_flag("--edit", options.edit, "Open the new note in $VISUAL or $EDITOR");
  CLI::App* init = app.add_subcommand("init", "Scaffold the three recommended stories that are missing");
  CLI::App* list = app.add_subcommand("list", "List the stories: words, spoken time, rehearsals, best and last time");
  CLI::App* show = app.add_subcommand("show", "Print one story for reading");
  show->add_option("story", options.story, "A slug, a unique prefix of one, or a path")->required();
  CLI::App* edit = app.add_subcommand("edit", "Open a story in $VISUAL or $EDITOR");
  edit->add_option("story", options.story, "A slug, a unique prefix of one, or a path")->required();
  CLI::App* check = app.add_subcommand("check", "Count words, predict spoken time, report findings (exit 1 if any)");
  check->add_option("stories", options.stories, "Stories to check (default: all)");
  CLI::App* time = app.add_subcommand("time", "Rehearse a story aloud against the clock and record the times");
  time->add_option("story", options.story, "A slug, a unique prefix of one, or a path")->required();
  time->add_flag("--no-tty", options.no_tty, "Read one line per part from standard input instead of keys");
  CLI::App* stats = app.add_subcommand("stats", "Rehearsals per story: median, best, trend, how often under target");
  stats->add_option("story", options.story, "Only this story, with every rehearsal of it");
  CLI::App* set = app.add_subcommand("set", "Change a story's title, theme, target or tags in its front matter");
  set->add_option("story", options.story, "A slug, a unique prefix of one, or a path")->required();
  CLI::Option* title = set->add_option("--title", options.title, "The new title (the file keeps its name)");
  CLI::Option* theme = set->add_option("--theme", options.theme, "The new theme ('' for none)");
  CLI::Option* target = set->add_option("--target", options.target, "The new target, as 150 or 2:30");
  CLI::Option* tags = set->add_option("--tags", options.tags, "The new tags, comma-separated ('' for none)")
                          ->delimiter(',')
                          ->allow_extra_args(false);

  cli::finish_help(
      app, kExamples,
      {{"new",
        {"--dir", "--rate", "--date"},
        "Examples:\n  star new \"Moved billing to Postgres\" --theme conflict --target 2:30\n"},
       {"init", {"--dir", "--date"}, "Examples:\n  star init --dir ~/notes/stories\n"},
       {"list",
        {"--dir", "--rate", "--format", "--color", "--ascii", "--state"},
        "Examples:\n  star list --format json | jq -r '.[].story'\n"},
       {"show", {"--dir", "--rate", "--format", "--color", "--ascii"}, "Examples:\n  star show cut --format md\n"},
       {"edit", {"--dir", "--rate"}, "Examples:\n  star edit payments-outage\n"},
       {"check", {"--dir", "--rate", "--format", "--color", "--ascii"}, "Examples:\n  star check --format tsv\n"},
       {"time",
        {"--dir", "--rate", "--format", "--color", "--ascii", "--date", "--state"},
        "Examples:\n  star time cut-checkout\n  printf '1:10\\n0:20\\n1:05\\n0:30\\n' | star time cut --no-tty\n"},
       {"stats", {"--dir", "--format", "--color", "--ascii", "--state"}, "Examples:\n  star stats cut-checkout\n"},
       {"set", {"--dir"}, "Examples:\n  star set cut --target 2:30 --tags latency,checkout\n"}});
  if (const auto status = cli::parse(app, argc, argv)) return *status;
  cli::refuse_empty(app, {{"--date", "a date as YYYY-MM-DD"}, {"--state", "a file"}, {"--dir", "a folder"}});
  options.title_given = title->count() > 0;
  options.theme_given = theme->count() > 0;
  options.target_given = target->count() > 0;
  options.tags_given = tags->count() > 0;
  if (options.show_config) {
    const Settings in_force = settings(options);
    const auto state = state_path(options.state);
    cli::show_settings(
        {cli::setting_line("config", in_force.file.value.string(), in_force.file),
         cli::setting_line("stories", in_force.dir.value.string(), in_force.dir, "--dir"),
         cli::setting_line("speaking_rate", std::to_string(in_force.rate.value), in_force.rate, "--rate"),
         cli::setting_line("state", state.value.string(), state, "--state")},
        options.format);
    return 0;
  }
  if (app.get_subcommands().empty()) throw UsageError("A subcommand is required (see star --help)");
  if (create->parsed()) return run_new(options);
  if (init->parsed()) return run_init(options);
  if (list->parsed()) return run_list(options);
  if (show->parsed()) return run_show(options);
  if (edit->parsed()) return run_edit(options);
  if (check->parsed()) return run_check(options);
  if (time->parsed()) return run_time(options);
  if (stats->parsed()) return run_stats(options);
  return run_set(options);
}

}  // namespace

int star_main(int argc, char** argv) {
  return cli::run("star", [&] { return star(argc, argv); });
}
