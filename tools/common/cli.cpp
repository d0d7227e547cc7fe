#include "common/cli.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <new>
#include <system_error>

#include <fmt/format.h>

#include "base/error.h"
#include "base/lines.h"
#include "base/paths.h"
#include "base/suggest.h"
#include "prepkit_version.h"

namespace prepkit::cli {

namespace {

std::string g_program = "prepkit";  // set once by run(), for note()

// Thrown when standard output has gone away (EPIPE): the program ends quietly.
struct OutputClosed {};

[[noreturn]] void output_failed(int errnum) {
  if (errnum == EPIPE) throw OutputClosed{};
  throw IoError(system_message("cannot write to standard output", errnum));
}

// Every message goes out as one short line: any long input it quotes is cut to an excerpt.
void error_line(std::string_view message) {
  std::fputs(fmt::format("{}: error: {}\n", g_program, printable(excerpt_quoted(message))).c_str(), stderr);
}

std::string trimmed(std::string message) {
  if (!message.empty() && message.back() == '\n') message.pop_back();
  return message;
}

// Every long option ("--name") of `app` and of its commands, for suggestions.
std::vector<std::string> long_options(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
  }
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    for (const auto& name : long_options(*command)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// The option named `name` ("--count") of `app` or of one of its commands, if any.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  if (const CLI::Option* option = app.get_option_no_throw(name)) return option;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (const CLI::Option* option = find_option(*command, name)) return option;
  }
  return nullptr;
}

// What an option of `app` named `name` takes, in words: "a whole number" for CLI11's INT.
std::string expected_value(const CLI::App& app, const std::string& name) {
  const CLI::Option* option = find_option(app, name);
  if (option && option->get_expected_max() == 0) return "true or false, or no value (it is a flag)";
  const std::string type = option ? option->get_type_name() : "";
  if (type == "INT" || type == "UINT") return "a whole number";
  if (type == "FLOAT") return "a number";
  return "a value";
}

// CLI11's message for a rejected command line, said the way prepkit's own messages are: the
// option first, then what was expected and what was found. Shapes it does not know pass as they are.
std::string plain_parse_error(const CLI::App& app, std::string message) {
  message = trimmed(std::move(message));
  const auto starts = [&](std::string_view prefix) { return message.rfind(prefix, 0) == 0; };
  const auto ends = [&](std::string_view suffix) {
    return message.size() >= suffix.size() &&
           message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (starts("Could not convert: ")) {  // "Could not convert: --count = many"
    const std::string rest = message.substr(19);
    const auto equals = rest.find(" = ");
    if (equals != std::string::npos) {
      const std::string name = rest.substr(0, equals);
      return fmt::format("{}: expected {}, found '{}'", name, expected_value(app, name),
                         excerpt(rest.substr(equals + 3)));
    }
  }
  if (ends(" missing") && message.find(": ") != std::string::npos) {  // "--count: 1 required INT missing"
    const std::string name = message.substr(0, message.find(": "));
    return fmt::format("{}: expected {} after it, found nothing", name, expected_value(app, name));
  }
  if (message.find(": At Most ") != std::string::npos) {  // "--count: At Most 1 required but received 2"
    return fmt::format("{}: given more than once", message.substr(0, message.find(": ")));
  }
  for (const std::string_view prefix :
       {"The following argument was not expected: ", "The following arguments were not expected: "}) {
    if (starts(prefix)) return fmt::format("unexpected argument '{}'", excerpt(message.substr(prefix.size())));
  }
  return message;
}

// The flag that gives `field`: the one `flags` names, else "--" and the field's name.
std::string flag_for(const std::string& field, FlagNames flags) {
  for (const auto& [name, flag] : flags) {
    if (name == field) return std::string(flag);
  }
  return "--" + field;
}

// For an option of a command given before any command (`plan --id 1 show`, `plan --id 1`), the
// line that says where it goes; else nothing.
std::optional<std::string> misplaced_option(const CLI::App& app, int argc, char** argv) {
  const auto commands = app.get_subcommands({});
  const auto is_command = [&](const char* word) {
    return std::any_of(commands.begin(), commands.end(), [&](const CLI::App* c) { return c->get_name() == word; });
  };
  for (int i = 1; i < argc && !is_command(argv[i]); ++i) {
    const std::string word = std::string(argv[i]).substr(0, std::string_view(argv[i]).find('='));
    if (word.rfind("--", 0) != 0 || word == "--" || app.get_option_no_throw(word)) continue;
    std::vector<std::string> owners;
    for (const CLI::App* command : commands) {
      if (command->get_option_no_throw(word)) owners.push_back(app.get_name() + " " + command->get_name());
    }
    if (owners.empty()) continue;
    return fmt::format("{} belongs to {}: give it after the command ({} {} ...)", word, fmt::join(owners, " and "),
                       owners.front(), word);
  }
  return std::nullopt;
}

// The program options each finished command takes, by command: what parse() checks.
std::map<const CLI::App*, std::vector<std::string>> g_shared;

// The first long name of `option` ("--count" for -n,--count), else its short one, else (for a
// positional) its name.
std::string long_name(const CLI::Option& option) {
  if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
  if (!option.get_snames().empty()) return "-" + option.get_snames().front();
  return option.get_name();
}

// "Manual: man qpick", named as the program was run when that name ends in the program's (so an
// installed prefix such as pk- is kept).
std::string manual_line(const CLI::App& app) {
  const std::string_view invoked = program_invocation_short_name;
  const std::string& name = app.get_name();
  const bool prefixed = invoked.size() >= name.size() && invoked.substr(invoked.size() - name.size()) == name;
  return fmt::format("Manual: man {}", prefixed ? invoked : std::string_view(name));
}

// `PROGRAM help [COMMAND]` as `PROGRAM [COMMAND] --help`; other command lines as they are.
std::vector<char*> help_as_flag(const CLI::App& app, int argc, char** argv) {
  static char help_flag[] = "--help";
  std::vector<char*> args(argv, argv + argc);
  if (argc < 2 || std::string_view(argv[1]) != "help") return args;
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
  if (argc > 3) {
    const std::vector<std::string> words(argv + 2, argv + argc);
    throw UsageError(fmt::format("help: expected one command at most, found '{}'",
                                 excerpt(fmt::format("{}", fmt::join(words, " ")))));
  }
  if (argc == 3 && std::find(names.begin(), names.end(), argv[2]) == names.end()) {
    throw UsageError(fmt::format("help: unknown command '{}'{} (expected one of: {})", excerpt(argv[2]),
                                 did_you_mean(argv[2], names), fmt::join(names, ", ")));
  }
  args.erase(args.begin() + 1);
  args.push_back(help_flag);
  return args;
}

// Refuses a program option given beside a finished command that does not take it.
void check_shared(const CLI::App& app) {
  const auto chosen = app.get_subcommands();
  if (chosen.empty()) return;
  const auto it = g_shared.find(chosen.front());
  if (it == g_shared.end()) return;
  for (const CLI::Option* option : app.get_options()) {
    if (option->count() == 0 || option->get_positional()) continue;
    const std::string name = long_name(*option);
    if (name == "--help" || name == "--version") continue;
    if (std::find(it->second.begin(), it->second.end(), name) == it->second.end()) {
      throw UsageError(fmt::format("{} cannot be combined with {}", name, chosen.front()->get_name()));
    }
  }
}

}  // namespace

std::string version_line(std::string_view program) {
  return fmt::format("{} (prepkit) {}, {}", program, PREPKIT_VERSION, PREPKIT_COMMIT);
}

int run(std::string_view program, const std::function<int()>& body, FlagNames flags) {
  g_program = std::string(program);
  std::signal(SIGPIPE, SIG_DFL);
  int status = 0;
  try {
    status = body();
    if (std::fflush(stdout) != 0) output_failed(errno);
  } catch (const OutputClosed&) {
    return 128 + SIGPIPE;
  } catch (const FieldError& e) {
    error_line(fmt::format("{}: {}", flag_for(e.field(), flags), e.message()));
    status = static_cast<int>(e.code());
  } catch (const Error& e) {
    error_line(e.what());
    status = static_cast<int>(e.code());
  } catch (const std::filesystem::filesystem_error& e) {  // looking at a file failed: name it
    error_line(fmt::format("{}: {}", e.path1().string(), e.code().message()));
    status = static_cast<int>(ExitCode::no_input);
  } catch (const std::system_error& e) {  // fmt reports a failed write this way
    if (e.code().value() == EPIPE) return 128 + SIGPIPE;
    error_line(fmt::format("cannot write to standard output: {}", e.code().message()));
    status = static_cast<int>(ExitCode::io);
  } catch (const std::bad_alloc&) {
    error_line("out of memory");
    status = static_cast<int>(ExitCode::software);
  } catch (const std::exception& e) {
    error_line(fmt::format("internal error: {}", e.what()));
    status = static_cast<int>(ExitCode::software);
  }
  // Whatever happened, output that could not be written must not pass for success.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    if (errno == EPIPE) return 128 + SIGPIPE;
    if (status == 0) {
      error_line(system_message("cannot write to standard output", errno));
      status = static_cast<int>(ExitCode::io);
    }
  }
  return status;
}

