#include "plan/plan.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "bank/bank.h"
#include "bank/sample.h"
#include "base/error.h"
#include "base/suggest.h"

namespace prepkit {

namespace {

constexpr int kSlot = 15;  // minutes
constexpr int kMinutesPerProblem = 30;
constexpr int kMinutesPerChapter = 60;
constexpr int kMinutesPerMock = 60;
constexpr int kMinutesPerQuestion = 15;

const std::vector<std::string> kProblemTopics = {"arrays and strings",
                                                 "hash maps",
                                                 "two pointers",
                                                 "sliding window",
                                                 "intervals",
                                                 "binary search",
                                                 "trees",
                                                 "graphs",
                                                 "heaps",
                                                 "linked lists",
                                                 "stacks and queues",
                                                 "concurrency",
                                                 "dynamic programming"};
const std::vector<std::string> kReadingTopics = {"data models and query languages",
                                                 "storage engines and indexes",
                                                 "encoding and schema evolution",
                                                 "replication",
                                                 "partitioning",
                                                 "transactions and isolation",
                                                 "faults in distributed systems",
                                                 "consistency and consensus",
                                                 "batch processing",
                                                 "stream processing",
                                                 "an outage post-mortem"};
const std::vector<std::string> kDesignPrompts = {"a URL shortener for 100M links",
                                                 "a news feed",
                                                 "a chat service",
                                                 "a distributed rate limiter",
                                                 "a notification service",
                                                 "file storage with uploads",
                                                 "search autocomplete",
                                                 "an API for 1M daily users"};
const std::vector<std::string> kMockKinds = {"coding", "system design", "behavioural (STAR stories)"};

std::string plural(int n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

// Concrete work for a session of `minutes` of `focus`; `counter` rotates the topics.
std::string describe(const std::string& work, int minutes, const std::vector<std::string>& subtopics, int& counter) {
  const auto next = [&](const std::vector<std::string>& list) {
    return list[static_cast<std::size_t>(counter++) % list.size()];
  };
  if (work == "problems")
    return fmt::format("{}: {}", plural(std::max(1, minutes / kMinutesPerProblem), "problem"), next(kProblemTopics));
  if (work == "reading") {
    return fmt::format("read {}: {}",
                       plural(std::max(1, (minutes + kMinutesPerChapter / 2) / kMinutesPerChapter), "chapter"),
                       next(kReadingTopics));
  }
  if (work == "design") return fmt::format("design {}", next(kDesignPrompts));
  if (work == "mocks") return fmt::format("mock interview: {}", next(kMockKinds));
  if (work == "stories") return "STAR stories: write one, or rehearse one with star time";
  const int n = std::max(1, minutes / kMinutesPerQuestion);
  return fmt::format("{}: qpick -s {} -n {}", plural(n, "question"), fmt::join(subtopics, ","), n);
}

std::string clock(int minute) { return fmt::format("{:02}:{:02}", minute / 60 % 24, minute % 60); }

// Week ranges scaled from a template of `from` weeks to `to` weeks.
std::pair<int, int> scale_range(int first, int last, int from, int to) {
  const int new_first = static_cast<int>(std::floor((first - 1) * static_cast<double>(to) / from)) + 1;
  const int new_last = std::max(new_first, static_cast<int>(std::lround(last * static_cast<double>(to) / from)));
  return {std::min(new_first, to), std::min(new_last, to)};
}

int minutes_for(const std::string& target) {
  if (target == "problems") return kMinutesPerProblem;
  if (target == "chapters") return kMinutesPerChapter;
  if (target == "mocks" || target == "design_mocks") return kMinutesPerMock;
  return 0;  // stories and rehearsals happen outside the sessions
}

std::string work_for(const std::string& target) {
  if (target == "problems") return "problems";
  if (target == "chapters") return "reading";
  return "mocks";
}

// The 15-minute slots in a week of the request; checks the request first, so an impossible one
// fails before any work is done.
int checked_slots(const PlanRequest& request) {
  if (request.days.empty()) throw FieldError("days", "give at least one study day");
  const double slots_exact = request.hours * 60 / kSlot;
  if (request.hours <= 0 || request.hours > 80 || std::fabs(slots_exact - std::round(slots_exact)) > 1e-9) {
    throw FieldError("hours",
                     fmt::format("expected hours a week from 0.25 to 80 in steps of 0.25, found {}", request.hours));
  }
  return static_cast<int>(std::lround(slots_exact));
}

// The whole weeks from `start` to `interview`; blames the interview date when they are not 2 to 26.
int weeks_between(Date start, Date interview) {
  const long days = days_since_epoch(interview) - days_since_epoch(start);
  const int weeks = static_cast<int>(days / 7);
  if (weeks < 2 || weeks > 26) {
    throw FieldError("interview",
                     fmt::format("{} whole weeks after the start; a plan needs 2 to 26", std::max(0L, days / 7)));
  }
  return weeks;
}

// The weeks: following from start and interview, or asked for, or the template's.
int plan_weeks(const PlanRequest& request) {
  if (request.start && request.interview) {
    if (request.weeks) throw FieldError("weeks", "cannot be combined with both a start and an interview date");
    return weeks_between(*request.start, *request.interview);
  }
  const int weeks = request.weeks.value_or(request.tmpl.weeks);
  if (weeks < 2 || weeks > 26) throw FieldError("weeks", fmt::format("expected 2 to 26 weeks, found {}", weeks));
  return weeks;
}

// The first day: given, or `weeks` before the interview so the plan ends the day before it, or today.
Date plan_start(const PlanRequest& request, int weeks, Date today) {
  if (request.start) return *request.start;
  return request.interview ? add_days(*request.interview, -7L * weeks) : today;
}

// The template's phases in week order, the order the plan lays them out in.
std::vector<PhaseDef> phases_in_order(const PlanTemplate& t) {
  std::vector<PhaseDef> phases = t.phases;
  std::sort(phases.begin(), phases.end(),
            [](const PhaseDef& a, const PhaseDef& b) { return a.first_week < b.first_week; });
  return phases;
}

// The weeks each phase gets: the template's lengths stretched or compressed in proportion by
// largest remainder. Ties go to the later phase, so a short plan keeps the mock interviews that end it.
std::vector<std::size_t> weeks_per_phase(const std::vector<PhaseDef>& phases, int weeks) {
  std::vector<double> lengths;
  for (auto it = phases.rbegin(); it != phases.rend(); ++it) lengths.push_back(it->last_week - it->first_week + 1);
  auto counts = apportion(static_cast<std::size_t>(weeks), lengths, std::vector<std::size_t>(lengths.size(), 1000));
  std::reverse(counts.begin(), counts.end());
  return counts;
}

// A note for each phase that got no week, so the user learns what too short a plan gave up.
std::vector<std::string> left_out_phases(const std::vector<PhaseDef>& phases, const std::vector<std::size_t>& counts,
                                         int weeks) {
  std::vector<std::string> notes;
  for (std::size_t i = 0; i < phases.size(); ++i) {
    if (counts[i] == 0) {
      notes.push_back(
          fmt::format("phase '{}' is left out: {} weeks are too few for every phase", phases[i].name, weeks));
    }
  }
  return notes;
}

// The phase of each week in turn, `counts[i]` weeks of `phases[i]` (pointers into `phases`).
std::vector<const PhaseDef*> phase_of_each_week(const std::vector<PhaseDef>& phases,
                                                const std::vector<std::size_t>& counts) {
  std::vector<const PhaseDef*> phase_of_week;
  for (std::size_t i = 0; i < phases.size(); ++i) {
    for (std::size_t k = 0; k < counts[i]; ++k) phase_of_week.push_back(&phases[i]);
  }
  return phase_of_week;
}

// The weakest subtopics from the grades, at most three, so the weak-spot focus stays focused.
std::vector<std::string> weakest(const std::vector<Weakness>& weak) {
  std::vector<std::string> subtopics;
  for (std::size_t i = 0; i < weak.size() && i < 3; ++i) subtopics.push_back(weak[i].subtopic);
  return subtopics;
}

// The weak-spot focus's own subtopics: the weak spots while there are too few grades.
std::vector<std::string> template_weak_spots(const PlanTemplate& t) {
  std::vector<std::string> subtopics;
  for (const auto& f : t.focus) {
    if (f.weak) subtopics = f.subtopics;
  }
  return subtopics;
}

// What each focus studies: the template's subtopics, except that the weak-spot focus takes the
// plan's weak spots when they come from the grades.
std::map<std::string, std::vector<std::string>> focus_subtopics(const PlanTemplate& t, const Plan& plan) {
  std::map<std::string, std::vector<std::string>> subtopics;
  for (const auto& f : t.focus) subtopics[f.name] = f.subtopics;
  if (!plan.weak_from_grades) return subtopics;
  for (const auto& f : t.focus) {
    if (f.weak) subtopics[f.name] = plan.weak_subtopics;
  }
  return subtopics;
}

// What every week's sessions draw on; `counters` rotate each kind of work's topics across weeks.
struct WeekContext {
  const Plan& plan;  // start, days, at and focus subtopics already set
  const PlanTemplate& tmpl;
  int slots;  // 15-minute slots a week
  std::map<std::string, int> counters;
};

// The slots each focus of `phase` gets: its split by largest remainder, so they add up exactly.
std::vector<std::size_t> focus_slots(const PhaseDef& phase, int slots) {
  std::vector<double> weights;
  for (const auto& s : phase.split) weights.push_back(s.percent);
  return apportion(static_cast<std::size_t>(slots), weights, std::vector<std::size_t>(weights.size(), 100000));
}

// The study days of the week from `first_day`, in order.
std::vector<Date> study_days(const Plan& plan, Date first_day) {
  std::vector<Date> days;
  for (int d = 0; d < 7; ++d) {
    const Date day = add_days(first_day, d);
    if (std::find(plan.days.begin(), plan.days.end(), weekday_of(day)) != plan.days.end()) days.push_back(day);
  }
  return days;
}

// The slots each of `days` study days holds: as even as whole slots allow.
std::vector<std::size_t> day_slots(int slots, std::size_t days) {
  return apportion(static_cast<std::size_t>(slots), std::vector<double>(days, 1.0),
                   std::vector<std::size_t>(days, 100000));
}

// A session of `slots` slots of `focus` on `day` from minute `start`, with concrete work to do.
Session session(WeekContext& context, const std::string& focus, Date day, int start, std::size_t slots) {
  const FocusDef& def = *context.tmpl.find_focus(focus);
  Session s;
  s.day = day;
  s.start = start;
  s.minutes = static_cast<int>(slots) * kSlot;
  s.focus = focus;
  s.work = def.work;
  s.description = describe(def.work, s.minutes, context.plan.focus_subtopics.at(focus), context.counters[def.work]);
  return s;
}

// The week's sessions: the foci's slots in split order packed into the study days in order, each
// day starting at plan.at, so a focus that does not fit in a day carries on the next.
std::vector<Session> pack_sessions(WeekContext& context, const PhaseDef& phase,
                                   const std::vector<std::size_t>& focus_slots, Date first_day) {
  const std::vector<Date> days = study_days(context.plan, first_day);
  const std::vector<std::size_t> slots_of_day = day_slots(context.slots, days.size());
  std::vector<Session> sessions;
  std::size_t focus_index = 0;
  std::size_t focus_left = focus_slots.empty() ? 0 : focus_slots[0];
  for (std::size_t d = 0; d < days.size(); ++d) {
    std::size_t day_left = slots_of_day[d];
    int minute = context.plan.at;
    while (day_left > 0 && focus_index < phase.split.size()) {
      if (focus_left == 0) {
        ++focus_index;
        if (focus_index < phase.split.size()) focus_left = focus_slots[focus_index];
        continue;
      }
      const std::size_t take = std::min(day_left, focus_left);
      sessions.push_back(session(context, phase.split[focus_index].name, days[d], minute, take));
      minute += sessions.back().minutes;
      day_left -= take;
      focus_left -= take;
    }
  }
  return sessions;
}

// Week `number`, in phase `phase`: its split, its sessions and the minutes each focus gets.
WeekPlan week_plan(WeekContext& context, int number, const PhaseDef& phase) {
  WeekPlan week;
  week.number = number;
  week.first_day = add_days(context.plan.start, 7L * (number - 1));
  week.phase = phase.name;
  week.split = phase.split;
  const std::vector<std::size_t> slots = focus_slots(phase, context.slots);
  week.sessions = pack_sessions(context, phase, slots, week.first_day);
  for (std::size_t i = 0; i < phase.split.size(); ++i) {
    week.focus_minutes.push_back({phase.split[i].name, static_cast<int>(slots[i]) * kSlot});
  }
  return week;
}

// The minutes each area gets over the whole plan: each focus's minutes split evenly among its
// subtopics, added up week by week.
std::map<std::string, double> area_minutes(const Plan& plan) {
  std::map<std::string, double> minutes;
  for (const auto& week : plan.week_plans) {
    for (const auto& focus : week.focus_minutes) {
      const auto& subtopics = plan.focus_subtopics.at(focus.name);
      for (const auto& s : subtopics)
        minutes[std::string(find_subtopic(s)->area)] += focus.percent / static_cast<double>(subtopics.size());
    }
  }
  return minutes;
}

// The split by area the sessions realise, in percent and in the areas' order, to set beside the
// split the template declares.
std::vector<std::pair<std::string, double>> realised_split(const Plan& plan) {
  const auto minutes = area_minutes(plan);
  double total = 0;
  for (const auto& [area, m] : minutes) total += m;
  std::vector<std::pair<std::string, double>> split;
  for (const auto& area : all_areas()) {
    const auto it = minutes.find(area);
    if (it != minutes.end() && total > 0) split.emplace_back(area, 100 * it->second / total);
  }
  return split;
}

// The minutes of `work` the sessions of weeks `first` to `last` give.
int work_minutes(const Plan& plan, const std::string& work, int first, int last) {
  int minutes = 0;
  for (const auto& week : plan.week_plans) {
    if (week.number < first || week.number > last) continue;
    for (const auto& s : week.sessions) {
      if (s.work == work) minutes += s.minutes;
    }
  }
  return minutes;
}

// How many of `target` its weeks' sessions have time for; nothing for targets met outside the
// sessions (stories, rehearsals).
std::optional<int> room_for(const TargetPlan& target, const Plan& plan) {
  const int unit = minutes_for(target.name);
  if (unit <= 0) return std::nullopt;
  return work_minutes(plan, work_for(target.name), target.first_week, target.last_week) / unit;
}

// What is due by the end of each of `weeks` weeks: the count spread evenly over the target's
// weeks, rounded up, so nothing is left for the last day.
std::vector<int> due_by_week(const TargetPlan& target, int weeks) {
  const int span = target.last_week - target.first_week + 1;
  std::vector<int> due;
  for (int w = 1; w <= weeks; ++w) {
    const int into = std::clamp(w - target.first_week + 1, 0, span);
    due.push_back(static_cast<int>(std::ceil(target.count * static_cast<double>(into) / span - 1e-9)));
  }
  return due;
}

// Target `def` in the plan: its weeks scaled like the phases, its count cut to what the sessions
// have time for (the cut noted in `plan.notes`), and what falls due week by week.
TargetPlan target_plan(const TargetDef& def, const PlanRequest& request, Plan& plan) {
  TargetPlan target{def.name, def.count, 0, 0, {}};
  std::tie(target.first_week, target.last_week) =
      scale_range(def.first_week, def.last_week, request.tmpl.weeks, plan.weeks);
  const std::optional<int> room = room_for(target, plan);
  if (room && target.count > *room) {
    plan.notes.push_back(fmt::format("{}: {} do not fit in weeks {}-{} at {} hours a week; planning {}", def.name,
                                     target.count, target.first_week, target.last_week,
                                     fmt::format("{:g}", request.hours), *room));
    target.count = *room;
  }
  target.due = due_by_week(target, plan.weeks);
  return target;
}

}  // namespace

Weights plan_weights(const Plan& plan, int week) {
  Weights weights;
  weights.by = Weights::By::subtopic;
  const WeekPlan& w = plan.week_plans.at(static_cast<std::size_t>(week - 1));
  for (const auto& share : w.split) {
    const auto& subtopics = plan.focus_subtopics.at(share.name);
    for (const auto& s : subtopics) {
      const double part = share.percent / static_cast<double>(subtopics.size());
      const auto it = std::find(weights.keys.begin(), weights.keys.end(), s);
      if (it == weights.keys.end()) {
        weights.keys.push_back(s);
        weights.values.push_back(part);
      } else {
        weights.values[static_cast<std::size_t>(it - weights.keys.begin())] += part;
      }
    }
  }
  return weights;
}

std::optional<int> Plan::week_of(Date day) const {
  const long offset = days_since_epoch(day) - days_since_epoch(start);
  if (offset < 0 || offset >= 7L * weeks) return std::nullopt;
  return static_cast<int>(offset / 7) + 1;
}

Date Plan::end() const { return add_days(start, 7L * weeks - 1); }

Plan build_plan(const PlanRequest& request, Date today) {
  const PlanTemplate& t = request.tmpl;
  Plan plan;
  plan.template_name = t.name;
  plan.title = t.title;
  plan.days = request.days;
  plan.at = request.at;
  const int slots = checked_slots(request);
  plan.minutes_per_week = slots * kSlot;
  plan.weeks = plan_weeks(request);
  plan.start = plan_start(request, plan.weeks, today);

  const std::vector<PhaseDef> phases = phases_in_order(t);
  const std::vector<std::size_t> weeks_of_phase = weeks_per_phase(phases, plan.weeks);
  plan.notes = left_out_phases(phases, weeks_of_phase, plan.weeks);

  plan.weak_from_grades = !request.weak.empty();
  plan.weak_subtopics = plan.weak_from_grades ? weakest(request.weak) : template_weak_spots(t);
  plan.focus_subtopics = focus_subtopics(t, plan);

  WeekContext context{plan, t, slots, {}};
  const std::vector<const PhaseDef*> phase_of_week = phase_of_each_week(phases, weeks_of_phase);
  for (int w = 1; w <= plan.weeks; ++w) {
    plan.week_plans.push_back(week_plan(context, w, *phase_of_week[static_cast<std::size_t>(w - 1)]));
  }
  plan.realised_split = realised_split(plan);
  plan.declared_split = t.split;

  for (const auto& def : t.targets) plan.targets.push_back(target_plan(def, request, plan));
  return plan;
}

namespace {

using Json = nlohmann::ordered_json;

Json shares_json(const std::vector<Share>& shares) {
  Json j = Json::array();
  for (const auto& s : shares) j.push_back({{"name", s.name}, {"value", s.percent}});
  return j;
}

std::vector<Share> shares_from(const Json& j) {
  std::vector<Share> shares;
  for (const auto& s : j) shares.push_back({s.at("name").get<std::string>(), s.at("value").get<int>()});
  return shares;
}

Date date_from(const Json& j) {
  const auto date = parse_date(j.get<std::string>());
  if (!date) throw DataError("a saved plan holds a malformed date");
  return *date;
}

}  // namespace

std::string plan_to_json(const Plan& plan) {
  Json j;
  j["format"] = 1;
  j["template"] = plan.template_name;
  j["title"] = plan.title;
  j["start"] = format_date(plan.start);
  j["end"] = format_date(plan.end());
  j["weeks"] = plan.weeks;
  j["hours_per_week"] = plan.minutes_per_week / 60.0;
  Json days = Json::array();
  for (const int d : plan.days) days.push_back(weekday_name(d));
  j["days"] = days;
  j["at"] = clock(plan.at);
  j["declared_split"] = shares_json(plan.declared_split);
  Json realised = Json::array();
  for (const auto& [area, percent] : plan.realised_split) realised.push_back({{"name", area}, {"value", percent}});
  j["realised_split"] = realised;
  j["weak_subtopics"] = plan.weak_subtopics;
  j["weak_from_grades"] = plan.weak_from_grades;
  Json focus = Json::object();
  for (const auto& [name, subtopics] : plan.focus_subtopics) focus[name] = subtopics;
  j["focus_subtopics"] = focus;
  Json weeks = Json::array();
  for (const auto& w : plan.week_plans) {
    Json week = {{"week", w.number},
                 {"first_day", format_date(w.first_day)},
                 {"phase", w.phase},
                 {"split", shares_json(w.split)},
                 {"focus_minutes", shares_json(w.focus_minutes)}};
    Json sessions = Json::array();
    for (const auto& s : w.sessions) {
      sessions.push_back({{"day", format_date(s.day)},
                          {"start", clock(s.start)},
                          {"end", clock(s.start + s.minutes)},
                          {"minutes", s.minutes},
                          {"focus", s.focus},
                          {"work", s.work},
                          {"description", s.description}});
    }
    week["sessions"] = sessions;
    weeks.push_back(week);
  }
  j["plan"] = weeks;
  Json targets = Json::array();
  for (const auto& t : plan.targets) {
    targets.push_back({{"name", t.name},
                       {"count", t.count},
                       {"first_week", t.first_week},
                       {"last_week", t.last_week},
                       {"due_by_week", t.due}});
  }
  j["targets"] = targets;
  j["notes"] = plan.notes;
  return j.dump(2) + "\n";
}

Plan plan_from_json(std::string_view text) {
  try {
    const Json j = Json::parse(text);
    if (j.at("format").get<int>() != 1) throw DataError("a saved plan has an unknown format");
    Plan plan;
    plan.template_name = j.at("template").get<std::string>();
    plan.title = j.at("title").get<std::string>();
    plan.start = date_from(j.at("start"));
    plan.weeks = j.at("weeks").get<int>();
    plan.minutes_per_week = static_cast<int>(std::lround(j.at("hours_per_week").get<double>() * 60));
    for (const auto& d : j.at("days")) plan.days.push_back(parse_days(d.get<std::string>()).front());
    plan.at = parse_time_of_day(j.at("at").get<std::string>());
    plan.declared_split = shares_from(j.at("declared_split"));
    for (const auto& s : j.at("realised_split"))
      plan.realised_split.emplace_back(s.at("name").get<std::string>(), s.at("value").get<double>());
    plan.weak_subtopics = j.at("weak_subtopics").get<std::vector<std::string>>();
    plan.weak_from_grades = j.at("weak_from_grades").get<bool>();
    for (const auto& [name, subtopics] : j.at("focus_subtopics").items()) {
      plan.focus_subtopics[name] = subtopics.get<std::vector<std::string>>();
    }
    for (const auto& wj : j.at("plan")) {
      WeekPlan w;
      w.number = wj.at("week").get<int>();
      w.first_day = date_from(wj.at("first_day"));
      w.phase = wj.at("phase").get<std::string>();
      w.split = shares_from(wj.at("split"));
      w.focus_minutes = shares_from(wj.at("focus_minutes"));
      for (const auto& sj : wj.at("sessions")) {
        Session s;
        s.day = date_from(sj.at("day"));
        s.start = parse_time_of_day(sj.at("start").get<std::string>());
        s.minutes = sj.at("minutes").get<int>();
        s.focus = sj.at("focus").get<std::string>();
        s.work = sj.at("work").get<std::string>();
        s.description = sj.at("description").get<std::string>();
        w.sessions.push_back(std::move(s));
      }
      plan.week_plans.push_back(std::move(w));
    }
    for (const auto& tj : j.at("targets")) {
      plan.targets.push_back({tj.at("name").get<std::string>(), tj.at("count").get<int>(),
                              tj.at("first_week").get<int>(), tj.at("last_week").get<int>(),
                              tj.at("due_by_week").get<std::vector<int>>()});
    }
    plan.notes = j.at("notes").get<std::vector<std::string>>();
    return plan;
  } catch (const nlohmann::json::exception& e) {
    throw DataError(fmt::format("the saved plan cannot be read: {}", e.what()));
  } catch (const UsageError& e) {
    throw DataError(fmt::format("the saved plan cannot be read: {}", e.what()));
  }
}

}  // namespace prepkit
