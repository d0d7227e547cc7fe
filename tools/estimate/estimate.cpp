#include "estimate.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/config.h"
#include "base/error.h"
#include "base/files.h"
#include "base/lines.h"
#include "base/paths.h"
#include "base/suggest.h"
#include "common/cli.h"
#include "estimate/capacity.h"
#include "estimate/expression.h"
#include "estimate/sheet.h"
#include "output/style.h"
#include "output/table.h"

namespace {

using namespace prepkit;

// One option of a capacity model: an expression, possibly split by the shell into words
// (`--rps 2000 req/s` works without quotes).
using Words = std::vector<std::string>;

// The options of the capacity models, as written.
struct ModelOptions {
  Words items, size, replicas, overhead, growth, period;  // storage
  Words per_day, peak, read_write, payload;               // traffic
  Words rps, per_server, headroom, spare;                 // servers, cache, pool
  Words hit_rate, cache_latency, db_latency, hot;         // cache
  Words latency;                                          // pool
  std::string pattern;                                    // latency table
  std::string sheet;                                      // sheet file
};

std::string joined(const Words& words) { return fmt::format("{}", fmt::join(words, " ")); }

// Everything estimate's command line can say.
struct EstimateOptions {
  std::vector<std::string> words;  // the expression, possibly split by the shell
  std::string to;
  bool terse = false;
  bool explain = false;
  std::string format = "text";
  bool show_config = false;
  ModelOptions model;
};

const std::vector<std::string> kCommands = {"storage", "traffic", "servers", "cache", "pool", "latency", "sheet"};

const char* const kExamples = R"(Examples:
  estimate '100M * 100 B'                       storage of 100M links of 100 bytes
  estimate '1M req/day in req/s'                a daily volume as a rate
  estimate storage --items 100M --size 100B --replicas 3
)";

Scope scope_from_config() { return Scope{load_config(config_path()).count_nouns, nullptr}; }

// One expression's result as the options ask for it.
std::string answer_text(const Answer& answer, const EstimateOptions& options, const std::string& expression) {
  if (options.terse) return terse(answer.value, answer.target ? &*answer.target : nullptr) + "\n";
  if (options.format == "json") {
    nlohmann::ordered_json json = {
        {"expression", expression},
        {"understood", answer.understood},
        {"value", answer.shown.value},
        {"unit", answer.shown.magnitude.empty()
                     ? answer.shown.unit
                     : answer.shown.magnitude + (answer.shown.unit.empty() ? "" : " ") + answer.shown.unit},
        {"text", answer.shown.text()}};
    return json.dump() + "\n";
  }
  return answer.shown.text() + "\n";
}

std::string explanation(const Answer& answer, const std::string& expression, const Scope& scope) {
  std::vector<std::string> units;
  const std::string& text = expression;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = i;
    while (j < text.size() && (std::isalpha(static_cast<unsigned char>(text[j])) ||
                               static_cast<unsigned char>(text[j]) >= 0x80 || text[j] == '_')) {
      ++j;
    }
    if (j > i) {
      const std::string name = text.substr(i, j - i);
      const std::string line = describe_unit(name, scope.nouns);
      if (!line.empty() && std::find(units.begin(), units.end(), line) == units.end()) units.push_back(line);
      i = j;
    } else {
      ++i;
    }
  }
  std::string out =
      fmt::format("expression:  {}{}\n", answer.understood, answer.target ? " in " + answer.target_text : "");
  out += fmt::format("units:       {}\n", units.empty() ? "none" : fmt::format("{}", fmt::join(units, "; ")));
  out += fmt::format("conventions: {}\n", kUnitConventions);
  out += fmt::format("result:      {}\n", answer.shown.text());
  return out;
}

