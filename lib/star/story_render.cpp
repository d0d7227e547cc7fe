#include "star/story_render.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/markdown.h"
#include "output/chart.h"
#include "star/speech.h"

namespace prepkit {

namespace {

using Json = nlohmann::ordered_json;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// m:ss of `ms`, or "-" for none.
std::string clock(const std::optional<long>& ms) { return ms ? format_duration(whole_seconds(*ms)) : "-"; }

// Whole seconds of `ms` as a table cell, or "" for none.
std::string seconds_cell(const std::optional<long>& ms) { return ms ? std::to_string(whole_seconds(*ms)) : ""; }

Json seconds_json(const std::optional<long>& ms) { return ms ? Json(whole_seconds(*ms)) : Json(nullptr); }

// "0:20 under", "0:12 over", "on target".
std::string margin_text(long margin_seconds) {
  if (margin_seconds == 0) return "on target";
  return fmt::format("{} {}", format_duration(std::abs(margin_seconds)), margin_seconds > 0 ? "over" : "under");
}

// Renders a text table whose first row is its header, the header dimmed.
std::string text_table(Table table, const Style& style) {
  table.rows.insert(table.rows.begin(), table.columns);
  std::string out = render_table(table, Format::text);
  if (!style.color) return out;
  const auto end = out.find('\n');
  return paint(out.substr(0, end), ansi::dim, style) + out.substr(end);
}

// A line of a part as it is shown: prose with its comments gone (a comment across lines joins
// the text around it into one line), or a line of a fenced code block, fences included.
struct ShownLine {
  std::string text;
  bool code = false;
};

std::vector<ShownLine> shown_lines(std::string_view markdown) {
  std::vector<ShownLine> lines;
  std::string prose;
  MarkdownScanner scanner;
  for (const std::string_view line : split_lines(markdown)) {
    const MarkdownLine scanned = scanner.scan(line);
    if (scanned.kind == LineKind::fence || scanned.kind == LineKind::code) {
      lines.push_back({std::string(line), true});
      continue;
    }
    for (const std::string_view part : scanned.outside) prose += part;
    if (!scanned.ends_in_comment) lines.push_back({std::exchange(prose, {}), false});
  }
  if (!prose.empty()) lines.push_back({prose, false});
  return lines;
}

// The text of a part for reading: comments gone, blank lines at either end dropped, prose
// wrapped at `width` columns (0: not wrapped), code blocks as they are.
std::string readable(std::string_view markdown, std::size_t width = 0) {
  std::string out;
  bool blank_pending = false;
  for (const ShownLine& line : shown_lines(markdown)) {
    const std::size_t indent = line.text.find_first_not_of(" \t");
    if (indent == std::string::npos && !line.code) {
      blank_pending = !out.empty();
      continue;
    }
    if (blank_pending) out += "\n";
    blank_pending = false;
    if (width == 0 || line.code) {
      out += "  " + line.text + "\n";
    } else {
      out += wrap(line.text, width, "  " + line.text.substr(0, indent));
    }
  }
  return out;
}

const std::vector<std::string> kListColumns = {"story",  "title",      "theme", "words", "spoken",
                                               "target", "rehearsals", "best",  "last",  "vs_target"};

}  // namespace

long whole_seconds(long ms) { return ms < 0 ? -((-ms) / 1000) : ms / 1000; }

std::string render_story_list(const std::vector<StoryListing>& stories, Format format, const Style& style) {
  // The last time, or before any rehearsal the spoken time, against the target: nothing for a story
  // with neither a rehearsal nor a spoken word, which has no timing to compare.
  const auto margin = [](const StoryListing& s) -> std::optional<long> {
    if (!s.stats.last_ms && s.check.total_words == 0) return std::nullopt;
    const long basis = s.stats.last_ms ? whole_seconds(*s.stats.last_ms) : s.check.predicted_seconds;
    return basis - s.note.target_seconds;
  };
  if (format == Format::json) {
    Json list = Json::array();
    for (const auto& s : stories) {
      list.push_back({{"story", s.file.slug},
                      {"file", s.file.path.string()},
                      {"title", s.note.title},
                      {"theme", s.note.theme},
                      {"tags", s.note.tags},
                      {"words", s.check.total_words},
                      {"spoken_seconds", s.check.predicted_seconds},
                      {"target_seconds", s.note.target_seconds},
                      {"rehearsals", s.stats.completed},
                      {"best_seconds", seconds_json(s.stats.best_ms)},
                      {"last_seconds", seconds_json(s.stats.last_ms)},
                      {"margin_seconds", margin(s) ? Json(*margin(s)) : Json(nullptr)},
                      {"margin_of", !margin(s) ? Json(nullptr) : Json(s.stats.last_ms ? "last" : "spoken")}});
    }
    return list.dump(2) + "\n";
  }
  Table table{kListColumns, {false, false, false, true, true, true, true, true, true, false}, {}};
  for (const auto& s : stories) {
    const std::optional<long> m = margin(s);
    if (format == Format::text) {
      const std::string vs = m ? margin_text(*m) : "-";
      table.rows.push_back({s.file.slug, s.note.title, s.note.theme.empty() ? "-" : s.note.theme,
                            std::to_string(s.check.total_words), format_duration(s.check.predicted_seconds),
                            format_duration(s.note.target_seconds), std::to_string(s.stats.completed),
                            clock(s.stats.best_ms), clock(s.stats.last_ms),
                            m && *m > 0 ? paint(vs, ansi::red, style) : vs});
    } else {
      table.rows.push_back({s.file.slug, s.note.title, s.note.theme, std::to_string(s.check.total_words),
                            std::to_string(s.check.predicted_seconds), std::to_string(s.note.target_seconds),
                            std::to_string(s.stats.completed), seconds_cell(s.stats.best_ms),
                            seconds_cell(s.stats.last_ms), m ? std::to_string(*m) : ""});
    }
  }
  if (format != Format::text) return render_table(table, format);
  // Text: the title goes last, where a long one can run on.
  Table text{{"story", "theme", "words", "spoken", "target", "rehearsed", "best", "last", "vs target", "title"},
             {false, false, true, true, true, true, true, true, false, false},
             {}};
  for (auto& row : table.rows) {
    text.rows.push_back({row[0], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[1]});
  }
  return text_table(std::move(text), style);
}

std::string render_checks(const std::vector<CheckedStory>& stories, Format format, const Style& style) {
  if (format == Format::json) {
    Json list = Json::array();
    for (const auto& s : stories) {
      Json story = {{"story", s.file.slug}, {"file", s.file.path.string()}};
      if (s.note) {
        story["title"] = s.note->title;
        story["theme"] = s.note->theme;
        story["target_seconds"] = s.check.target_seconds;
        story["rate"] = s.check.rate;
        Json parts = Json::array();
        for (const Part part : kParts) {
          const auto i = static_cast<std::size_t>(part);
          parts.push_back({{"part", lower(part_name(part))},
                           {"present", s.note->section(part).has_value()},
                           {"words", s.check.words[i]},
                           {"seconds", s.check.seconds[i]}});
        }
        story["parts"] = std::move(parts);
        story["words"] = s.check.total_words;
        story["spoken_seconds"] = s.check.predicted_seconds;
      }
      Json findings = Json::array();
      for (const auto& f : s.check.findings) {
        findings.push_back({{"code", f.code},
                            {"line", f.where.line > 0 ? Json(f.where.line) : Json(nullptr)},
                            {"message", f.where.message}});
      }
      story["findings"] = std::move(findings);
      list.push_back(std::move(story));
    }
    return list.dump(2) + "\n";
  }
  if (format != Format::text) {
    Table table{
        {"story", "file", "line", "column", "finding", "message"}, {false, false, true, true, false, false}, {}};
    for (const auto& s : stories) {
      for (const auto& f : s.check.findings) {
        table.rows.push_back({s.file.slug, f.where.file, f.where.line > 0 ? std::to_string(f.where.line) : "",
                              f.where.column > 0 ? std::to_string(f.where.column) : "", f.code, f.where.message});
      }
    }
    return render_table(table, format);
  }
  std::string out;
  for (const auto& s : stories) {
    if (!out.empty()) out += "\n";
    out += paint(s.file.slug, ansi::bold, style);
    if (s.note) out += "  " + s.note->title;
    out += "\n";
    if (s.note) {
      Table parts{{"", "", "", "", "", ""}, {false, true, false, true, true, false}, {}};
      for (const Part part : kParts) {
        const auto i = static_cast<std::size_t>(part);
        const bool present = s.note->section(part).has_value();
        parts.rows.push_back(
            {"  " + std::string(part_name(part)), std::to_string(s.check.words[i]), "words",
             format_duration(s.check.seconds[i]),
             present && s.check.total_words > 0
                 ? fmt::format("{}%", (200 * s.check.words[i] + s.check.total_words) / (2 * s.check.total_words))
                 : "",
             ""});
      }
      parts.rows.push_back(
          {"  total", std::to_string(s.check.total_words), "words", format_duration(s.check.predicted_seconds), "",
           fmt::format("target {} at {} words a minute", format_duration(s.check.target_seconds), s.check.rate)});
      out += render_table(parts, Format::text);
    }
    if (s.check.findings.empty()) out += "  " + paint("no findings", ansi::green, style) + "\n";
    for (const auto& f : s.check.findings) out += "  " + paint(f.where.str(), ansi::yellow, style) + "\n";
  }
  return out;
}

std::string render_story(const StoryFile& file, const StoryNote& note, const StoryCheck& check, std::string_view raw,
                         Format format, const Style& style) {
  switch (format) {
  case Format::md: return std::string(raw);
  case Format::json: {
    Json parts = Json::array();
    for (const Part part : kParts) {
      const auto i = static_cast<std::size_t>(part);
      const auto& section = note.section(part);
      parts.push_back({{"part", lower(part_name(part))},
                       {"line", section ? Json(section->line) : Json(nullptr)},
                       {"words", check.words[i]},
                       {"seconds", check.seconds[i]},
                       {"text", section ? Json(section->text) : Json(nullptr)}});
    }
    const Json json = {{"story", file.slug},
                       {"file", file.path.string()},
                       {"title", note.title},
                       {"theme", note.theme},
                       {"target_seconds", note.target_seconds},
                       {"created", note.created ? Json(format_date(*note.created)) : Json(nullptr)},
                       {"tags", note.tags},
                       {"words", check.total_words},
                       {"spoken_seconds", check.predicted_seconds},
                       {"parts", parts}};
    return json.dump(2) + "\n";
  }
  case Format::tsv: {
    Table table{{"part", "words", "seconds", "text"}, {false, true, true, false}, {}};
    for (const Part part : kParts) {
      const auto i = static_cast<std::size_t>(part);
      const auto& section = note.section(part);
      table.rows.push_back({lower(part_name(part)), std::to_string(check.words[i]), std::to_string(check.seconds[i]),
                            section ? readable(section->text) : ""});
    }
    for (auto& row : table.rows) {  // one line per part: the indentation of the text view goes
      std::string& text = row[3];
      std::string flat;
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
          flat += ' ';
          while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
        } else {
          flat += text[i];
        }
      }
      const auto first = flat.find_first_not_of(' ');
      const auto last = flat.find_last_not_of(' ');
      text = first == std::string::npos ? "" : flat.substr(first, last - first + 1);
    }
    return render_table(table, format);
  }
  case Format::text: {
    std::string out = paint(note.title, ansi::bold, style) + "\n";
    std::vector<std::string> facts;
    if (!note.theme.empty()) facts.push_back(note.theme);
    facts.push_back(fmt::format("{} words, about {} at {} words a minute", check.total_words,
                                format_duration(check.predicted_seconds), check.rate));
    facts.push_back(fmt::format("target {}", format_duration(note.target_seconds)));
    if (!note.tags.empty()) facts.push_back(fmt::format("tags: {}", fmt::join(note.tags, ", ")));
    out += paint(fmt::format("{}", fmt::join(facts, fmt::format(" {} ", separator(style)))), ansi::dim, style) + "\n";
    out += paint(file.path.string(), ansi::dim, style) + "\n";
    for (const Part part : kParts) {
      const auto i = static_cast<std::size_t>(part);
      const auto& section = note.section(part);
      out += "\n" + paint(std::string(part_name(part)), ansi::bold, style);
      if (!section) {
        out += paint("  (missing)", ansi::yellow, style) + "\n";
        continue;
      }
      out += paint(fmt::format("  {} words, {}", check.words[i], format_duration(check.seconds[i])), ansi::dim, style) +
             "\n";
      out += readable(section->text, style.width);
    }
    return out;
  }
  }
  return "";
}

