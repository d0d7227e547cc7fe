#include "output/table.h"

#include <algorithm>

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

}  // namespace

Format parse_format(std::string_view text) {
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    if (kFormats[i] == text) return static_cast<Format>(i);
  }
  throw UsageError(
      fmt::format("unknown format '{}'{} (expected one of: text, json, tsv, md)", text, did_you_mean(text, kFormats)));
}

std::string render_table(const Table& table, Format format) {
  std::string out;
  switch (format) {
  case Format::json: {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
      nlohmann::ordered_json object = nlohmann::ordered_json::object();
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (table.numeric[c]) {
          object[table.columns[c]] = std::stoll(row[c]);
        } else {
          object[table.columns[c]] = row[c];
        }
      }
      rows.push_back(std::move(object));
    }
    return rows.dump(2) + "\n";
  }
  case Format::tsv:
    out += fmt::format("{}\n", fmt::join(table.columns, "\t"));
    for (const auto& row : table.rows) out += joined(row, tsv_cell, "", "\t", "");
    return out;
  case Format::md: {
    out += fmt::format("| {} |\n", fmt::join(table.columns, " | "));
    for (std::size_t c = 0; c < table.columns.size(); ++c) out += table.numeric[c] ? "|---:" : "|---";
    out += "|\n";
    for (const auto& row : table.rows) out += joined(row, md_cell, "| ", " | ", " |");
    return out;
  }
  case Format::text: {
    std::vector<std::size_t> widths(table.columns.size(), 0);
    for (const auto& row : table.rows) {
      for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], columns_of(row[c]));
    }
    for (const auto& row : table.rows) {
      std::string line;
      for (std::size_t c = 0; c < row.size(); ++c) {
        const std::size_t pad = widths[c] - columns_of(row[c]);
        const bool last = c + 1 == row.size();
        if (table.numeric[c]) line.append(pad, ' ');
        line += row[c];
        if (!last) {
          if (!table.numeric[c]) line.append(pad, ' ');
          line += "  ";
        }
      }
      line.erase(line.find_last_not_of(' ') + 1);
      out += line + "\n";
    }
    return out;
  }
  }
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