Answer evaluate(const std::string& expression, const EstimateOptions& options, const Scope& scope) {
  const std::optional<std::string> to = options.to.empty() ? std::nullopt : std::optional(options.to);
  try {
    return evaluate_query(expression, to, scope);
  } catch (const DataError&) {
    // A first word close to a command, such as `storag --items ...`, was meant as one.
    const std::string first = expression.substr(0, expression.find(' '));
    if (!find_unit(first, scope.nouns) && !did_you_mean(first, kCommands).empty() &&
        std::all_of(first.begin(), first.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
      throw UsageError(fmt::format("unknown command '{}'{} (expected an expression or one of: {})", first,
                                   did_you_mean(first, kCommands), fmt::join(kCommands, ", ")));
    }
    throw;
  }
}

int run_expression(const EstimateOptions& options) {
  if (options.format != "text" && options.format != "json") {
    throw UsageError(fmt::format("unknown format '{}' (expected text or json)", excerpt(options.format)));
  }
  // Before anything is opened: a file opened now would take a closed standard input's number.
  const bool stdin_closed = ::fcntl(STDIN_FILENO, F_GETFD) == -1 && errno == EBADF;
  const Scope scope = scope_from_config();
  if (!options.words.empty()) {
    std::string expression;
    for (const auto& word : options.words) expression += (expression.empty() ? "" : " ") + word;
    const Answer answer = evaluate(expression, options, scope);
    for (const auto& warning : answer.warnings) cli::note("warning: " + warning);
    cli::out(options.explain ? explanation(answer, expression, scope) : answer_text(answer, options, expression));
    return 0;
  }
  if (stdin_closed) throw UsageError("no expression given, and standard input is closed (see estimate --help)");
  if (::isatty(STDIN_FILENO)) throw UsageError("no expression given (see estimate --help)");
  // Batch: one expression per line in, one result per line out; a bad line is reported, left
  // blank in the output, and the rest still run. A line past the length limit is dropped as it
  // is read, so memory stays small whatever the input.
  const ExpressionLimits limits;
  int number = 0;
  int failed = 0;
  while (const auto input = read_line(stdin, limits.max_chars, "standard input")) {
    ++number;
    const std::string& line = input->text;
    const std::size_t first = line.find_first_not_of(" \t");
    const bool comment = first != std::string::npos && line[first] == '#';  // of any length
    if (comment || (first == std::string::npos && !input->too_long)) {
      cli::out("\n");
      continue;
    }
    try {
      check_length(input->length, limits);
      const Answer answer =
          evaluate_query(line, options.to.empty() ? std::nullopt : std::optional(options.to), scope, limits);
      for (const auto& warning : answer.warnings) cli::note(fmt::format("<stdin>:{}: warning: {}", number, warning));
      cli::out(answer_text(answer, options, line));
    } catch (const DataError& e) {
      ++failed;
      cli::note(fmt::format("<stdin>:{}: {}", number, e.what()));
      cli::out("\n");
    }
  }
  return failed ? static_cast<int>(ExitCode::data) : 0;
}

// Renders a model's working: one line per step, then the answer.
std::string render_working(const Working& w, Format format) {
  if (format == Format::json) {
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const auto& step : w.steps) {
      const Shown shown = show(step.value);
      steps.push_back(
          {{"name", step.name},
           {"formula", step.formula},
           {"value", shown.value},
           {"unit", shown.magnitude + (shown.magnitude.empty() || shown.unit.empty() ? "" : " ") + shown.unit},
           {"text", shown.text()},
           {"base_value", step.value.value}});
    }
    nlohmann::ordered_json json = {{"model", w.model}, {"steps", steps}, {"answer", steps.back()}};
    return json.dump(2) + "\n";
  }
  Table table{{"step", "formula", "result"}, {false, false, false}, {}};
  for (const auto& step : w.steps) table.rows.push_back({step.name, step.formula, show(step.value).text()});
  if (format != Format::text) return render_table(table, format);
  for (auto& row : table.rows) row[2] = "= " + row[2];
  return render_table(table, Format::text) + fmt::format("answer: {}\n", table.rows.back()[2].substr(2));
}

const Dimension kCount{0, 0};
const Dimension kBytes{1, 0};
const Dimension kTime{0, 1};
const Dimension kRate{0, -1};

