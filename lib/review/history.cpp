#include "review/history.h"

#include <algorithm>

#include <fmt/format.h>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "base/lines.h"
#include "base/markdown.h"
#include "base/rng.h"
#include "base/yaml_tree.h"

namespace prepkit {

namespace {

const std::vector<std::string> kColumns = {"day", "question", "subtopic", "grade", "recorded_at", "uid"};

bool is_hex_uid(std::string_view text) {
  return !text.empty() && text.size() <= 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// "2026-11-28T07:30:00.000Z" and the like: a date, a T, a time, a Z.
bool is_timestamp(std::string_view text) {
  return text.size() >= 20 && text.size() <= 30 && parse_date(text.substr(0, 10)) && text[10] == 'T' &&
         text.back() == 'Z';
}

// Checks one record's fields (given by name) and builds the grade; reports through `fail`.
template <typename Fail>
GradeRecord make_record(const std::vector<std::string>& values, Fail fail) {
  GradeRecord record;
  if (const auto problem = date_problem(values[0]); !problem.empty()) fail(0, "'day': " + problem);
  record.day = *parse_date(values[0]);
  record.question = values[1];
  if (record.question.empty()) fail(1, "'question' must not be empty");
  record.subtopic = values[2];
  if (!find_subtopic(record.subtopic)) fail(2, fmt::format("unknown subtopic '{}'", excerpt(record.subtopic)));
  const auto grade = parse_grade(values[3]);
  if (!grade) fail(3, fmt::format("'grade' must be again, hard, good or easy, found '{}'", excerpt(values[3])));
  record.grade = *grade;
  record.recorded_at = values[4];
  if (!is_timestamp(record.recorded_at)) {
    fail(4, fmt::format("'recorded_at' must be a UTC time such as 2026-11-28T07:30:00.000Z, found '{}'",
                        excerpt(record.recorded_at)));
  }
  record.uid = values[5];
  if (!is_hex_uid(record.uid)) {
    fail(5, fmt::format("'uid' must be lower-case hexadecimal, found '{}'", excerpt(record.uid)));
  }
  return record;
}

std::vector<GradeRecord> parse_tsv(std::string_view text, const std::string& file) {
  std::vector<GradeRecord> records;
  int line_number = 0;
  for (const std::string_view line : split_lines(text)) {
    ++line_number;
    std::vector<std::string> cells;
    for (std::size_t from = 0;;) {
      const std::size_t tab = line.find('\t', from);
      cells.emplace_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (line_number == 1) {
      if (cells != kColumns) {
        throw DiagnosticError({file, 1, 1, fmt::format("expected the header '{}'", fmt::join(kColumns, "\\t"))});
      }
      continue;
    }
    if (line.empty()) continue;
    if (cells.size() != kColumns.size()) {
      throw DiagnosticError({file, line_number, 1,
                             fmt::format("expected {} tab-separated fields, found {}", kColumns.size(), cells.size())});
    }
    records.push_back(make_record(cells, [&](std::size_t field, const std::string& message) {
      int column = 1;
      for (std::size_t i = 0; i < field; ++i) column += static_cast<int>(cells[i].size()) + 1;
      throw DiagnosticError({file, line_number, column, message});
    }));
  }
  return records;
}

std::vector<GradeRecord> parse_json(std::string_view text, const std::string& file) {
  // JSON is YAML's flow style: the strict YAML reader gives every value its line and column.
  YamlLimits limits;
  limits.max_depth = 4;
  const YamlNode root = parse_yaml(text, file, limits);
  if (root.type != YamlNode::Type::sequence) {
    throw DiagnosticError({file, root.line, root.column, "expected a JSON array of grades"});
  }
  std::vector<GradeRecord> records;
  for (const YamlNode& item : root.children) {
    if (item.type != YamlNode::Type::map) {
      throw DiagnosticError(
          {file, item.line, item.column, "expected an object with " + fmt::format("{}", fmt::join(kColumns, ", "))});
    }
    std::vector<std::string> values;
    std::vector<const YamlNode*> nodes;
    for (const auto& column : kColumns) {
      const YamlNode* value = item.find(column);
      if (!value || value->type != YamlNode::Type::scalar) {
        throw DiagnosticError({file, value ? value->line : item.line, value ? value->column : item.column,
                               fmt::format("'{}' must be given as a string", column)});
      }
      values.push_back(value->text);
      nodes.push_back(value);
    }
    for (std::size_t i = 0; i < item.children.size(); i += 2) {
      const YamlNode& key = item.children[i];
      if (std::find(kColumns.begin(), kColumns.end(), key.text) == kColumns.end()) {
        throw DiagnosticError({file, key.line, key.column, fmt::format("unknown field '{}'", excerpt(key.text))});
      }
    }
    records.push_back(make_record(values, [&](std::size_t field, const std::string& message) {
      throw DiagnosticError({file, nodes[field]->line, nodes[field]->column, message});
    }));
  }
  return records;
}

}  // namespace

GradeRecord new_grade(std::string question, std::string subtopic, Date day, Grade grade) {
  GradeRecord record;
  record.uid = fmt::format("{:016x}", entropy_seed());
  record.question = std::move(question);
  record.subtopic = std::move(subtopic);
  record.day = day;
  record.grade = grade;
  record.recorded_at = utc_timestamp();
  return record;
}

const std::vector<std::string>& history_columns() { return kColumns; }

std::vector<std::string> history_row(const GradeRecord& g) {
  return {format_date(g.day), g.question, g.subtopic, grade_name(g.grade), g.recorded_at, g.uid};
}

Table history_table(const std::vector<GradeRecord>& grades) {
  Table table{history_columns(), std::vector<bool>(kColumns.size(), false), {}};
  for (const auto& g : grades) table.rows.push_back(history_row(g));
  return table;
}

std::vector<GradeRecord> parse_history(std::string_view text, const std::string& file) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text[first] == '[' || text[first] == '{' ? parse_json(text, file) : parse_tsv(text, file);
}

}  // namespace prepkit
