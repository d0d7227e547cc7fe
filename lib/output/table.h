// Listings for the terminal and for pipelines. Every listing has four formats: text (for
// people), json (one document), tsv (a header row, tab-separated, no padding) and md (Markdown).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace prepkit {

enum class Format { text, json, tsv, md };

// Parses a --format value; throws UsageError for anything but text, json, tsv or md.
Format parse_format(std::string_view text);

// A listing of rows under named columns; numeric columns are numbers in JSON.
struct Table {
  std::vector<std::string> columns;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
};

// Renders `table`: aligned columns (text), an array of objects (json), tsv or a Markdown table.
std::string render_table(const Table& table, Format format);

// Problems found by a check, one per row (file, line, column, message).
Table problem_table(const std::vector<Diagnostic>& problems);

// Problems in the conventional "FILE:LINE:COL: message" lines, for text output.
std::string render_problems(const std::vector<Diagnostic>& problems, Format format);

}  // namespace prepkit
