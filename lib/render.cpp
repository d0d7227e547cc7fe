#include "render.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "error.h"
#include "suggest.h"

namespace prepkit {

namespace {

const std::vector<std::string> kFormats = {"text", "json", "tsv", "md"};

// Display width of UTF-8 text, counting code points.
std::size_t columns_of(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }));
}

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

std::string metadata(const Question& q) {
  return fmt::format("{} · {} · {} · {} min", q.subtopic, q.difficulty, q.kind, q.minutes);
}

nlohmann::ordered_json question_json(const Question& q, bool whole) {
  nlohmann::ordered_json json = {
      {"id", q.id},     {"subtopic", q.subtopic}, {"area", q.area}, {"difficulty", q.difficulty},
      {"kind", q.kind}, {"minutes", q.minutes},   {"tags", q.tags}, {"prompt", q.prompt},
  };
  if (whole) {
    json["expect"] = q.expect;
    json["follow_ups"] = q.follow_ups;
    json["estimate"] = q.estimate.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.estimate);
  }
  return json;
}

const std::vector<std::string> kQuestionColumns = {"id",   "subtopic", "area", "difficulty",
                                                   "kind", "minutes",  "tags", "prompt"};

std::vector<std::string> question_row(const Question& q) {
  return {q.id,
          q.subtopic,
          q.area,
          q.difficulty,
          q.kind,
          std::to_string(q.minutes),
          fmt::format("{}", fmt::join(q.tags, ",")),
          q.prompt};
}

std::string bullets(const std::vector<std::string>& items, std::size_t width, std::string_view marker) {
  std::string out;
  for (const auto& item : items) {
    std::string wrapped = wrap(item, width > 4 ? width - 4 : width, "    ");
    wrapped.replace(0, 4, fmt::format("  {} ", marker));
    out += wrapped;
  }
  return out;
}

}  // namespace

std::string paint(std::string_view text, std::string_view code, const Style& style) {
  if (!style.color || text.empty()) return std::string(text);
  return fmt::format("{}{}{}", code, text, ansi::reset);
}

Format parse_format(std::string_view text) {
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    if (kFormats[i] == text) return static_cast<Format>(i);
  }
  throw UsageError(
      fmt::format("unknown format '{}'{} (expected one of: text, json, tsv, md)", text, did_you_mean(text, kFormats)));
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  std::string line(indent);
  std::size_t line_columns = columns_of(indent);
  bool line_has_word = false;
  std::size_t i = 0;
  const auto flush = [&] {
    out += line;
    out += '\n';
    line.assign(indent);
    line_columns = columns_of(indent);
    line_has_word = false;
  };
  while (i < text.size()) {
    if (text[i] == '\n') {
      flush();
      ++i;
      continue;
    }
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n') ++end;
    const std::string_view word = text.substr(i, end - i);
    const std::size_t word_columns = columns_of(word);
    if (line_has_word && line_columns + 1 + word_columns > width) flush();
    if (line_has_word) {
      line += ' ';
      ++line_columns;
    }
    line += word;
    line_columns += word_columns;
    line_has_word = true;
    i = end;
  }
  if (line_has_word) flush();
  return out;
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

std::string render_questions(const std::vector<const Question*>& questions, Format format, const Style& style) {
  std::string out;
  switch (format) {
  case Format::json: {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Question* q : questions) list.push_back(question_json(*q, false));
    return list.dump(2) + "\n";
  }
  case Format::tsv:
  case Format::md: {
    Table table{kQuestionColumns, std::vector<bool>(kQuestionColumns.size(), false), {}};
    table.numeric[5] = true;
    for (const Question* q : questions) table.rows.push_back(question_row(*q));
    return render_table(table, format);
  }
  case Format::text:
    for (const Question* q : questions) {
      if (!out.empty()) out += '\n';
      out += fmt::format("{}  {}\n", paint(q->id, ansi::bold, style), paint(metadata(*q), ansi::dim, style));
      out += wrap(q->prompt, style.width, "  ");
    }
    return out;
  }
  return out;
}

std::string render_question(const Question& q, Format format, const Style& style) {
  switch (format) {
  case Format::json: return question_json(q, true).dump(2) + "\n";
  case Format::tsv: {
    std::vector<std::string> columns = kQuestionColumns;
    columns.insert(columns.end(), {"expect", "follow_ups", "estimate"});
    Table table{columns, std::vector<bool>(columns.size(), false), {}};
    table.numeric[5] = true;
    auto row = question_row(q);
    row.push_back(fmt::format("{}", fmt::join(q.expect, " | ")));
    row.push_back(fmt::format("{}", fmt::join(q.follow_ups, " | ")));
    row.push_back(q.estimate);
    table.rows.push_back(std::move(row));
    return render_table(table, format);
  }
  case Format::md: {
    std::string out =
        fmt::format("## {}\n\n*{}* · tags: {}\n\n{}\n", q.id, metadata(q), fmt::join(q.tags, ", "), q.prompt);
    out += "\n### What a strong answer covers\n\n";
    for (const auto& item : q.expect) out += fmt::format("- {}\n", item);
    if (!q.follow_ups.empty()) {
      out += "\n### Follow-ups\n\n";
      for (const auto& item : q.follow_ups) out += fmt::format("- {}\n", item);
    }
    if (!q.estimate.empty()) out += fmt::format("\n### Check the numbers\n\n    estimate '{}'\n", q.estimate);
    return out;
  }
  case Format::text: {
    std::string out = fmt::format("{}  {}\n", paint(q.id, ansi::bold, style), paint(metadata(q), ansi::dim, style));
    out += paint(fmt::format("tags: {}", fmt::join(q.tags, ", ")), ansi::dim, style) + "\n\n";
    out += wrap(q.prompt, style.width);
    out += "\n" + paint("What a strong answer covers:", ansi::cyan, style) + "\n";
    out += bullets(q.expect, style.width, "-");
    if (!q.follow_ups.empty()) {
      out += "\n" + paint("Follow-ups:", ansi::cyan, style) + "\n";
      out += bullets(q.follow_ups, style.width, "-");
    }
    if (!q.estimate.empty()) {
      out += "\n" + paint("Check the numbers:", ansi::cyan, style) + "\n";
      out += fmt::format("  estimate '{}'\n", q.estimate);
    }
    return out;
  }
  }
  return "";
}