// Reads the model's input `field` (given by the flag --FIELD).
Quantity input(const std::string& field, const Words& words, Dimension d, const std::string& what, const Scope& scope) {
  return model_input(field, joined(words), d, what, scope);
}

std::optional<Quantity> optional_input(const std::string& field, const Words& words, Dimension d,
                                       const std::string& what, const Scope& scope) {
  if (words.empty()) return std::nullopt;
  return input(field, words, d, what, scope);
}

int run_model(const std::string& model, const EstimateOptions& options) {
  const Format format = parse_format(options.format);
  const Scope scope = scope_from_config();
  const ModelOptions& m = options.model;
  Working working;
  if (model == "storage") {
    StorageInputs in{input("items", m.items, kCount, "a count, such as 100M", scope),
                     input("size", m.size, kBytes, "a size in bytes, such as 100 B", scope),
                     optional_input("replicas", m.replicas, kCount, "a count, such as 3", scope),
                     optional_input("overhead", m.overhead, kCount, "a fraction, such as 20%", scope),
                     m.growth.empty() ? std::nullopt : std::optional(joined(m.growth)),
                     optional_input("period", m.period, kTime, "a time, such as 1 year", scope)};
    working = storage_model(in, scope);
  } else if (model == "traffic") {
    TrafficInputs in{
        input("per-day", m.per_day, kCount, "a daily count, such as 1M req", scope),
        optional_input("peak", m.peak, kCount, "a factor, such as 3", scope),
        m.read_write.empty() ? std::nullopt : std::optional(parse_ratio("read-write", joined(m.read_write))),
        optional_input("payload", m.payload, kBytes, "a size in bytes, such as 2 KB", scope)};
    working = traffic_model(in);
  } else if (model == "servers") {
    ServerInputs in{input("rps", m.rps, kRate, "a rate, such as 5000 req/s", scope),
                    input("per-server", m.per_server, kRate, "a rate, such as 800 req/s", scope),
                    optional_input("headroom", m.headroom, kCount, "a fraction, such as 30%", scope),
                    optional_input("spare", m.spare, kCount, "a count, such as 2", scope)};
    working = servers_model(in);
  } else if (model == "cache") {
    CacheInputs in{input("rps", m.rps, kRate, "a rate, such as 5000 req/s", scope),
                   input("hit-rate", m.hit_rate, kCount, "a fraction, such as 90%", scope),
                   optional_input("cache-latency", m.cache_latency, kTime, "a time, such as 1 ms", scope),
                   optional_input("db-latency", m.db_latency, kTime, "a time, such as 20 ms", scope),
                   optional_input("items", m.items, kCount, "a count, such as 10M", scope),
                   optional_input("size", m.size, kBytes, "a size in bytes, such as 1 KB", scope),
                   optional_input("hot", m.hot, kCount, "a fraction, such as 20%", scope)};
    const int memory_options = !m.items.empty() + !m.size.empty() + !m.hot.empty();
    if (memory_options != 0 && memory_options != 3) throw UsageError("--items, --size and --hot go together");
    working = cache_model(in);
  } else if (model == "pool") {
    working = pool_model(input("rps", m.rps, kRate, "a rate, such as 2000 req/s", scope),
                         input("latency", m.latency, kTime, "a time, such as 50 ms", scope));
  }
  cli::out(render_working(working, format));
  return 0;
}

int run_latency(const EstimateOptions& options) {
  const Format format = parse_format(options.format);
  const auto figures = latency_table(options.model.pattern);
  if (figures.empty()) cli::note(fmt::format("no figure matches '{}'", excerpt(options.model.pattern)));
  const auto shown = [](const LatencyFigure& figure) { return show(Quantity{figure.seconds, kTime, {}, false, ""}); };
  Table table{{"operation", "latency", "ns", "note"}, {false, false, true, false}, {}};
  for (const auto& figure : figures) {
    table.rows.push_back({figure.operation, shown(figure).text(), plain_number(figure.seconds * 1e9), figure.note});
  }
  if (format == Format::text) {
    for (auto& row : table.rows) row.erase(row.begin() + 2);
    table.columns.erase(table.columns.begin() + 2);
    table.numeric.erase(table.numeric.begin() + 2);
  }
  cli::out(render_table(table, format));
  return 0;
}

