#include "plan/report_render.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/error.h"
#include "base/suggest.h"
#include "output/svg.h"
#include "plan/plan_output.h"

namespace prepkit {

namespace {

// The colours and shapes of the charts, light and dark; the page and each SVG file carry it.
const char* const kChartStyle = R"(:root, svg {
  --ink: #1d232a; --muted: #5b6570; --paper: #ffffff; --grid: #e3e7eb;
  --done: #1f7a4d; --due: #7d8894; --planned: #4a7fb5; --declared: #a7b0ba;
  --again: #c0392b; --hard: #e08e2b; --good: #8cc98c; --easy: #1f7a4d; --empty: #eef1f4;
}
@media (prefers-color-scheme: dark) {
  :root, svg {
    --ink: #e4e8ec; --muted: #a3adb8; --paper: #15191d; --grid: #2c333a;
    --done: #4cc38a; --due: #8f9aa6; --planned: #6fa3dc; --declared: #5d6772;
    --again: #e5675a; --hard: #e8a24f; --good: #5e9e6a; --easy: #3fbf7f; --empty: #22282e;
  }
}
svg text { fill: var(--ink); font: 12px system-ui, sans-serif; }
svg .tick { fill: var(--muted); font-size: 11px; }
svg .heading { font-weight: 600; }
svg .axis { stroke: var(--muted); }
svg .grid { stroke: var(--grid); }
svg .due { fill: none; stroke: var(--due); stroke-width: 2; stroke-dasharray: 5 4; }
svg .done { fill: none; stroke: var(--done); stroke-width: 3; }
svg .point { fill: var(--done); }
svg .target { stroke: var(--again); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .bar-declared { fill: var(--declared); }
svg .bar-planned { fill: var(--planned); }
svg .bar-practised, svg .bar-completed { fill: var(--done); }
svg .bar-aborted { fill: var(--hard); }
svg .cell-empty { fill: var(--empty); }
svg .cell-again { fill: var(--again); }
svg .cell-hard { fill: var(--hard); }
svg .cell-good { fill: var(--good); }
svg .cell-easy { fill: var(--easy); }
svg .cell-text { font-size: 11px; }
)";

// The page around the charts.
const char* const kPageStyle = R"(body { margin: 2rem auto; max-width: 60rem; padding: 0 1rem;
  font: 15px/1.45 system-ui, sans-serif; color: var(--ink); background: var(--paper); }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--grid); }