Table subtopic_table(const Bank& bank) {
  std::map<std::string, std::size_t> counts;
  for (const auto& q : bank.questions()) ++counts[q.subtopic];
  Table table{{"subtopic", "area", "questions", "title"}, {false, false, true, false}, {}};
  for (const auto& subtopic : all_subtopics()) {
    table.rows.push_back({std::string(subtopic.id), std::string(subtopic.area),
                          std::to_string(counts[std::string(subtopic.id)]), std::string(subtopic.title)});
  }
  return table;
}

Table tag_table(const Bank& bank) {
  std::map<std::string, std::size_t> counts;
  for (const auto& q : bank.questions()) {
    for (const auto& tag : q.tags) ++counts[tag];
  }
  std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  Table table{{"tag", "questions"}, {false, true}, {}};
  for (const auto& [tag, count] : sorted) table.rows.push_back({tag, std::to_string(count)});
  return table;
}

Table id_table(const Bank& bank) {
  Table table{{"id", "subtopic", "difficulty", "kind"}, {false, false, false, false}, {}};
  for (const auto& q : bank.questions()) table.rows.push_back({q.id, q.subtopic, q.difficulty, q.kind});
  return table;
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

namespace {

int percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0 : static_cast<int>((200 * part + whole) / (2 * whole));  // rounded half up
}

std::vector<std::string> stats_row(const SubtopicStats& row) {
  return {row.subtopic,
          std::to_string(row.questions),
          std::to_string(row.seen),
          std::to_string(row.graded),
          std::to_string(row.due),
          std::to_string(row.grades),
          std::to_string(row.again),
          std::to_string(percent(row.again, row.grades)),
          std::to_string(percent(row.graded, row.questions))};
}

const std::vector<std::string> kStatsColumns = {"subtopic", "questions", "seen",       "graded",  "due",
                                                "grades",   "again",     "lapse_rate", "coverage"};

nlohmann::ordered_json stats_json(const SubtopicStats& row) {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();
  const auto cells = stats_row(row);
  json["subtopic"] = cells[0];
  for (std::size_t c = 1; c < cells.size(); ++c) json[kStatsColumns[c]] = std::stoll(cells[c]);
  return json;
}

}  // namespace

std::string render_stats(const Stats& stats, Format format, const Style& style) {
  Table table{kStatsColumns, std::vector<bool>(kStatsColumns.size(), true), {}};
  table.numeric[0] = false;
  for (const auto& row : stats.subtopics) table.rows.push_back(stats_row(row));
  table.rows.push_back(stats_row(stats.total));
  if (format == Format::tsv || format == Format::md) return render_table(table, format);
  if (format == Format::json) {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["subtopics"] = nlohmann::ordered_json::array();
    for (const auto& row : stats.subtopics) json["subtopics"].push_back(stats_json(row));
    json["total"] = stats_json(stats.total);
    json["orphaned"] = {{"grades", stats.orphaned_grades}, {"questions", stats.orphaned_questions}};
    json["streak"] = stats.streak;
    json["last_graded"] = stats.last_graded ? nlohmann::ordered_json(format_date(*stats.last_graded)) : nullptr;
    return json.dump(2) + "\n";
  }
  // Text: a header, the rows with a coverage bar, then the remarks.
  Table text{{"subtopic", "questions", "seen", "graded", "due", "lapses", "coverage", ""},
             {false, true, true, true, true, true, true, false},
             {}};
  text.rows.push_back(text.columns);
  const auto add = [&](const SubtopicStats& row) {
    const int coverage = percent(row.graded, row.questions);
    const int filled = (coverage + 5) / 10;
    std::string bar;
    for (int i = 0; i < 10; ++i) bar += i < filled ? "█" : "·";
    text.rows.push_back({row.subtopic, std::to_string(row.questions), std::to_string(row.seen),
                         std::to_string(row.graded), std::to_string(row.due),
                         fmt::format("{}%", percent(row.again, row.grades)), fmt::format("{}%", coverage),
                         paint(bar, ansi::cyan, style)});
  };
  for (const auto& row : stats.subtopics) add(row);
  add(stats.total);
  std::string out = render_table(text, Format::text);
  if (stats.orphaned_grades > 0) {
    out += fmt::format("orphaned: {} grade{} of {} question{} no longer in the banks\n", stats.orphaned_grades,
                       stats.orphaned_grades == 1 ? "" : "s", stats.orphaned_questions,
                       stats.orphaned_questions == 1 ? "" : "s");
  }
  out += fmt::format("streak: {} day{}", stats.streak, stats.streak == 1 ? "" : "s");
  if (stats.last_graded) out += fmt::format(" (last graded {})", format_date(*stats.last_graded));
  return out + "\n";
}

}  // namespace prepkit
