#include "bank/question_render.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/markdown.h"

namespace prepkit {

namespace {

// "apis · easy · concept · 10 min", with the separator `style` allows.
std::string metadata(const Question& q, const Style& style = {}) {
  const auto dot = separator(style);
  return fmt::format("{} {} {} {} {} {} {} min", q.subtopic, dot, q.difficulty, dot, q.kind, dot, q.minutes);
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
    json["code"] = q.code.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.code);
    json["sources"] = q.sources;
    if (q.kind == "coding") {
      const Judging& j = q.judging;
      json["judge"] = {{"io", j.io.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(j.io)},
                       {"cases", j.cases.size()},
                       {"stress", j.stress.size()},
                       {"not_judged",
                        j.not_judged.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(j.not_judged)}};
    }
  }
  return json;
}

// What a coding problem's judge offers: how many cases it runs, or why it runs none.
std::string judging_line(const Question& q) {
  const Judging& j = q.judging;
  if (!j.not_judged.empty()) return "Not judged: " + j.not_judged;
  if (!j.judged()) return "";
  return fmt::format("{} case{} and {} stress input{}:", j.cases.size(), j.cases.size() == 1 ? "" : "s",
                     j.stress.size(), j.stress.size() == 1 ? "" : "s");
}

// The command that runs a solution against `q`'s cases.
std::string test_command(const Question& q) { return fmt::format("qpick test {} -- YOUR-COMMAND", q.id); }

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

// A question's code, each line as it is after `indent`.
std::string indented(std::string_view code, std::string_view indent) {
  std::string out;
  for (const auto line : split_lines(code)) out += line.empty() ? "\n" : fmt::format("{}{}\n", indent, line);
  return out;
}

// A Markdown code fence longer than any run of backticks in `code`.
std::string fence_for(std::string_view code) {
  std::size_t longest = 0, run = 0;
  for (const char c : code) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
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
      out += fmt::format("{}  {}\n", paint(q->id, ansi::bold, style), paint(metadata(*q, style), ansi::dim, style));
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
    if (!q.code.empty()) {
      const std::string fence = fence_for(q.code);
      out += fmt::format("\n{}\n{}{}\n", fence, indented(q.code, ""), fence);
    }
    out += "\n### What a strong answer covers\n\n";
    for (const auto& item : q.expect) out += fmt::format("- {}\n", item);
    if (!q.follow_ups.empty()) {
      out += "\n### Follow-ups\n\n";
      for (const auto& item : q.follow_ups) out += fmt::format("- {}\n", item);
    }
    if (!q.estimate.empty()) out += fmt::format("\n### Check the numbers\n\n    estimate '{}'\n", q.estimate);
    if (q.kind == "coding" && !judging_line(q).empty()) {
      out += "\n### Run your solution\n\n";
      if (!q.judging.io.empty()) out += q.judging.io + "\n\n";
      out += judging_line(q) + "\n";
      if (q.judging.judged()) out += fmt::format("\n    {}\n", test_command(q));
    }
    if (!q.sources.empty()) {
      out += "\n### Sources\n\n";
      for (const auto& item : q.sources) out += fmt::format("- {}\n", item);
    }
    return out;
  }
  case Format::text: {
    std::string out =
        fmt::format("{}  {}\n", paint(q.id, ansi::bold, style), paint(metadata(q, style), ansi::dim, style));
    out += paint(fmt::format("tags: {}", fmt::join(q.tags, ", ")), ansi::dim, style) + "\n\n";
    out += wrap(q.prompt, style.width);
    if (!q.code.empty()) out += "\n" + indented(q.code, "    ");
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
    if (q.kind == "coding" && !judging_line(q).empty()) {
      out += "\n" + paint("Run your solution:", ansi::cyan, style) + "\n";
      if (!q.judging.io.empty()) out += wrap(q.judging.io, style.width, "  ");
      out += wrap(judging_line(q), style.width, "  ");
      if (q.judging.judged()) out += fmt::format("    {}\n", test_command(q));
    }
    if (!q.sources.empty()) {
      out += "\n" + paint("Sources:", ansi::cyan, style) + "\n";
      out += bullets(q.sources, style.width, "-");
    }
    return out;
  }
  }
  return "";
}

Table subtopic_table(const Bank& bank) {
  std::vector<std::size_t> counts(all_subtopics().size());
  for (std::size_t i = 0; i < bank.size(); ++i)
    ++counts[static_cast<std::size_t>(bank.info(i).subtopic - all_subtopics().data())];
  Table table{{"subtopic", "area", "questions", "title"}, {false, false, true, false}, {}};
  for (std::size_t s = 0; s < counts.size(); ++s) {
    const Subtopic& subtopic = all_subtopics()[s];
    table.rows.push_back(
        {std::string(subtopic.id), std::string(subtopic.area), std::to_string(counts[s]), std::string(subtopic.title)});
  }
  return table;
}

Table tag_table(const Bank& bank) {
  std::vector<std::size_t> counts(bank.image().tag_count());
  for (std::size_t i = 0; i < bank.size(); ++i) {
    const TagIds tags = bank.info(i).tags;
    for (std::uint32_t t = 0; t < tags.size(); ++t) ++counts[tags[t]];
  }
  std::vector<std::pair<std::string, std::size_t>> sorted;  // by name, as the bank numbers them
  for (std::uint32_t t = 0; t < counts.size(); ++t) sorted.emplace_back(bank.image().tag(t), counts[t]);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  Table table{{"tag", "questions"}, {false, true}, {}};
  for (const auto& [tag, count] : sorted) table.rows.push_back({tag, std::to_string(count)});
  return table;
}

Table id_table(const Bank& bank) {
  Table table{{"id", "subtopic", "difficulty", "kind"}, {false, false, false, false}, {}};
  for (std::size_t i = 0; i < bank.size(); ++i) {
    const QuestionInfo q = bank.info(i);
    table.rows.push_back(
        {std::string(q.id), std::string(q.subtopic->id), std::string(q.difficulty_name()), std::string(q.kind_name())});
  }
  return table;
}

}  // namespace prepkit
