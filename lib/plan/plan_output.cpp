#include "plan/plan_output.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/suggest.h"
#include "output/ics.h"

namespace prepkit {

namespace {

const std::vector<std::string> kFormats = {"text", "md", "json", "csv", "ics"};

std::string hours(int minutes) {
  return minutes % 60 == 0 ? fmt::format("{} h", minutes / 60) : fmt::format("{:g} h", minutes / 60.0);
}

std::string plural(int n, std::string_view word) {
  if (word == "story") return fmt::format("{} {}", n, n == 1 ? "story" : "stories");
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// "3 problems" for a target's name and count.
std::string target_words(const std::string& name, int n) {
  if (name == "problems") return plural(n, "problem");
  if (name == "chapters") return plural(n, "chapter");
  if (name == "mocks") return plural(n, "mock interview");
  if (name == "design_mocks") return plural(n, "system-design mock");
  if (name == "stories") return plural(n, "story");
  return plural(n, "rehearsal");
}

// What falls due in `week`: "12 problems (12 in all)".
std::vector<std::string> due_in(const Plan& plan, int week) {
  std::vector<std::string> due;
  for (const auto& t : plan.targets) {
    const int now = t.due[static_cast<std::size_t>(week - 1)];
    const int before = week > 1 ? t.due[static_cast<std::size_t>(week - 2)] : 0;
    if (now > before)
      due.push_back(target_words(t.name, now - before) + (before > 0 ? fmt::format(" ({} in all)", now) : ""));
  }
  return due;
}

// "coding 60% (5.75 h), fundamentals 40% (3.75 h), stories 0.5 h": the phase's split of the
// week's time after story time, and the story time.
std::string split_words(const WeekPlan& w) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < w.split.size(); ++i) {
    parts.push_back(fmt::format("{} {}% ({})", w.split[i].name, w.split[i].percent, hours(w.focus_minutes[i].percent)));
  }
  if (w.story_minutes > 0) parts.push_back(fmt::format("stories {}", hours(w.story_minutes)));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string session_line(const Session& s, std::size_t focus_width) {
  return fmt::format("{} {}-{}  {:<{}}  {}", day_label(s.day), clock_time(s.start), clock_time(s.start + s.minutes),
                     s.focus, focus_width, s.description);
}

std::size_t focus_width(const Plan& plan) {
  std::size_t width = 0;
  for (const auto& w : plan.week_plans) {
    for (const auto& s : w.sessions) width = std::max(width, s.focus.size());
  }
  return width;
}

// The declared split beside the realised one, the largest gap, and the time outside the split.
std::string split_table(const Plan& plan) {
  Table table{{"area", "declared", "realised"}, {false, true, true}, {}};
  table.rows.push_back({"split", "declared", "realised"});
  for (const auto& share : plan.declared_split) {
    for (const auto& [area, percent] : plan.realised_split) {
      if (area != share.name) continue;
      table.rows.push_back({area, fmt::format("{}%", share.percent), fmt::format("{:.1f}%", percent)});
    }
  }
  std::string out = render_table(table, Format::text);
  const SplitGap gap = largest_gap(plan);
  out += fmt::format("largest gap: {:.1f} points ({})", gap.points(), gap.area);
  std::vector<std::string> outside;
  for (const auto& [area, minutes] : plan.outside_split) outside.push_back(fmt::format("{} {}", area, hours(minutes)));
  if (!outside.empty()) out += fmt::format("; besides the split: {}", fmt::join(outside, ", "));
  return out + "\n";
}

std::string text_week(const Plan& plan, const WeekPlan& w, const Style& style) {
  std::string out = fmt::format("Week {} ({} to {}): {}\n", w.number, day_label(w.first_day),
                                day_label(add_days(w.first_day, 6)), w.phase);
  if (style.color) out = fmt::format("{}{}{}\n", ansi::bold, out.substr(0, out.size() - 1), ansi::reset);
  out += fmt::format("  {}\n", split_words(w));
  for (const auto& s : w.sessions) out += "  " + session_line(s, focus_width(plan)) + "\n";
  const auto due = due_in(plan, w.number);
  if (!due.empty()) out += fmt::format("  due this week: {}\n", fmt::join(due, ", "));
  return out;
}

std::string text_plan(const Plan& plan, const Style& style, std::optional<int> week) {
  std::vector<std::string> days;
  for (const int d : plan.days) days.push_back(weekday_name(d));
  std::string out;
  if (!week) {
    out += fmt::format("{}: {} to {}, {} weeks, {} a week on {} from {}\n\n", plan.title, format_date(plan.start),
                       format_date(plan.end()), plan.weeks, hours(plan.minutes_per_week), fmt::join(days, ","),
                       clock_time(plan.at));
  }
  for (const auto& w : plan.week_plans) {
    if (week && w.number != *week) continue;
    out += text_week(plan, w, style);
    if (!week) out += "\n";
  }
  if (week) return out;
  return out + split_table(plan);
}

std::string md_plan(const Plan& plan, std::optional<int> week) {
  std::string out;
  if (!week)
    out += fmt::format("# {}\n\n{} to {} · {} a week\n\n", plan.title, format_date(plan.start), format_date(plan.end()),
                       hours(plan.minutes_per_week));
  for (const auto& w : plan.week_plans) {
    if (week && w.number != *week) continue;
    out +=
        fmt::format("## Week {} · {} · from {}\n\n{}\n\n", w.number, w.phase, day_label(w.first_day), split_words(w));
    for (const auto& s : w.sessions) {
      out += fmt::format("- [ ] {} {}-{} · {} · {}\n", day_label(s.day), clock_time(s.start),
                         clock_time(s.start + s.minutes), s.focus, s.description);
    }
    const auto due = due_in(plan, w.number);
    if (!due.empty()) {
      out += "\nDue this week:\n\n";
      for (const auto& d : due) out += fmt::format("- [ ] {}\n", d);
    }
    out += "\n";
  }
  return out;
}

std::string csv_cell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_plan(const Plan& plan, std::optional<int> week, std::optional<Date> day) {
  std::string out = "date,start,end,minutes,week,phase,focus,work,description\r\n";
  for (const auto& w : plan.week_plans) {
    if (week && w.number != *week) continue;
    for (const auto& s : w.sessions) {
      if (day && !(s.day == *day)) continue;
      out += fmt::format("{},{},{},{},{},{},{},{},{}\r\n", format_date(s.day), clock_time(s.start),
                         clock_time(s.start + s.minutes), s.minutes, w.number, csv_cell(w.phase), csv_cell(s.focus),
                         csv_cell(s.work), csv_cell(s.description));
    }
  }
  return out;
}

// A local date-time of minute `minute` of `day` (24:00 being midnight at the start of the next day).
std::string ics_stamp_of(Date day, int minute) {
  const Date on = add_days(day, minute / (24 * 60));
  minute %= 24 * 60;
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}00", static_cast<int>(on.year()), static_cast<unsigned>(on.month()),
                     static_cast<unsigned>(on.day()), minute / 60, minute % 60);
}