std::string render_rehearsal(const RehearsalRecord& r, const StoryCheck& check, Format format, const Style& style) {
  const long total = whole_seconds(r.total_ms);
  if (format == Format::json) {
    Json parts = Json::array();
    for (const Part part : kParts) {
      const auto i = static_cast<std::size_t>(part);
      parts.push_back({{"part", lower(part_name(part))},
                       {"seconds", seconds_json(r.part_ms[i])},
                       {"predicted_seconds", check.seconds[i]}});
    }
    const Json json = {{"story", r.story},
                       {"day", format_date(r.day)},
                       {"started_at", r.started_at},
                       {"outcome", outcome_name(r.outcome)},
                       {"seconds", total},
                       {"predicted_seconds", check.predicted_seconds},
                       {"target_seconds", r.target_seconds},
                       {"words", r.words},
                       {"parts", parts}};
    return json.dump(2) + "\n";
  }
  const bool text = format == Format::text;
  Table table{{"part", "time", "predicted"}, {false, true, true}, {}};
  if (!text) table.columns = {"part", "seconds", "predicted_seconds"};
  for (const Part part : kParts) {
    const auto i = static_cast<std::size_t>(part);
    table.rows.push_back({text ? std::string(part_name(part)) : lower(part_name(part)),
                          text ? clock(r.part_ms[i]) : seconds_cell(r.part_ms[i]),
                          text ? format_duration(check.seconds[i]) : std::to_string(check.seconds[i])});
  }
  table.rows.push_back({"total", text ? format_duration(total) : std::to_string(total),
                        text ? format_duration(check.predicted_seconds) : std::to_string(check.predicted_seconds)});
  if (!text) return render_table(table, format);
  std::string out = text_table(std::move(table), style);
  if (r.outcome == Outcome::aborted) {
    std::size_t reached = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      if (r.part_ms[i]) reached = i;
    }
    out += paint(fmt::format("aborted during the {} after {}", part_name(kParts[reached]), format_duration(total)),
                 ansi::yellow, style) +
           "\n";
  } else {
    const long margin = total - r.target_seconds;
    const std::string verdict = fmt::format("{} against a {} target: {}", format_duration(total),
                                            format_duration(r.target_seconds), margin_text(margin));
    out += paint(verdict, margin > 0 ? ansi::red : ansi::green, style) + "\n";
  }
  return out;
}

