#include "output/table.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/suggest.h"
#include "output/style.h"

namespace prepkit {

namespace {

const std::vector<std::string> kFormats = {"text", "json", "tsv", "md"};

// A value fit for one TSV cell: tabs and line breaks become spaces.
std::string tsv_cell(std::string_view text) {
  std::string cell(text);
  std::replace_if(
      cell.begin(), cell.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return cell;
}

// A value fit for one Markdown table cell.
std::string md_cell(std::string_view text) {
  std::string cell;
  for (const char c : tsv_cell(text)) {
    if (c == '|') cell += '\\';
    cell += c;
  }
  return cell;
}

// One line of `row`'s cells, each passed through `escape`, between `open` and `close`.
std::string joined(const std::vector<std::string>& row, std::string (*escape)(std::string_view), std::string_view open,
                   std::string_view separator, std::string_view close) {
  std::vector<std::string> cells;
  cells.reserve(row.size());
  for (const auto& cell : row) cells.push_back(escape(cell));
  return fmt::format("{}{}{}\n", open, fmt::join(cells, separator), close);
}

// A numeric cell as a JSON number: whole when it is ("12"), else as written ("0.5"); null when
// empty (nothing to count) or not a number at all.
nlohmann::ordered_json json_number(const std::string& cell) {
  if (cell.empty()) return nullptr;
  long long whole = 0;
  const char* end = cell.data() + cell.size();
  if (const auto [ptr, ec] = std::from_chars(cell.data(), end, whole); ec == std::errc() && ptr == end) return whole;
  double value = 0;
  if (const auto [ptr, ec] = std::from_chars(cell.data(), end, value); ec == std::errc() && ptr == end) return value;
  return nullptr;
}

}  // namespace

Format parse_format(std::string_view text) {
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    if (kFormats[i] == text) return static_cast<Format>(i);
  }
  throw UsageError(
      fmt::format("unknown format '{}'{} (expected one of: text, json, tsv, md)", text, did_you_mean(text, kFormats)));
}

TableStream::TableStream(std::vector<std::string> columns, std::vector<bool> numeric, Format format,
                         std::function<void(std::string_view)> write, std::vector<std::size_t> text_widths)
    : columns_(std::move(columns)),
      numeric_(std::move(numeric)),
      format_(format),
      write_(std::move(write)),
      widths_(std::move(text_widths)) {
  switch (format_) {
  case Format::tsv: write_(fmt::format("{}\n", fmt::join(columns_, "\t"))); break;
  case Format::md: {
    std::string head = fmt::format("| {} |\n", fmt::join(columns_, " | "));
    for (std::size_t c = 0; c < columns_.size(); ++c) head += numeric_[c] ? "|---:" : "|---";
    write_(head + "|\n");
    break;
  }
  case Format::json:
  case Format::text: break;
  }
}

void TableStream::row(const std::vector<std::string>& cells) {
  switch (format_) {
  case Format::json: {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (numeric_[c]) {
        object[columns_[c]] = json_number(cells[c]);
      } else {
        object[columns_[c]] = cells[c];
      }
    }
    // As one array's dump(2) would write it: each object indented by two spaces.
    std::string text = rows_ == 0 ? "[\n  " : ",\n  ";
    for (const char c : object.dump(2)) {
      text += c;
      if (c == '\n') text += "  ";
    }
    write_(text);
    break;
  }
  case Format::tsv: write_(joined(cells, tsv_cell, "", "\t", "")); break;
  case Format::md: write_(joined(cells, md_cell, "| ", " | ", " |")); break;
  case Format::text: {
    std::string line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::size_t width = c < widths_.size() ? widths_[c] : 0;
      const std::size_t pad = width - std::min(width, columns_of(cells[c]));
      const bool last = c + 1 == cells.size();
      if (numeric_[c]) line.append(pad, ' ');
      line += cells[c];
      if (!last) {
        if (!numeric_[c]) line.append(pad, ' ');
        line += "  ";
      }
    }
    line.erase(line.find_last_not_of(' ') + 1);
    write_(line + "\n");
    break;
  }
  }
  ++rows_;
}

void TableStream::finish() {
  if (format_ == Format::json) write_(rows_ == 0 ? "[]\n" : "\n]\n");
}

std::size_t table_width(const Table& table) {
  const std::string text = render_table(table, Format::text);
  std::size_t widest = 0;
  for (std::size_t start = 0, end = 0; start < text.size(); start = end + 1) {
    end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, columns_of(std::string_view(text).substr(start, end - start)));
  }
  return widest;
}

std::string render_table(const Table& table, Format format) {
  std::vector<std::size_t> widths(table.columns.size(), 0);
  if (format == Format::text) {
    for (const auto& row : table.rows) {
      for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], columns_of(row[c]));
    }
  }
  std::string out;
  TableStream stream(
      table.columns, table.numeric, format, [&](std::string_view piece) { out += piece; }, std::move(widths));
  for (const auto& row : table.rows) stream.row(row);
  stream.finish();
  return out;
}

Table problem_table(const std::vector<Diagnostic>& problems) {
  Table table{{"file", "line", "column", "message"}, {false, true, true, false}, {}};
  for (const auto& p : problems) {
    table.rows.push_back({p.file, std::to_string(p.line), std::to_string(p.column), p.message});
  }
  return table;
}

std::string render_problems(const std::vector<Diagnostic>& problems, Format format) {
  if (format != Format::text) return render_table(problem_table(problems), format);
  std::string out;
  for (const auto& p : problems) out += p.str() + "\n";
  return out;
}

}  // namespace prepkit
