// Turning questions, counts and problems into text for the terminal and for pipelines.
// Every listing has four formats: text (for people), json (one document), tsv (a header row,
// tab-separated, no padding) and md (Markdown).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank.h"
#include "diagnostic.h"
#include "progress.h"

namespace prepkit {

enum class Format { text, json, tsv, md };

// Parses a --format value; throws UsageError for anything but text, json, tsv or md.
Format parse_format(std::string_view text);

// The terminal codes prepkit colours text with, when Style::color allows.
namespace ansi {
inline constexpr std::string_view bold = "\033[1m";
inline constexpr std::string_view dim = "\033[2m";
inline constexpr std::string_view red = "\033[31m";
inline constexpr std::string_view green = "\033[32m";
inline constexpr std::string_view yellow = "\033[33m";
inline constexpr std::string_view cyan = "\033[36m";
inline constexpr std::string_view reset = "\033[0m";
}  // namespace ansi

// How text output should look.
struct Style {
  bool color = false;      // ANSI colours (only on a terminal, never with NO_COLOR)
  std::size_t width = 80;  // wrap prose at this many columns
};

// `text` in the colour or weight `code` (one of ansi::*) when `style` has colour on.
std::string paint(std::string_view text, std::string_view code, const Style& style);

// A listing of rows under named columns; numeric columns are numbers in JSON.
struct Table {
  std::vector<std::string> columns;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
};

// Renders `table`: aligned columns (text), an array of objects (json), tsv or a Markdown table.
std::string render_table(const Table& table, Format format);

// Renders a list of questions as a sample: id, metadata and prompt of each.
std::string render_questions(const std::vector<const Question*>& questions, Format format, const Style& style);

// Renders one question whole: prompt, what a strong answer covers, follow-ups, estimate.
std::string render_question(const Question& question, Format format, const Style& style);

// The subtopics with their area, title and number of questions in `bank`.
Table subtopic_table(const Bank& bank);

// Every tag with the number of questions carrying it, most used first.
Table tag_table(const Bank& bank);

// Every question id with its subtopic, difficulty and kind.
Table id_table(const Bank& bank);

// Problems found by lint, one per row (file, line, column, message).
Table problem_table(const std::vector<Diagnostic>& problems);

// Problems in the conventional "FILE:LINE:COL: message" lines, for text output.
std::string render_problems(const std::vector<Diagnostic>& problems, Format format);

// The review statistics: one row per subtopic and a total (with a coverage bar in text), the
// grades of questions no longer in the banks, and the streak. JSON holds everything in one
// document; TSV and md hold the table only.
std::string render_stats(const Stats& stats, Format format, const Style& style);

// Wraps `text` into lines of at most `width` columns, each prefixed by `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent = "");

}  // namespace prepkit