std::string render_rehearsal_stats(const std::vector<RehearsalStats>& stats, Format format, const Style& style) {
  if (format == Format::json) {
    Json list = Json::array();
    for (const auto& s : stats) {
      Json recent = Json::array();
      for (const long ms : s.recent_ms) recent.push_back(whole_seconds(ms));
      list.push_back(
          {{"story", s.story},
           {"rehearsals", s.completed},
           {"aborted", s.aborted},
           {"median_seconds", seconds_json(s.median_ms)},
           {"best_seconds", seconds_json(s.best_ms)},
           {"last_seconds", seconds_json(s.last_ms)},
           {"recent_seconds", recent},
           {"trend_seconds_per_run", s.trend_ms ? Json(static_cast<double>(*s.trend_ms) / 1000.0) : Json(nullptr)},
           {"under_target", s.under_target},
           {"words_per_minute", s.words_per_minute ? Json(*s.words_per_minute) : Json(nullptr)},
           {"last_day", s.last_day ? Json(format_date(*s.last_day)) : Json(nullptr)}});
    }
    return list.dump(2) + "\n";
  }
  if (format != Format::text) {
    Table table{{"story", "rehearsals", "aborted", "median", "best", "last", "recent", "trend_ms", "under_target",
                 "words_per_minute"},
                {false, true, true, true, true, true, false, true, true, true},
                {}};
    for (const auto& s : stats) {
      std::vector<std::string> recent;
      for (const long ms : s.recent_ms) recent.push_back(std::to_string(whole_seconds(ms)));
      table.rows.push_back({s.story, std::to_string(s.completed), std::to_string(s.aborted), seconds_cell(s.median_ms),
                            seconds_cell(s.best_ms), seconds_cell(s.last_ms), fmt::format("{}", fmt::join(recent, ",")),
                            s.trend_ms ? std::to_string(*s.trend_ms) : "", std::to_string(s.under_target),
                            s.words_per_minute ? std::to_string(*s.words_per_minute) : ""});
    }
    return render_table(table, format);
  }
  Table table{{"story", "rehearsed", "aborted", "median", "best", "last five", "trend", "under target", "wpm"},
              {false, true, true, true, true, false, false, false, true},
              {}};
  for (const auto& s : stats) {
    std::vector<std::string> recent;
    std::vector<double> seconds;
    for (const long ms : s.recent_ms) {
      recent.push_back(clock(ms));
      seconds.push_back(static_cast<double>(ms) / 1000);
    }
    // The target is the sixth of the eight heights: a time past it stands out above.
    const std::string shape = paint(sparkline(seconds, s.target_seconds * 4.0 / 3.0, style), ansi::cyan, style);
    table.rows.push_back({s.story, std::to_string(s.completed), std::to_string(s.aborted), clock(s.median_ms),
                          clock(s.best_ms), recent.empty() ? "-" : fmt::format("{} {}", shape, fmt::join(recent, " ")),
                          s.trend_ms ? describe_trend(*s.trend_ms) : "-",
                          s.completed > 0 ? fmt::format("{} of {}", s.under_target, s.completed) : "-",
                          s.words_per_minute ? std::to_string(*s.words_per_minute) : "-"});
  }
  return text_table(std::move(table), style);
}

