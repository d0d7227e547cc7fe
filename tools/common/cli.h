// Conventions every prepkit program shares at the terminal: how it parses its command line,
// where output goes, when it uses colour, and how errors become exit codes.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/config.h"
#include "base/date.h"
#include "base/error.h"
#include "base/files.h"
#include "output/style.h"
#include "output/table.h"

namespace prepkit::cli {

// "qpick (prepkit) 0.1.0" for `program`.
std::string version_line(std::string_view program);

// The flag that gives each field of a request, where it is not "--" and the field's name.
using FlagNames = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// Runs a program's `body` under the shared conventions and returns the exit status: SIGPIPE
// ends the program quietly (so `| head -1` is clean); a prepkit::Error prints one line
// "PROGRAM: error: MESSAGE" (any long input it quotes cut to an excerpt) and maps to its exit
// code, a FieldError under the flag that gives its field (lib names fields, the program names
// flags: `flags`, else "--FIELD"); anything unexpected is exit 70; output that cannot be
// written (a full disk) is one diagnostic and exit 74.
int run(std::string_view program, const std::function<int()>& body, FlagNames flags = {});

// What one command's --help shows below its own options, and what it accepts of the program's.
struct CommandHelp {
  std::string name;                 // the command
  std::vector<std::string> shared;  // the program's options it takes, each by its first long name
  std::string examples;             // "Examples:\n  ..." lines, or empty
};

// Finishes every --help of `app`: the program's own ends with `examples`, each command's lists
// the program's options it takes (under "Options of PROGRAM it takes too") and its own examples
// instead of the program's, and every one ends with the line that names the manual. parse()
// then refuses, with exit 64, a program option given beside a command that does not take it.
// Call once every option and command is defined.
void finish_help(CLI::App& app, std::string_view examples, const std::vector<CommandHelp>& commands);

// Parses the command line into the options bound to `app`. Returns an exit status when the
// program should stop now (0 after --help or --version); throws UsageError (exit 64) for a
// command line CLI11 rejects, instead of CLI11's own exit codes. `PROGRAM help [COMMAND]` is
// read as `PROGRAM [COMMAND] --help`.
std::optional<int> parse(CLI::App& app, int argc, char** argv);

// Refuses (exit 64, "--date: expected a date as YYYY-MM-DD, found ''") an empty value given to
// any of the options named in `expected`, on `app` or one of its commands: each with what it
// expects. An empty value would otherwise read as the option not given at all.
void refuse_empty(const CLI::App& app, FlagNames expected);

// Writes `text` to standard output.
void out(std::string_view text);

// Writes "PROGRAM: MESSAGE" to standard error, any long input it quotes cut to an excerpt: a
// remark that is not data.
void note(std::string_view message);

// Whether to colour output for a --color value (auto, always or never): auto means only
// when standard output is a terminal and NO_COLOR is unset or empty. Throws UsageError.
bool use_color(std::string_view mode);

// The text style for a run: colour per `color_mode`; the terminal's width ($COLUMNS from 20 to
// 1000, then the terminal's own, then 80) for charts, and up to 80 columns of it for prose.
// With `ascii` (--ascii), only ASCII characters, as outside a UTF-8 locale.
Style text_style(std::string_view color_mode, bool ascii = false);

// One setting in force, for --show-config: its name, value and where it came from.
struct SettingLine {
  std::string name;
  std::string value;
  std::string source;  // --flag, $VARIABLE, config or default
};

// Where a setting came from, as --show-config says it: `flag` (the program's flag for it),
// "$VARIABLE", "config" or "default".
std::string source_of(Origin origin, const std::string& variable, std::string_view flag = "");

// The line of --show-config for the setting `name`, shown as `value`, resolved as `setting`
// and given on the command line by `flag`.
template <typename T>
SettingLine setting_line(std::string name, std::string value, const Resolved<T>& setting, std::string_view flag = "") {
  return {std::move(name), std::move(value), source_of(setting.origin, setting.variable, flag)};
}

// Prints the settings in force as a table (setting, value, source) in `format`.
void show_settings(const std::vector<SettingLine>& settings, std::string_view format);

// Parses the date `text` given to `flag` (such as --date), or returns nothing for an empty one;
// throws UsageError naming the flag.
std::optional<Date> parse_date_option(std::string_view flag, std::string_view text);

// Runs `work`, which parses the value of `flag`, and returns what it makes of it; an error it
// throws gets the flag's name in front ("--days: unknown day 'x'"), with the same exit status.
template <typename Work>
auto flag_value(std::string_view flag, Work&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const Error& e) {
    throw Error(e.code(), std::string(flag) + ": " + e.what());
  }
}

// How far a long task has got, on standard error: only on a terminal and once the task has taken
// a second, as one line rewritten in place (at most ten times a second) and cleared at the end.
class ProgressLine {
 public:
  ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() { clear(); }

  // Shows `text` in place of the line shown before, if it is time to.
  void show(const std::string& text);

  // Removes the line, if one is shown.
  void clear();

 private:
  using Clock = std::chrono::steady_clock;
  bool terminal_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point shown_at_;
  std::size_t width_ = 0;  // of the line shown, 0 for none
};

// The text of a template a command line names: a bundled one by its name (NAME.yaml in
// share/prepkit/`folder`), or a file (a name with a '/' or ending in .yaml or .yml). Throws
// NoInputError for an unknown name, with the names there are.
struct TemplateFile {
  std::string path;  // for messages
  std::string name;  // the bundled name, or the file's stem
  std::string text;
};
TemplateFile read_template(const std::string& folder, const std::string& name);

}  // namespace prepkit::cli