int run_sheet(const EstimateOptions& options) {
  const Format format = parse_format(options.format);
  const Scope scope = scope_from_config();
  const std::string& file = options.model.sheet;
  if (file.empty()) throw UsageError("sheet: expected a file, or - for standard input, found ''");
  const auto values =
      evaluate_sheet(read_file(file, 1u << 20u, FileOrigin::named), file == "-" ? "<stdin>" : file, scope.nouns);
  for (const auto& v : values) {
    for (const auto& warning : v.warnings) cli::note("warning: " + warning);
  }
  if (format == Format::json) {
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const auto& v : values) {
      const Shown shown = show(v.value);
      json.push_back(
          {{"name", v.name},
           {"expression", v.expression},
           {"value", shown.value},
           {"unit", shown.magnitude + (shown.magnitude.empty() || shown.unit.empty() ? "" : " ") + shown.unit},
           {"text", shown.text()},
           {"base_value", v.value.value}});
    }
    cli::out(json.dump(2) + "\n");
    return 0;
  }
  Table table{{"name", "value", "expression"}, {false, false, false}, {}};
  for (const auto& v : values) table.rows.push_back({v.name, show(v.value).text(), v.expression});
  cli::out(render_table(table, format));
  return 0;
}

int estimate(int argc, char** argv) {
  EstimateOptions options;
  ModelOptions& m = options.model;
  CLI::App app{"Back-of-envelope arithmetic with units, and capacity models that show their working.", "estimate"};
  app.set_version_flag("--version", cli::version_line("estimate"), "Print the version and exit");
  app.fallthrough();
  app.add_option("expression", options.words, "The expression, e.g. '1M req/day in req/s' (quote it)");
  app.add_option("--to", options.to, "Show the result in this unit");
  app.add_flag("-t,--terse", options.terse, "Print only the number, in the target unit or base units");
  app.add_flag("--explain", options.explain, "Show the expression as understood, its units and conventions");
  app.add_option("--format", options.format, "Output format: text or json (models and tables: also tsv, md)");
  app.add_flag("--show-config", options.show_config, "Print the settings in force and where each comes from");

  CLI::App* storage = app.add_subcommand("storage", "Storage for N items: overhead, replicas and growth");
  storage->add_option("--items", m.items, "How many items, e.g. 100M")->required();
  storage->add_option("--size", m.size, "The size of one item, e.g. 500B")->required();
  storage->add_option("--replicas", m.replicas, "Copies kept of everything, e.g. 3");
  storage->add_option("--overhead", m.overhead, "Indexes and metadata on top, e.g. 20%");
  storage->add_option("--growth", m.growth, "New items per time (1M/day) or growth per period (5%/month)");
  storage->add_option("--period", m.period, "How far ahead to grow (default 1 year)");
  CLI::App* traffic = app.add_subcommand("traffic", "A daily volume as average and peak rates and bandwidth");
  traffic->add_option("--per-day", m.per_day, "Requests a day, e.g. 1M req")->required();
  traffic->add_option("--peak", m.peak, "Peak over average (default 2)");
  traffic->add_option("--read-write", m.read_write, "Reads to writes, e.g. 10:1");
  traffic->add_option("--payload", m.payload, "Bytes per request, e.g. 2 KB");
  CLI::App* servers = app.add_subcommand("servers", "Servers for a request rate, with headroom and spares");
  servers->add_option("--rps", m.rps, "Requests per second, e.g. 20000 req/s")->required();
  servers->add_option("--per-server", m.per_server, "What one server handles, e.g. 800 req/s")->required();
  servers->add_option("--headroom", m.headroom, "Share of each server kept free, e.g. 30%");
  servers->add_option("--spare", m.spare, "Extra servers for failures (N+spare)");
  CLI::App* cache = app.add_subcommand("cache", "Database load, mean latency and memory behind a cache");
  cache->add_option("--rps", m.rps, "Reads per second, e.g. 10000 req/s")->required();
  cache->add_option("--hit-rate", m.hit_rate, "Share of reads the cache serves, e.g. 90%")->required();
  cache->add_option("--cache-latency", m.cache_latency, "Latency of a cache hit, e.g. 1 ms");
  cache->add_option("--db-latency", m.db_latency, "Latency of a database read, e.g. 20 ms");
  cache->add_option("--items", m.items, "Items in the data set, e.g. 10M");
  cache->add_option("--size", m.size, "Size of one item, e.g. 2 KB");
  cache->add_option("--hot", m.hot, "Share of items that are hot, e.g. 20%");
  CLI::App* pool = app.add_subcommand("pool", "Connections or workers by Little's law");
  pool->add_option("--rps", m.rps, "Arrivals per second, e.g. 2000 req/s")->required();
  pool->add_option("--latency", m.latency, "Time each spends in the system, e.g. 50 ms")->required();
  CLI::App* latency = app.add_subcommand("latency", "Latencies every backend engineer should know");
  latency->add_option("pattern", m.pattern, "Only operations containing this text, e.g. ssd");
  CLI::App* sheet = app.add_subcommand("sheet", "Evaluate a capacity sheet of named values (YAML)");
  sheet->add_option("file", m.sheet, "The sheet, or - for standard input")->required();

  const std::vector<std::string> format = {"--format"};
  cli::finish_help(
      app, kExamples,
      {{"storage", format, "Examples:\n  estimate storage --items 50M --size 2KB --replicas 3 --growth 5%/month\n"},
       {"traffic", format, "Examples:\n  estimate traffic --per-day 100M req --peak 3 --payload 2 KB\n"},
       {"servers", format, "Examples:\n  estimate servers --rps 20000 req/s --per-server 800 req/s --spare 2\n"},
       {"cache", format, "Examples:\n  estimate cache --rps 10000 req/s --hit-rate 90% --db-latency 20 ms\n"},
       {"pool", format, "Examples:\n  estimate pool --rps 2000 req/s --latency 50 ms\n"},
       {"latency", format, "Examples:\n  estimate latency ssd\n"},
       {"sheet", format, "Examples:\n  estimate sheet capacity.yaml --format md\n"}});
  // A mistyped command followed by its options, such as `storag --items 3`, is a command.
  const std::string first = argc > 1 ? argv[1] : "";
  const bool word = !first.empty() && std::all_of(first.begin(), first.end(),
                                                  [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (argc > 2 && argv[2][0] == '-' && word && !find_unit(first) && !did_you_mean(first, kCommands).empty() &&
      std::find(kCommands.begin(), kCommands.end(), first) == kCommands.end()) {
    throw UsageError(fmt::format("unknown command '{}'{} (expected one of: {})", argv[1],
                                 did_you_mean(argv[1], kCommands), fmt::join(kCommands, ", ")));
  }
  if (const auto status = cli::parse(app, argc, argv)) return *status;
  cli::refuse_empty(app, {{"--to", "a unit, such as GiB"}});
  if (options.show_config) {
    const auto file = config_path();
    const Config config = load_config(file);
    const auto nouns = resolve<std::vector<std::string>>(
        std::nullopt, nullptr, std::nullopt,
        config.count_nouns.empty() ? std::nullopt : std::optional(config.count_nouns), {});
    cli::show_settings({cli::setting_line("config", file.value.string(), file),
                        cli::setting_line("count_nouns", fmt::format("{}", fmt::join(nouns.value, ",")), nouns)},
                       options.format == "json" ? "json" : "text");
    return 0;
  }
  for (CLI::App* model : {storage, traffic, servers, cache, pool}) {
    if (model->parsed()) return run_model(model->get_name(), options);
  }
  if (latency->parsed()) return run_latency(options);
  if (sheet->parsed()) return run_sheet(options);
  return run_expression(options);
}

}  // namespace

int estimate_main(int argc, char** argv) {
  return cli::run("estimate", [&] { return estimate(argc, argv); });
}