void finish_help(CLI::App& app, std::string_view examples, const std::vector<CommandHelp>& commands) {
  app.footer(fmt::format("{}\n{}", examples, manual_line(app)));
  for (CLI::App* command : app.get_subcommands({})) {
    const auto help = std::find_if(commands.begin(), commands.end(),
                                   [&](const CommandHelp& c) { return c.name == command->get_name(); });
    const CommandHelp own = help == commands.end() ? CommandHelp{} : *help;
    g_shared[command] = own.shared;
    command->footer(manual_line(app));
    if (own.shared.empty() && own.examples.empty()) continue;
    // The lines above the manual's, formatted only when the help is shown. CLI11 puts a line
    // break between them and the manual line.
    command->footer([&app, own] {
      std::string options;
      for (const CLI::Option* option : app.get_options()) {
        if (std::find(own.shared.begin(), own.shared.end(), long_name(*option)) != own.shared.end()) {
          options += CLI::Formatter().make_option(option, false);
        }
      }
      std::string above;
      if (!options.empty()) above += fmt::format("Options of {} it takes too:\n{}\n", app.get_name(), options);
      if (!own.examples.empty()) above += own.examples + "\n";
      above.pop_back();
      return above;
    });
  }
}

std::optional<int> parse(CLI::App& app, int argc, char** argv) {
  std::vector<char*> args = help_as_flag(app, argc, argv);
  argc = static_cast<int>(args.size());
  argv = args.data();
  // A first word that is not an option must name a command: say which ones are close.
  const auto commands = app.get_subcommands({});
  const bool takes_words = !app.get_options([](const CLI::Option* o) { return o->get_positional(); }).empty();
  if (argc > 1 && argv[1][0] != '-' && !commands.empty() && !takes_words) {
    std::vector<std::string> names;
    for (const CLI::App* command : commands) names.push_back(command->get_name());
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      throw UsageError(fmt::format("unknown command '{}'{} (expected one of: {})", excerpt(argv[1]),
                                   did_you_mean(argv[1], names), fmt::join(names, ", ")));
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out(app.help());
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    out(app.help("", CLI::AppFormatMode::All));
    return 0;
  } catch (const CLI::CallForVersion& e) {
    out(fmt::format("{}\n", e.what()));
    return 0;
  } catch (const CLI::ExtrasError& e) {
    // An option no command knows: name the closest ones.
    const auto known = long_options(app);
    for (int i = 1; i < argc; ++i) {
      std::string word = argv[i];
      if (word.rfind("--", 0) != 0 || word == "--") continue;
      word = word.substr(0, word.find('='));
      if (std::find(known.begin(), known.end(), word) == known.end()) {
        throw UsageError(fmt::format("unknown option '{}'{} (see {} --help)", excerpt(word), did_you_mean(word, known),
                                     app.get_name()));
      }
    }
    if (const auto where = misplaced_option(app, argc, argv)) throw UsageError(*where);
    throw UsageError(fmt::format("{} (see {} --help)", plain_parse_error(app, e.what()), app.get_name()));
  } catch (const CLI::ParseError& e) {
    if (const auto where = misplaced_option(app, argc, argv)) throw UsageError(*where);
    throw UsageError(fmt::format("{} (see {} --help)", plain_parse_error(app, e.what()), app.get_name()));
  }
  check_shared(app);
  return std::nullopt;
}