std::string ics_plan(const Plan& plan, std::optional<int> week, std::optional<Date> day, const std::string& stamp) {
  std::string out;
  out += ics_line("BEGIN:VCALENDAR");
  out += ics_line("VERSION:2.0");
  out += ics_line("PRODID:-//prepkit//plan//EN");
  out += ics_line("CALSCALE:GREGORIAN");
  out += ics_line("X-WR-CALNAME:" + ics_escape(plan.title));
  for (const auto& w : plan.week_plans) {
    if (week && w.number != *week) continue;
    for (const auto& s : w.sessions) {
      if (day && !(s.day == *day)) continue;
      out += ics_line("BEGIN:VEVENT");
      // The same plan regenerated gives the same UID, so a calendar updates instead of duplicating.
      out += ics_line(fmt::format("UID:{}-{}@prepkit", ics_stamp_of(s.day, s.start), ics_escape(s.focus)));
      out += ics_line("DTSTAMP:" + stamp);
      out += ics_line("DTSTART:" + ics_stamp_of(s.day, s.start));
      out += ics_line("DTEND:" + ics_stamp_of(s.day, s.start + s.minutes));
      out += ics_line("SUMMARY:" + ics_escape(fmt::format("{}: {}", s.focus, s.description)));
      out += ics_line("DESCRIPTION:" +
                      ics_escape(fmt::format("Week {} of {}, {}. {}.", w.number, plan.weeks, w.phase, split_words(w))));
      out += ics_line("CATEGORIES:" + ics_escape(s.focus));
      out += ics_line("END:VEVENT");
    }
  }
  out += ics_line("END:VCALENDAR");
  return out;
}