std::string render_story_rehearsals(const RehearsalStats& stats, const std::vector<RehearsalRecord>& rehearsals,
                                    Format format, const Style& style) {
  if (format == Format::json) {
    Json json = Json::parse(render_rehearsal_stats({stats}, Format::json, style)).at(0);
    Json list = Json::array();
    for (const auto& r : rehearsals) {
      Json parts = Json::object();
      for (const Part part : kParts) {
        parts[lower(part_name(part))] = seconds_json(r.part_ms[static_cast<std::size_t>(part)]);
      }
      list.push_back({{"day", format_date(r.day)},
                      {"started_at", r.started_at},
                      {"outcome", outcome_name(r.outcome)},
                      {"seconds", whole_seconds(r.total_ms)},
                      {"parts", parts},
                      {"target_seconds", r.target_seconds},
                      {"words", r.words}});
    }
    json["history"] = std::move(list);
    return json.dump(2) + "\n";
  }
  const bool text = format == Format::text;
  Table table{{"day", "started_at", "outcome", "total", "situation", "task", "action", "result", "target"},
              {false, false, false, true, true, true, true, true, true},
              {}};
  for (const auto& r : rehearsals) {
    std::vector<std::string> row = {format_date(r.day), r.started_at, std::string(outcome_name(r.outcome)),
                                    text ? clock(r.total_ms) : std::to_string(whole_seconds(r.total_ms))};
    for (const auto& ms : r.part_ms) row.push_back(text ? clock(ms) : seconds_cell(ms));
    row.push_back(text ? format_duration(r.target_seconds) : std::to_string(r.target_seconds));
    table.rows.push_back(std::move(row));
  }
  if (!text) return render_table(table, format);
  return render_rehearsal_stats({stats}, format, style) + "\n" + text_table(std::move(table), style);
}

}  // namespace prepkit