void refuse_empty(const CLI::App& app, FlagNames expected) {
  std::vector<const CLI::App*> apps = {&app};
  for (const CLI::App* command : app.get_subcommands({})) apps.push_back(command);
  for (const auto& [name, what] : expected) {
    for (const CLI::App* owner : apps) {
      const CLI::Option* option = owner->get_option_no_throw(std::string(name));
      if (!option || option->count() == 0) continue;
      const auto& given = option->results();
      if (std::find(given.begin(), given.end(), "") != given.end()) {
        throw UsageError(fmt::format("{}: expected {}, found ''", name, what));
      }
    }
  }
}

void out(std::string_view text) {
  if (text.empty()) return;
  // Text from banks, notes and arguments never reaches the terminal as commands to it.
  const std::string safe = printable(text);
  if (std::fwrite(safe.data(), 1, safe.size(), stdout) != safe.size()) output_failed(errno);
}

void note(std::string_view message) {
  std::fputs(fmt::format("{}: {}\n", g_program, printable(excerpt_quoted(message))).c_str(), stderr);
}

bool use_color(std::string_view mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (mode != "auto") {
    throw UsageError(fmt::format("--color: expected auto, always or never, found '{}'{}", excerpt(mode),
                                 did_you_mean(mode, {"auto", "always", "never"})));
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

Style text_style(std::string_view color_mode, bool ascii) {
  Style style;
  style.color = use_color(color_mode);
  style.unicode = !ascii && locale_is_utf8();
  // The terminal's width: $COLUMNS when it is a sensible number, then the terminal's own, then 80.
  winsize size{};
  const char* columns = std::getenv("COLUMNS");
  char* end = nullptr;
  const long given = columns ? std::strtol(columns, &end, 10) : 0;
  if (columns && *columns != '\0' && *end == '\0' && given >= 20 && given <= 1000) {
    style.columns = static_cast<std::size_t>(given);
  } else if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) {
    style.columns = size.ws_col;
  }
  style.width = std::min<std::size_t>(style.columns, 80);
  return style;
}

std::string source_of(Origin origin, const std::string& variable, std::string_view flag) {
  switch (origin) {
  case Origin::flag: return std::string(flag);
  case Origin::environment: return "$" + variable;
  case Origin::file: return "config";
  case Origin::plan: return "plan";
  case Origin::fallback: break;
  }
  return "default";
}

void show_settings(const std::vector<SettingLine>& settings, std::string_view format) {
  Table table{{"setting", "value", "source"}, {false, false, false}, {}};
  for (const auto& s : settings) table.rows.push_back({s.name, s.value.empty() ? "-" : s.value, s.source});
  out(render_table(table, parse_format(format)));
}

std::optional<Date> parse_date_option(std::string_view flag, std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (const auto problem = date_problem(text); !problem.empty()) throw UsageError(fmt::format("{}: {}", flag, problem));
  return parse_date(text);
}

ProgressLine::ProgressLine() : terminal_(::isatty(STDERR_FILENO) == 1) {}

void ProgressLine::show(const std::string& text) {
  const auto now = Clock::now();
  if (!terminal_ || now - start_ < std::chrono::seconds(1) || now - shown_at_ < std::chrono::milliseconds(100)) return;
  const int rest = width_ > text.size() ? static_cast<int>(width_ - text.size()) : 0;
  std::fprintf(stderr, "\r%s%*s", text.c_str(), rest, "");
  std::fflush(stderr);
  width_ = text.size();
  shown_at_ = now;
}

void ProgressLine::clear() {
  if (width_ == 0) return;
  std::fprintf(stderr, "\r%*s\r", static_cast<int>(width_), "");
  std::fflush(stderr);
  width_ = 0;
}

TemplateFile read_template(const std::string& folder, const std::string& name) {
  const bool is_file = name.find('/') != std::string::npos || name.ends_with(".yaml") || name.ends_with(".yml");
  if (is_file) {
    return {name, std::filesystem::path(name).stem().string(), read_file(name, 1u << 20u, FileOrigin::named)};
  }
  const auto bundled = data_dir() / folder;
  const std::string path = (bundled / (name + ".yaml")).string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(bundled, ec)) {
      if (entry.path().extension() == ".yaml") names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    throw NoInputError(fmt::format("unknown template '{}'{} (expected one of: {}, or a file)", name,
                                   did_you_mean(name, names), fmt::join(names, ", ")));
  }
  return {path, name, read_file(path, 1u << 20u, FileOrigin::found)};
}

}  // namespace prepkit::cli