std::string json_week(const Plan& plan, int week) {
  auto all = nlohmann::ordered_json::parse(plan_to_json(plan));
  auto w = all["plan"][static_cast<std::size_t>(week - 1)];
  // What each focus studies this week: the subtopics of its sessions, in their order.
  std::map<std::string, std::vector<std::string>> studied;
  for (const auto& s : plan.week_plans[static_cast<std::size_t>(week - 1)].sessions) {
    auto& list = studied[s.focus];
    for (const auto& subtopic : s.subtopics) {
      if (std::find(list.begin(), list.end(), subtopic) == list.end()) list.push_back(subtopic);
    }
  }
  w["focus_subtopics"] = studied;
  w["due_this_week"] = due_in(plan, week);
  return w.dump(2) + "\n";
}

}  // namespace

std::string day_label(Date day) {
  std::string name = weekday_name(weekday_of(day));
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return fmt::format("{} {}", name, format_date(day));
}

PlanFormat parse_plan_format(std::string_view text) {
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    if (kFormats[i] == text) return static_cast<PlanFormat>(i);
  }
  throw UsageError(fmt::format("unknown format '{}'{} (expected one of: text, md, json, csv, ics)", text,
                               did_you_mean(text, kFormats)));
}

std::string render_plan(const Plan& plan, PlanFormat format, const Style& style, std::optional<int> week,
                        const std::string& stamp) {
  if (week && (*week < 1 || *week > plan.weeks)) {
    throw FieldError("week", fmt::format("the plan has weeks 1 to {}, found {}", plan.weeks, *week));
  }
  switch (format) {
  case PlanFormat::text: return text_plan(plan, style, week);
  case PlanFormat::md: return md_plan(plan, week);
  case PlanFormat::json: return week ? json_week(plan, *week) : plan_to_json(plan);
  case PlanFormat::csv: return csv_plan(plan, week, std::nullopt);
  case PlanFormat::ics: return ics_plan(plan, week, std::nullopt, stamp);
  }
  return "";
}

std::string render_day(const Plan& plan, Date day, PlanFormat format, const Style& style, const std::string& stamp) {
  (void)style;
  std::vector<const Session*> sessions;
  const WeekPlan* week = nullptr;
  for (const auto& w : plan.week_plans) {
    for (const auto& s : w.sessions) {
      if (s.day == day) {
        sessions.push_back(&s);
        week = &w;
      }
    }
  }
  switch (format) {
  case PlanFormat::csv: return csv_plan(plan, std::nullopt, day);
  case PlanFormat::ics: return ics_plan(plan, std::nullopt, day, stamp);
  case PlanFormat::json: {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Session* s : sessions) {
      list.push_back({{"day", format_date(s->day)},
                      {"start", clock_time(s->start)},
                      {"end", clock_time(s->start + s->minutes)},
                      {"minutes", s->minutes},
                      {"focus", s->focus},
                      {"work", s->work},
                      {"description", s->description}});
    }
    return list.dump(2) + "\n";
  }
  case PlanFormat::md: {
    std::string out;
    for (const Session* s : sessions) {
      out += fmt::format("- [ ] {}-{} · {} · {}\n", clock_time(s->start), clock_time(s->start + s->minutes), s->focus,
                         s->description);
    }
    return out;
  }
  case PlanFormat::text: {
    if (sessions.empty()) return "";
    std::string out = fmt::format("{}, week {} of {}: {}\n", day_label(day), week->number, plan.weeks, week->phase);
    for (const Session* s : sessions) {
      out += fmt::format("  {}-{}  {}  {}\n", clock_time(s->start), clock_time(s->start + s->minutes), s->focus,
                         s->description);
    }
    return out;
  }
  }
  return "";
}

}  // namespace prepkit