.lede, figcaption, caption, footer { color: var(--muted); }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
caption { text-align: left; padding-bottom: 0.3rem; }
th, td { padding: 0.2rem 0.7rem; border-bottom: 1px solid var(--grid); text-align: left; }
th[scope=row] { white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.behind { color: var(--again); font-weight: 600; }
meter { width: 8rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  :root, svg { --paper: #ffffff; --ink: #000000; }
  section { break-inside: avoid; }
  h2 { break-after: avoid; }
}
)";

const char* const kNothing = "nothing recorded yet";

// The chart's empty state: its frame with a line saying there is nothing to draw.
void say_nothing(Svg& svg) { svg.text(svg.width() / 2, svg.height() / 2, kNothing, "tick", "middle"); }

std::string grade_word(double mean) {
  if (mean < 1.75) return "again";
  if (mean < 2.5) return "hard";
  if (mean < 3.5) return "good";
  return "easy";
}

std::string percent(double value) { return fmt::format("{:.0f}%", value); }

std::string seconds_text(double seconds) {
  const long s = std::lround(seconds);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::vector<std::pair<double, std::string>> week_labels(int weeks) {
  std::vector<std::pair<double, std::string>> labels;
  const int step = weeks > 12 ? 2 : 1;
  for (int w = step; w <= weeks; w += step) labels.emplace_back(w, std::to_string(w));
  return labels;
}

// Small multiples: panel `i` of `count`, three to a row, each `w` × `h`, under a heading line.
struct Grid {
  double w = 270, h = 170;
  int columns = 3;
  double x(std::size_t i) const { return static_cast<double>(i % columns) * w; }
  double y(std::size_t i) const { return static_cast<double>(i / columns) * h; }
  double height(std::size_t count) const { return h * static_cast<double>(std::max<std::size_t>((count + 2) / 3, 1)); }
};

Svg burnup_chart(const Report& r) {
  const Grid grid;
  Svg svg(grid.w * 3, grid.height(r.burnup.size()), "Burn-up of each target",
          fmt::format("Done by the end of each week (solid) against what the plan has due (dashed), weeks 1 to {}.",
                      r.weeks));
  if (r.burnup.empty()) say_nothing(svg);
  for (std::size_t i = 0; i < r.burnup.size(); ++i) {
    const Burnup& b = r.burnup[i];
    const int done = b.done.empty() ? 0 : b.done.back();
    svg.text(grid.x(i) + 44, grid.y(i) + 18, fmt::format("{}: {} of {}", b.target, done, b.total), "heading");
    const Frame f{grid.x(i) + 44,
                  grid.y(i) + 30,
                  grid.w - 64,
                  grid.h - 64,
                  0,
                  static_cast<double>(r.weeks),
                  0,
                  nice_top(std::max(b.total, done))};
    draw_axes(svg, f, 2, week_labels(r.weeks));
    std::vector<std::pair<double, double>> due{{f.x(0), f.y(0)}};
    for (std::size_t w = 0; w < b.due.size(); ++w) due.emplace_back(f.x(w + 1.0), f.y(b.due[w]));
    svg.polyline(due, "due", fmt::format("{}: due by week", b.target));
    std::vector<std::pair<double, double>> line{{f.x(0), f.y(0)}};
    for (std::size_t w = 0; w < b.done.size(); ++w) line.emplace_back(f.x(w + 1.0), f.y(b.done[w]));
    svg.polyline(line, "done");
    for (std::size_t w = 0; w < b.done.size(); ++w) {
      svg.circle(f.x(w + 1.0), f.y(b.done[w]), 3, "point",
                 fmt::format("{}, week {}: {} done, {} due", b.target, w + 1, b.done[w], b.due[w]));
    }
  }
  return svg;
}

Svg heatmap_chart(const Report& r) {
  const double label = 130, cell = 40, row = 26, top = 24;
  const double width = std::max(label + cell * r.weeks + 10, 420.0);
  Svg svg(width, top + row * static_cast<double>(std::max<std::size_t>(r.heatmap.size(), 1)) + 40,
          "Grades by subtopic and week",
          "Each cell is one subtopic in one week of the plan: the number of grades, coloured by their mean from "
          "again (red) to easy (green).");
  for (int w = 1; w <= r.weeks; ++w) {
    svg.text(label + cell * (w - 0.5), top - 8, w == r.week ? fmt::format("[{}]", w) : std::to_string(w), "tick",
             "middle");
  }
  if (r.heatmap.empty()) say_nothing(svg);
  for (std::size_t i = 0; i < r.heatmap.size(); ++i) {
    const HeatRow& h = r.heatmap[i];
    const double y = top + row * static_cast<double>(i);
    svg.text(label - 8, y + row / 2 + 4, h.subtopic, "", "end");
    for (std::size_t w = 0; w < h.weeks.size(); ++w) {
      const HeatCell& c = h.weeks[w];
      const double x = label + cell * static_cast<double>(w);
      const std::string tip = c.grades == 0 ? fmt::format("{}, week {}: no grades", h.subtopic, w + 1)
                                            : fmt::format("{}, week {}: {} grade{}, mostly {}", h.subtopic, w + 1,
                                                          c.grades, c.grades == 1 ? "" : "s", grade_word(c.mean));
      svg.rect(x + 1, y + 1, cell - 2, row - 2, c.grades == 0 ? "cell-empty" : "cell-" + grade_word(c.mean), tip);
      if (c.grades > 0) svg.text(x + cell / 2, y + row / 2 + 4, std::to_string(c.grades), "cell-text", "middle");
    }
  }
  const double legend = top + row * static_cast<double>(std::max<std::size_t>(r.heatmap.size(), 1)) + 24;
  double x = label;
  for (const char* grade : {"again", "hard", "good", "easy"}) {
    svg.rect(x, legend - 10, 12, 12, fmt::format("cell-{}", grade));
    svg.text(x + 16, legend, grade, "tick");
    x += 70;
  }
  return svg;
}

Svg split_chart(const Report& r) {
  const double label = 90, bar = 12, group = 3 * bar + 18, top = 30, width = 620;
  Svg svg(width, top + group * static_cast<double>(std::max<std::size_t>(r.split.size(), 1)), "Split of study by area",
          "For each area: the template's declared share, the share the plan's sessions give, and the share of the "
          "grades recorded so far, in percent.");
  const Frame f{label, top, width - label - 60, group * static_cast<double>(r.split.size()), 0, 100, 0, 1};
  double x = label;
  for (const auto& [cls, name] : std::vector<std::pair<std::string, std::string>>{
           {"bar-declared", "declared"}, {"bar-planned", "planned"}, {"bar-practised", "practised"}}) {
    svg.rect(x, 8, 12, 12, cls);
    svg.text(x + 16, 18, name, "tick");
    x += 100;
  }
  if (r.split.empty()) say_nothing(svg);
  for (std::size_t i = 0; i < r.split.size(); ++i) {
    const SplitRow& s = r.split[i];
    const double y = top + group * static_cast<double>(i);
    svg.text(label - 8, y + bar * 1.5 + 4, s.area, "", "end");
    const std::vector<std::tuple<std::string, double, std::string>> bars{{"bar-declared", s.declared, "declared"},
                                                                         {"bar-planned", s.planned, "planned"},
                                                                         {"bar-practised", s.practised, "practised"}};
    for (std::size_t k = 0; k < bars.size(); ++k) {
      const auto& [cls, value, name] = bars[k];
      const double by = y + bar * static_cast<double>(k);
      svg.rect(f.x(0), by, f.x(value) - f.x(0), bar - 2, cls, fmt::format("{} {}: {}", s.area, name, percent(value)));
      svg.text(f.x(value) + 4, by + bar - 3, percent(value), "tick");
    }
  }
  return svg;
}

Svg rehearsals_chart(const Report& r) {
  const Grid grid;
  Svg svg(grid.w * 3, grid.height(r.rehearsals.size()), "Rehearsal times against the target",
          "Each story's rehearsals in order, their spoken time as bars (orange when stopped early), and the "
          "story's target as a dashed line.");
  if (r.rehearsals.empty()) say_nothing(svg);
  for (std::size_t i = 0; i < r.rehearsals.size(); ++i) {
    const StoryTimes& s = r.rehearsals[i];
    // The last ten rehearsals: enough to see a trend in a small panel.
    const std::size_t from = s.times.size() > 10 ? s.times.size() - 10 : 0;
    double longest = s.target_seconds * 4.0 / 3;
    for (std::size_t k = from; k < s.times.size(); ++k) longest = std::max(longest, s.times[k].seconds);
    svg.text(grid.x(i) + 44, grid.y(i) + 18, fmt::format("{} (target {})", s.story, seconds_text(s.target_seconds)),
             "heading");
    const double slots = 10;
    const Frame f{grid.x(i) + 44, grid.y(i) + 30, grid.w - 64, grid.h - 64, 0, slots, 0, nice_top(longest)};
    draw_axes(svg, f, 2, {}, seconds_text);
    for (std::size_t k = from; k < s.times.size(); ++k) {
      const RehearsalTime& t = s.times[k];
      const double x = f.x(static_cast<double>(k - from));
      svg.rect(x + 2, f.y(t.seconds), f.x(1) - f.x(0) - 4, f.y(0) - f.y(t.seconds),
               t.completed ? "bar-completed" : "bar-aborted",
               fmt::format("{} on {}: {}{}", s.story, format_date(t.day), seconds_text(t.seconds),
                           t.completed ? "" : " (stopped)"));
    }
    svg.line(f.x(0), f.y(s.target_seconds), f.x(slots), f.y(s.target_seconds), "target");
  }
  return svg;
}

Svg chart(const Report& r, ReportChart which) {
  switch (which) {
  case ReportChart::burnup: return burnup_chart(r);
  case ReportChart::heatmap: return heatmap_chart(r);
  case ReportChart::split: return split_chart(r);
  case ReportChart::rehearsals: return rehearsals_chart(r);
  }
  return burnup_chart(r);
}

// A table's rows: the first is the header; cells whose text starts with a digit are numbers.
using Rows = std::vector<std::vector<std::string>>;

bool numeric(const std::string& cell) {
  return !cell.empty() && (std::isdigit(static_cast<unsigned char>(cell[0])) != 0);
}

std::string html_table(std::string_view caption, const Rows& rows, std::string_view empty = kNothing) {
  std::string out = fmt::format("<table>\n<caption>{}</caption>\n<thead><tr>", xml_escape(caption));
  for (const auto& head : rows.front()) out += fmt::format("<th scope=\"col\">{}</th>", xml_escape(head));
  out += "</tr></thead>\n<tbody>\n";
  if (rows.size() == 1) {
    out += fmt::format("<tr><td colspan=\"{}\">{}</td></tr>\n", rows.front().size(), xml_escape(empty));
  }
  for (std::size_t i = 1; i < rows.size(); ++i) {
    out += "<tr>";
    for (std::size_t c = 0; c < rows[i].size(); ++c) {
      const std::string& cell = rows[i][c];
      if (c == 0) {
        out += fmt::format("<th scope=\"row\">{}</th>", xml_escape(cell));
      } else {
        out += fmt::format("<td{}>{}</td>", numeric(cell) ? " class=\"n\"" : "", xml_escape(cell));
      }
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string figure(const Svg& svg, std::string_view id) {
  return fmt::format("<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n", svg.inline_svg(id),
                     xml_escape(svg.description()));
}

std::string section(std::string_view id, std::string_view heading, const std::string& body) {
  return fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n{}</section>\n", id, xml_escape(heading), body);
}

std::string targets_section(const Report& r) {
  Rows progress{{"target", "done", "expected by today", "due this week", "status", "plan"}};
  for (const auto& t : r.progress) {
    progress.push_back({t.name, std::to_string(t.done), std::to_string(t.expected), std::to_string(t.due), t.status,
                        std::to_string(t.total)});
  }
  Rows weeks{{"week"}};
  for (const auto& b : r.burnup) weeks.front().push_back(b.target + " done / due");
  for (int w = 1; w <= r.weeks; ++w) {
    std::vector<std::string> row{std::to_string(w)};
    for (const auto& b : r.burnup) {
      const auto i = static_cast<std::size_t>(w - 1);
      row.push_back(fmt::format("{} / {}", i < b.done.size() ? std::to_string(b.done[i]) : "-", b.due[i]));
    }
    weeks.push_back(row);
  }
  return section("targets", "Targets",
                 html_table(fmt::format("Week {}: what is done against what the plan expects", r.week), progress,
                            "the plan has no targets") +
                     figure(burnup_chart(r), "burnup") + html_table("Burn-up by week", weeks));
}

std::string split_section(const Report& r) {
  Rows rows{{"area", "declared", "planned", "practised", "grades"}};
  for (const auto& s : r.split) {
    rows.push_back({s.area, percent(s.declared), percent(s.planned), percent(s.practised), std::to_string(s.grades)});
  }
  const std::string outside =
      r.grades_outside == 0
          ? ""
          : fmt::format("<p>{} grade{} in areas the split does not name (behavioural, questions to ask).</p>\n",
                        r.grades_outside, r.grades_outside == 1 ? "" : "s");
  return section("split", "Split", figure(split_chart(r), "split") + html_table("Split by area", rows) + outside);
}

std::string grades_section(const Report& r) {
  Rows rows{{"subtopic"}};
  for (int w = 1; w <= r.weeks; ++w) rows.front().push_back(fmt::format("week {}", w));
  for (const auto& h : r.heatmap) {
    std::vector<std::string> row{h.subtopic};
    for (const auto& c : h.weeks)
      row.push_back(c.grades == 0 ? "" : fmt::format("{} ({})", c.grades, grade_word(c.mean)));
    rows.push_back(row);
  }
  return section(
      "grades", "Grades",
      figure(heatmap_chart(r), "heatmap") + html_table("Grades by subtopic and week: how many, and their mean", rows));
}

std::string coverage_section(const Report& r) {
  std::string body =
      "<table>\n<caption>Rubric points the practised answers covered</caption>\n<thead><tr>"
      "<th scope=\"col\">subtopic</th><th scope=\"col\">answers</th><th scope=\"col\">points covered</th>"
      "<th scope=\"col\">share</th></tr></thead>\n<tbody>\n";
  if (r.coverage.empty()) body += "<tr><td colspan=\"4\">no answers practised yet (qpick practice)</td></tr>\n";
  for (const auto& c : r.coverage) {
    const double share = c.points > 0 ? 100.0 * c.covered / c.points : 0;
    body += fmt::format(
        "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{} of {}</td>"
        "<td><meter min=\"0\" max=\"100\" value=\"{:.0f}\">{}</meter> {}</td></tr>\n",
        xml_escape(c.subtopic), c.answers, c.covered, c.points, share, percent(share), percent(share));
  }
  return section("coverage", "Coverage", body + "</tbody>\n</table>\n");
}

std::string coding_section(const Report& r) {
  Rows rows{{"problem", "first solved", "runs", "fastest"}};
  for (const auto& p : r.solved) {
    rows.push_back({p.question, format_date(p.first), std::to_string(p.runs), fmt::format("{} ms", p.best_ms)});
  }
  return section(
      "coding", "Judged coding problems",
      html_table(fmt::format("{} problem{} solved with qpick test", r.solved.size(), r.solved.size() == 1 ? "" : "s"),
                 rows, "none solved yet"));
}

std::string rehearsals_section(const Report& r) {
  Rows rows{{"story", "rehearsals", "completed", "last", "best", "target"}};
  for (const auto& s : r.rehearsals) {
    int completed = 0;
    double best = 0;
    for (const auto& t : s.times) {
      if (!t.completed) continue;
      ++completed;
      best = best == 0 ? t.seconds : std::min(best, t.seconds);
    }
    rows.push_back({s.story, std::to_string(s.times.size()), std::to_string(completed),
                    seconds_text(s.times.back().seconds), completed ? seconds_text(best) : "-",
                    seconds_text(s.target_seconds)});
  }
  return section("rehearsals", "Rehearsals",
                 figure(rehearsals_chart(r), "rehearsals") + html_table("Rehearsals of each story", rows));
}

std::string next_section(const Report& r) {
  if (!r.next_week) {
    return section("next", "Next week",
                   fmt::format("<p>Week {} is the plan's last; it ends on {}.</p>\n", r.week, day_label(r.end)));
  }
  Rows rows{{"day", "time", "minutes", "focus", "work"}};
  for (const auto& s : r.next_sessions) {
    rows.push_back({day_label(s.day), fmt::format("{}-{}", clock_time(s.start), clock_time(s.start + s.minutes)),
                    std::to_string(s.minutes), s.focus, s.description});
  }
  return section("next", fmt::format("Week {}", *r.next_week),
                 html_table(fmt::format("The sessions of week {}", *r.next_week), rows, "no sessions"));
}

}  // namespace

const std::vector<std::string>& all_report_charts() {
  static const std::vector<std::string> names = {"burnup", "heatmap", "split", "rehearsals"};
  return names;
}

ReportChart parse_report_chart(std::string_view name) {
  const auto& names = all_report_charts();
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) {
    throw FieldError("chart", fmt::format("expected burnup, heatmap, split or rehearsals, found '{}'{}", name,
                                          did_you_mean(name, names)));
  }
  return static_cast<ReportChart>(it - names.begin());
}

std::string report_svg(const Report& report, ReportChart which) { return chart(report, which).document(kChartStyle); }

std::string report_html(const Report& r) {
  const std::string heading = fmt::format("Week {} of {}", r.week, r.weeks);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"color-scheme\" content=\"light dark\">\n<title>{}: {}</title>\n<style>\n{}{}</style>\n</head>\n"
      "<body>\n<header>\n<h1>{}</h1>\n<p class=\"lede\">{}, as of {}. The plan runs from {} to {}.</p>\n</header>\n",
      xml_escape(r.title), heading, kChartStyle, kPageStyle, xml_escape(r.title), heading, day_label(r.day),
      day_label(r.start), day_label(r.end));
  out += targets_section(r) + split_section(r) + grades_section(r) + coverage_section(r) + coding_section(r) +
         rehearsals_section(r) + next_section(r);
  return out +
         "<footer>\n<p>Made by plan report, from the plan and the state database.</p>\n</footer>\n</body>\n</html>\n";
}

}  // namespace prepkit
