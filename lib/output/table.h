// Listings for the terminal and for pipelines. Every listing has four formats: text (for
// people), json (one document), tsv (a header row, tab-separated, no padding) and md (Markdown).
#pragma once

#include <cstddef>
#include <functional>
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

// The display width of `table`'s widest line in text.
std::size_t table_width(const Table& table);

// Renders a table row by row, handing each piece to `write` as it is made, for listings too
// long to hold in memory; the output is render_table's, byte for byte. Text aligns its columns,
// so it needs each column's width (in display columns) before the first row.
class TableStream {
 public:
  TableStream(std::vector<std::string> columns, std::vector<bool> numeric, Format format,
              std::function<void(std::string_view)> write, std::vector<std::size_t> text_widths = {});
  void row(const std::vector<std::string>& cells);
  // Ends the listing (closes the JSON array); call once, after the last row.
  void finish();

 private:
  std::vector<std::string> columns_;
  std::vector<bool> numeric_;
  Format format_;
  std::function<void(std::string_view)> write_;
  std::vector<std::size_t> widths_;
  std::size_t rows_ = 0;
};

// Problems found by a check, one per row (file, line, column, message).
Table problem_table(const std::vector<Diagnostic>& problems);

// Problems in the conventional "FILE:LINE:COL: message" lines, for text output.
std::string render_problems(const std::vector<Diagnostic>& problems, Format format);

}  // namespace prepkit
