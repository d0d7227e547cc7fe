#include "plan/plan.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "bank/bank.h"
#include "bank/sample.h"
#include "base/error.h"

namespace prepkit {

namespace {

constexpr int kSlot = 15;  // minutes
constexpr int kDay = 24 * 60;
constexpr int kMinutesPerProblem = 30;
constexpr int kMinutesPerChapter = 60;
constexpr int kMinutesPerMock = 60;
constexpr int kMinutesPerQuestion = 15;
constexpr int kMinutesPerStory = 30;      // writing one STAR story
constexpr int kMinutesPerRehearsal = 15;  // rehearsing one aloud with star time
constexpr double kGapWarning = 5;         // points between the realised and the declared split

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
// What a reading session of each area reads, in turn.
const std::map<std::string, std::vector<std::string>, std::less<>> kReadingTopics = {
    {"coding",
     {"hash tables and their costs", "balanced search trees", "graph traversal and shortest paths",
      "locks, queues and races"}},
    {"design",
     {"data models and query languages", "storage engines and indexes", "encoding and schema evolution", "replication",
      "partitioning", "transactions and isolation", "faults in distributed systems", "consistency and consensus",
      "batch processing", "stream processing"}},
    {"ops",
     {"outage post-mortems", "latency percentiles and the golden signals", "load testing at 1k-10k RPS",
      "overload and cascading failures", "testing an API: unit, integration, end to end",
      "SQL injection and the OWASP top ten", "canary releases and rollbacks", "incident response and on-call"}}};
const std::vector<std::string> kDesignPrompts = {"a URL shortener for 100M links",
                                                 "a news feed",
                                                 "a chat service",
                                                 "a distributed rate limiter",
                                                 "a notification service",
                                                 "file storage with uploads",
                                                 "search autocomplete",
                                                 "an API for 1M daily users"};

std::string plural(int n, std::string_view word) {
  if (word.ends_with("story")) return fmt::format("{} {}{}", n, word.substr(0, word.size() - 1), n == 1 ? "y" : "ies");
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string hours_words(int minutes) { return fmt::format("{:g} h", minutes / 60.0); }

// The area of a session: the area of what it studies.
std::string area_of(const Session& s) { return std::string(find_subtopic(s.subtopics.front())->area); }

// The areas `subtopics` belong to, in the canonical order of areas.
std::vector<std::string> areas_of(const std::vector<std::string>& subtopics) {
  std::vector<std::string> areas;
  for (const auto& area : all_areas()) {
    if (std::any_of(subtopics.begin(), subtopics.end(),
                    [&](const std::string& s) { return find_subtopic(s)->area == area; })) {
      areas.push_back(area);
    }
  }
  return areas;
}

// Those of `subtopics` that belong to `area`, in their order.
std::vector<std::string> subtopics_in(const std::vector<std::string>& subtopics, std::string_view area) {
  std::vector<std::string> in;
  std::copy_if(subtopics.begin(), subtopics.end(), std::back_inserter(in),
               [&](const std::string& s) { return find_subtopic(s)->area == area; });
  return in;
}

// The kind of mock interview that practises `area`.
std::string mock_kind(std::string_view area) {
  if (area == "coding") return "coding";
  if (area == "design") return "system design";
  if (area == "ops") return "debugging and operations";
  if (area == "behavioral") return "behavioural, with your STAR stories";
  return "your questions for the interviewer";
}

// The mock interviews a session of `minutes` holds.
int mocks_in(int minutes) { return minutes / kMinutesPerMock; }

// Week ranges scaled from a template of `from` weeks to `to` weeks.
std::pair<int, int> scale_range(int first, int last, int from, int to) {
  const int new_first = static_cast<int>(std::floor((first - 1) * static_cast<double>(to) / from)) + 1;
  const int new_last = std::max(new_first, static_cast<int>(std::lround(last * static_cast<double>(to) / from)));
  return {std::min(new_first, to), std::min(new_last, to)};
}

// The most slots one study day holds: the day limit, and no later than midnight.
int day_capacity(const PlanRequest& request) {
  return std::min(quarter_hours("day-limit", request.day_limit, "a day", 24), (kDay - request.at) / kSlot);
}

// The 15-minute slots in a week of the request; checks the request first, so an impossible one
// fails before any work is done.
int checked_slots(const PlanRequest& request) {
  if (request.days.empty()) throw FieldError("days", "give at least one study day");
  const int slots = quarter_hours("hours", request.hours, "a week", 80);
  const int per_day = day_capacity(request);
  const int days = static_cast<int>(request.days.size());
  if (slots > days * per_day) {
    const bool midnight = per_day * kSlot < request.day_limit * 60;
    throw FieldError(
        "hours", fmt::format("{:g} hours a week do not fit in {} of at most {}{}: {}", request.hours,
                             plural(days, "study day"), hours_words(per_day * kSlot), days == 1 ? "" : " each",
                             midnight ? fmt::format("sessions start at {} and end by midnight", clock_time(request.at))
                                      : std::string("that is the day limit")));
  }
  return slots;
}

// The whole weeks from `start` to `interview`; blames the interview date when they are not 2 to 26.
int weeks_between(Date start, Date interview) {
  const long days = days_since_epoch(interview) - days_since_epoch(start);
  const int weeks = static_cast<int>(days / 7);
  if (weeks < 2 || weeks > 26) {
    throw FieldError("interview", fmt::format("{} after the start; a plan needs 2 to 26",
                                              plural(static_cast<int>(std::max(0L, days / 7)), "whole week")));
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

// The first day: given, or `weeks` before the interview so the plan ends the day before it, or
// today. A start counted back from the interview is never in the past.
Date plan_start(const PlanRequest& request, int weeks, Date today) {
  if (request.start) return *request.start;
  if (!request.interview) return today;
  const Date start = add_days(*request.interview, -7L * weeks);
  if (days_since_epoch(start) >= days_since_epoch(today)) return start;
  const long days = days_since_epoch(*request.interview) - days_since_epoch(today);
  if (days <= 0) {
    throw FieldError("interview",
                     fmt::format("{} is not after today ({})", format_date(*request.interview), format_date(today)));
  }
  const long left = days / 7;
  if (left < 2) {
    throw FieldError("interview",
                     fmt::format("{} is {} from today ({}); a plan needs 2 to 26", format_date(*request.interview),
                                 plural(static_cast<int>(left), "whole week"), format_date(today)));
  }
  throw PastStartError(fmt::format("{} is {} from today ({}): {} weeks before it began on {}, in the past",
                                   format_date(*request.interview), plural(static_cast<int>(left), "whole week"),
                                   format_date(today), weeks, format_date(start)),
                       static_cast<int>(left));
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

// What is due by the end of each of `weeks` weeks: the count spread evenly over the target's
// weeks, rounded up, so nothing is left for the last day.
std::vector<int> spread(const TargetPlan& target, int weeks) {
  const int span = target.last_week - target.first_week + 1;
  std::vector<int> due;
  for (int w = 1; w <= weeks; ++w) {
    const int into = std::clamp(w - target.first_week + 1, 0, span);
    due.push_back(static_cast<int>(std::ceil(target.count * static_cast<double>(into) / span - 1e-9)));
  }
  return due;
}

// The template's targets with their weeks scaled like the phases and their counts spread evenly;
// build_plan later cuts them to what the sessions hold.
std::vector<TargetPlan> scaled_targets(const PlanTemplate& t, int weeks) {
  std::vector<TargetPlan> targets;
  for (const auto& def : t.targets) {
    TargetPlan target{def.name, def.count, 0, 0, {}};
    std::tie(target.first_week, target.last_week) = scale_range(def.first_week, def.last_week, t.weeks, weeks);
    target.due = spread(target, weeks);
    targets.push_back(std::move(target));
  }
  return targets;
}

// How many of target `name` newly fall due in week `week` by the even spread.
int newly_due(const std::vector<TargetPlan>& targets, const std::string& name, int week) {
  for (const auto& t : targets) {
    if (t.name == name)
      return t.due[static_cast<std::size_t>(week - 1)] - (week > 1 ? t.due[static_cast<std::size_t>(week - 2)] : 0);
  }
  return 0;
}

// The slots week `week` gives to STAR stories: time to write the stories and do the rehearsals
// that fall due in it, at most a quarter of the week, so the phase keeps most of it.
int story_slots(const std::vector<TargetPlan>& targets, int week, int slots) {
  const int minutes = newly_due(targets, "stories", week) * kMinutesPerStory +
                      newly_due(targets, "rehearsals", week) * kMinutesPerRehearsal;
  return std::min(minutes / kSlot, slots / 4);
}

// A share of a week's time for one focus, before it is laid out on the study days.
struct Block {
  std::string focus;
  std::string work;
  int slots = 0;
};

// The study days of the week from `first_day`, in order.
std::vector<Date> study_days(const Plan& plan, Date first_day) {
  std::vector<Date> days;
  for (int d = 0; d < 7; ++d) {
    const Date day = add_days(first_day, d);
    if (std::find(plan.days.begin(), plan.days.end(), weekday_of(day)) != plan.days.end()) days.push_back(day);
  }
  return days;
}

// The week's sessions: the blocks in order packed into the study days, each day holding an even
// share of the week's slots from plan.at, so a block that does not fit in a day carries on the
// next. checked_slots made sure no day's share runs past midnight or the day limit.
std::vector<Session> pack_sessions(const Plan& plan, const std::vector<Block>& blocks, int slots, Date first_day) {
  const std::vector<Date> days = study_days(plan, first_day);
  const auto slots_of_day = apportion(static_cast<std::size_t>(slots), std::vector<double>(days.size(), 1.0),
                                      std::vector<std::size_t>(days.size(), 100000));
  std::vector<Session> sessions;
  std::size_t block = 0;
  int block_left = blocks.empty() ? 0 : blocks[0].slots;
  for (std::size_t d = 0; d < days.size(); ++d) {
    int day_left = static_cast<int>(slots_of_day[d]);
    int minute = plan.at;
    while (day_left > 0 && block < blocks.size()) {
      if (block_left == 0) {
        if (++block < blocks.size()) block_left = blocks[block].slots;
        continue;
      }
      const int take = std::min(day_left, block_left);
      Session s;
      s.day = days[d];
      s.start = minute;
      s.minutes = take * kSlot;
      s.focus = blocks[block].focus;
      s.work = blocks[block].work;
      sessions.push_back(std::move(s));
      minute += take * kSlot;
      day_left -= take;
      block_left -= take;
    }
  }
  return sessions;
}

// Week `number`, in phase `phase`, with `stories` slots of story time: the phase's split shares
// out the rest by largest remainder, so the sessions add up to the week's hours exactly.
WeekPlan week_plan(const Plan& plan, const PlanTemplate& t, int number, const PhaseDef& phase, int slots, int stories) {
  WeekPlan week;
  week.number = number;
  week.first_day = add_days(plan.start, 7L * (number - 1));
  week.phase = phase.name;
  week.split = phase.split;
  week.story_minutes = stories * kSlot;
  std::vector<double> weights;
  for (const auto& share : phase.split) weights.push_back(share.percent);
  const auto focus_slots =
      apportion(static_cast<std::size_t>(slots - stories), weights, std::vector<std::size_t>(weights.size(), 100000));
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < phase.split.size(); ++i) {
    const std::string& focus = phase.split[i].name;
    blocks.push_back({focus, t.find_focus(focus)->work, static_cast<int>(focus_slots[i])});
    week.focus_minutes.push_back({focus, static_cast<int>(focus_slots[i]) * kSlot});
  }
  blocks.push_back({"stories", "stories", stories});
  week.sessions = pack_sessions(plan, blocks, slots, week.first_day);
  return week;
}

// Sets what `s` studies: the subtopics of `area` among its focus's.
void study(Session& s, const Plan& plan, const std::string& area) {
  s.subtopics = subtopics_in(plan.focus_subtopics.at(s.focus), area);
}

// The first mock sessions of the design mocks' weeks study system design, until they hold the
// design mocks the template asks for. Returns the sessions it chose.
std::vector<Session*> reserve_design_mocks(Plan& plan, const std::vector<TargetPlan>& targets) {
  std::vector<Session*> chosen;
  const auto it = std::find_if(targets.begin(), targets.end(), [](const auto& t) { return t.name == "design_mocks"; });
  if (it == targets.end()) return chosen;
  int needed = it->count;
  for (auto& week : plan.week_plans) {
    if (week.number < it->first_week || week.number > it->last_week) continue;
    for (auto& s : week.sessions) {
      const auto areas = areas_of(plan.focus_subtopics.at(s.focus));
      const bool design = std::find(areas.begin(), areas.end(), "design") != areas.end();
      if (needed <= 0 || s.work != "mocks" || !design || mocks_in(s.minutes) == 0) continue;
      study(s, plan, "design");
      needed -= mocks_in(s.minutes);
      chosen.push_back(&s);
    }
  }
  return chosen;
}

// Chooses what every session studies. A focus of one area studies that area. A flexible focus's
// sessions each study one of its areas: first the design mocks the targets need, then, the
// sessions with the fewest choices first and the longest first among those, whichever declared
// area is furthest below its share; last, single sessions move to another of their areas while
// that narrows the largest gap. So the gap from the declared split stays as small as the phases
// allow.
class SplitChooser {
 public:
  SplitChooser(Plan& plan, const std::vector<Share>& declared) : plan_(plan), declared_(declared) {}

  void choose(const std::vector<TargetPlan>& targets) {
    const std::vector<Session*> reserved = reserve_design_mocks(plan_, targets);
    for (auto& week : plan_.week_plans) {
      for (auto& s : week.sessions) take(s, std::find(reserved.begin(), reserved.end(), &s) != reserved.end());
    }
    std::stable_sort(open_.begin(), open_.end(), [&](const Session* a, const Session* b) {
      const std::size_t a_choices = choices(*a).size();
      const std::size_t b_choices = choices(*b).size();
      return a_choices != b_choices ? a_choices < b_choices : a->minutes > b->minutes;
    });
    for (Session* s : open_) assign(*s, furthest_below(*s));
    improve();
  }

 private:
  // The declared percent of `area`, or nothing when the split does not name it.
  std::optional<int> percent_of(std::string_view area) const {
    for (const auto& share : declared_) {
      if (share.name == area) return share.percent;
    }
    return std::nullopt;
  }

  // The declared areas a session of `s`'s focus may study.
  std::vector<std::string> choices(const Session& s) const {
    std::vector<std::string> areas = areas_of(plan_.focus_subtopics.at(s.focus));
    std::erase_if(areas, [&](const std::string& area) { return !percent_of(area); });
    return areas;
  }

  // Counts `s` in: chosen already (`reserved`), bound to its one area, or left open.
  void take(Session& s, bool reserved) {
    const auto areas = areas_of(plan_.focus_subtopics.at(s.focus));
    const auto declared = choices(s);
    if (!declared.empty()) total_ += s.minutes;
    if (reserved) {
      minutes_[area_of(s)] += s.minutes;
    } else if (areas.size() > 1 && !declared.empty()) {
      open_.push_back(&s);
    } else {
      assign(s, declared.empty() ? areas.front() : declared.front());
    }
  }

  // The area among `s`'s choices furthest below its share of the declared split.
  std::string furthest_below(const Session& s) {
    std::string best;
    double best_deficit = 0;
    for (const auto& area : choices(s)) {
      const double deficit = *percent_of(area) * total_ / 100 - minutes_[area];
      if (best.empty() || deficit > best_deficit + 1e-9) {
        best = area;
        best_deficit = deficit;
      }
    }
    return best;
  }

  // Makes `s` study `area`, keeping the minutes of each area.
  void assign(Session& s, const std::string& area) {
    if (!s.subtopics.empty()) minutes_[area_of(s)] -= s.minutes;
    study(s, plan_, area);
    minutes_[area] += s.minutes;
  }

  // The largest gap, in minutes, between an area's time and its declared share.
  double widest() {
    double gap = 0;
    for (const auto& share : declared_) {
      gap = std::max(gap, std::fabs(share.percent * total_ / 100 - minutes_[share.name]));
    }
    return gap;
  }

  // Moves single open sessions to another of their areas while that narrows the largest gap.
  void improve() {
    for (bool moved = true; moved;) {
      moved = false;
      for (Session* s : open_) {
        const std::string from = area_of(*s);
        for (const auto& to : choices(*s)) {
          const double before = widest();
          assign(*s, to);
          if (widest() < before - 1e-9) {
            moved = true;
            break;
          }
          assign(*s, from);
        }
      }
    }
  }

  Plan& plan_;
  const std::vector<Share>& declared_;
  std::map<std::string, double> minutes_;  // of the sessions chosen so far, by area
  double total_ = 0;                       // the minutes that count toward the declared split
  std::vector<Session*> open_;             // the sessions of flexible foci, to choose for
};

// Writes the concrete work of every session and what it holds toward the targets. A problem or
// a chapter may run on from one session of its kind to the next, so the plan's sessions hold as
// many as their minutes allow; story time holds the stories and rehearsals due that week.
class Describer {
 public:
  Describer(const std::vector<TargetPlan>& targets, const PlanTemplate& t) : targets_(targets) {
    for (const auto& f : t.focus) {
      if (f.weak) weak_foci_.insert(f.name);
    }
  }

  void describe_week(WeekPlan& week) {
    int stories = newly_due(targets_, "stories", week.number);
    int rehearsals = newly_due(targets_, "rehearsals", week.number);
    for (auto& s : week.sessions) {
      if (s.work == "stories") {
        describe_stories(s, stories, rehearsals);
      } else {
        describe(s);
      }
    }
  }

 private:
  void describe(Session& s) {
    const std::string area = area_of(s);
    if (s.work == "problems") {
      const int n = units(s, "problems", kMinutesPerProblem);
      const std::string& topic = next(kProblemTopics, "problems");
      s.description = n > 0 ? fmt::format("{}: {}", plural(n, "problem"), topic)
                            : fmt::format("start a problem, finished next time: {}", topic);
    } else if (s.work == "reading") {
      const int n = units(s, "chapters", kMinutesPerChapter);
      const auto topics = kReadingTopics.find(area);
      const std::string topic = topics == kReadingTopics.end() ? fmt::format("{}", fmt::join(s.subtopics, ", "))
                                                               : next(topics->second, "reading " + area);
      s.description = n > 0 ? fmt::format("read {}: {}", plural(n, "chapter"), topic)
                            : fmt::format("start a chapter, finished next time: {}", topic);
    } else if (s.work == "design") {
      s.description = fmt::format("design {}", next(kDesignPrompts, "design"));
    } else if (s.work == "mocks") {
      describe_mocks(s, area);
    } else {
      const int n = std::max(1, s.minutes / kMinutesPerQuestion);
      const bool weak = weak_foci_.count(s.focus) > 0;
      s.description = fmt::format("{}: qpick {}-s {} -n {}", plural(n, "question"), weak ? "--weak " : "",
                                  fmt::join(s.subtopics, ","), n);
    }
  }

  void describe_mocks(Session& s, const std::string& area) {
    const int n = mocks_in(s.minutes);
    if (n == 0) {
      s.description = "too short for a mock interview: answer one question aloud against the clock";
      return;
    }
    s.counts["mocks"] = n;
    if (area == "design") s.counts["design_mocks"] = n;
    s.description = fmt::format("{}: {}", plural(n, "mock interview"), mock_kind(area));
  }

  // Writes as many of the week's `stories` as fit, then rehearses as many of its `rehearsals`.
  static void describe_stories(Session& s, int& stories, int& rehearsals) {
    const int written = std::min(stories, s.minutes / kMinutesPerStory);
    const int rehearsed = std::min(rehearsals, (s.minutes - written * kMinutesPerStory) / kMinutesPerRehearsal);
    stories -= written;
    rehearsals -= rehearsed;
    std::vector<std::string> parts;
    if (written > 0) parts.push_back(fmt::format("write {} (star new)", plural(written, "STAR story")));
    if (rehearsed > 0) parts.push_back(fmt::format("{} aloud (star time)", plural(rehearsed, "rehearsal")));
    if (parts.empty()) parts.emplace_back("read your STAR stories over");
    if (written > 0) s.counts["stories"] = written;
    if (rehearsed > 0) s.counts["rehearsals"] = rehearsed;
    s.description = fmt::format("{}", fmt::join(parts, ", "));
  }

  // The whole units of `unit` minutes toward `target` that session `s` finishes, counting the
  // minutes earlier sessions of its kind left over; they go into its counts.
  int units(Session& s, const std::string& target, int unit) {
    int& carried = carry_[s.work];
    const int n = (carried + s.minutes) / unit;
    carried = (carried + s.minutes) % unit;
    if (n > 0) s.counts[target] = n;
    return n;
  }

  const std::string& next(const std::vector<std::string>& list, const std::string& rotation) {
    return list[static_cast<std::size_t>(rotation_[rotation]++) % list.size()];
  }

 private:
  const std::vector<TargetPlan>& targets_;
  std::set<std::string> weak_foci_;
  std::map<std::string, int> rotation_;
  std::map<std::string, int> carry_;
};

// What the sessions of each week hold toward target `name`.
std::vector<int> held_by_week(const Plan& plan, const std::string& name) {
  std::vector<int> held;
  for (const auto& week : plan.week_plans) {
    int n = 0;
    for (const auto& s : week.sessions) {
      const auto it = s.counts.find(name);
      if (it != s.counts.end()) n += it->second;
    }
    held.push_back(n);
  }
  return held;
}

// Target `target` as the sessions allow: its count cut to what the sessions of its weeks hold
// (the cut noted in `plan.notes`), and never more due by a week than the sessions so far hold.
TargetPlan fitted(TargetPlan target, Plan& plan, double hours) {
  const std::vector<int> held = held_by_week(plan, target.name);
  int room = 0;
  for (int w = target.first_week; w <= target.last_week; ++w) room += held[static_cast<std::size_t>(w - 1)];
  if (target.count > room) {
    plan.notes.push_back(fmt::format("{}: {} do not fit in weeks {}-{} at {:g} hours a week; planning {}", target.name,
                                     target.count, target.first_week, target.last_week, hours, room));
    target.count = room;
  }
  target.due = spread(target, plan.weeks);
  int so_far = 0;
  for (int w = 1; w <= plan.weeks; ++w) {
    if (w >= target.first_week && w <= target.last_week) so_far += held[static_cast<std::size_t>(w - 1)];
    auto& due = target.due[static_cast<std::size_t>(w - 1)];
    due = std::min(due, so_far);
  }
  return target;
}

// The minutes each area gets over the whole plan.
std::map<std::string, int> area_minutes(const Plan& plan) {
  std::map<std::string, int> minutes;
  for (const auto& week : plan.week_plans) {
    for (const auto& s : week.sessions) minutes[area_of(s)] += s.minutes;
  }
  return minutes;
}

// Sets the split the sessions realise: the declared areas in percent of their own time, in the
// areas' order, and the minutes of the other areas beside it.
void realise_split(Plan& plan) {
  const auto minutes = area_minutes(plan);
  const auto declared = [&](const std::string& area) {
    return std::any_of(plan.declared_split.begin(), plan.declared_split.end(),
                       [&](const Share& s) { return s.name == area; });
  };
  double total = 0;
  for (const auto& [area, m] : minutes) total += declared(area) ? m : 0;
  for (const auto& area : all_areas()) {
    const auto it = minutes.find(area);
    const int m = it == minutes.end() ? 0 : it->second;
    if (declared(area)) {
      plan.realised_split.emplace_back(area, total > 0 ? 100 * m / total : 0.0);
    } else if (m > 0) {
      plan.outside_split.emplace_back(area, m);
    }
  }
}

}  // namespace

std::string clock_time(int minute) { return fmt::format("{:02}:{:02}", minute / 60, minute % 60); }

int quarter_hours(const std::string& field, double hours, std::string_view per, double most) {
  const double slots = hours * 60 / kSlot;
  if (!(hours >= 0.25 && hours <= most) || slots != std::floor(slots)) {
    throw FieldError(field,
                     fmt::format("expected hours {} from 0.25 to {:g} in steps of 0.25, found {:g}", per, most, hours));
  }
  return static_cast<int>(slots);
}

SplitGap largest_gap(const Plan& plan) {
  SplitGap gap;
  for (const auto& share : plan.declared_split) {
    for (const auto& [area, percent] : plan.realised_split) {
      const SplitGap here{area, share.percent, percent};
      if (area == share.name && (gap.area.empty() || here.points() > gap.points())) gap = here;
    }
  }
  return gap;
}

Weights plan_weights(const Plan& plan, int week) {
  Weights weights;
  weights.by = Weights::By::subtopic;
  const WeekPlan& w = plan.week_plans.at(static_cast<std::size_t>(week - 1));
  int total = 0;
  for (const auto& s : w.sessions) total += s.minutes;
  for (const auto& s : w.sessions) {
    // A plan saved in format 1 names what its focus studies, not what each session does.
    const auto focus = plan.focus_subtopics.find(s.focus);
    const auto& subtopics = s.subtopics.empty() && focus != plan.focus_subtopics.end() ? focus->second : s.subtopics;
    for (const auto& subtopic : subtopics) {
      const double part = 100.0 * s.minutes / total / static_cast<double>(subtopics.size());
      const auto it = std::find(weights.keys.begin(), weights.keys.end(), subtopic);
      if (it == weights.keys.end()) {
        weights.keys.push_back(subtopic);
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
  plan.interview = request.interview;
  plan.declared_split = t.split;
  for (const auto& f : t.focus) plan.focus_subtopics[f.name] = f.subtopics;
  plan.focus_subtopics["stories"] = {"behavioral"};

  const std::vector<PhaseDef> phases = phases_in_order(t);
  const std::vector<std::size_t> weeks_of_phase = weeks_per_phase(phases, plan.weeks);
  plan.notes = left_out_phases(phases, weeks_of_phase, plan.weeks);
  const std::vector<TargetPlan> targets = scaled_targets(t, plan.weeks);
  const std::vector<const PhaseDef*> phase_of_week = phase_of_each_week(phases, weeks_of_phase);
  for (int w = 1; w <= plan.weeks; ++w) {
    plan.week_plans.push_back(
        week_plan(plan, t, w, *phase_of_week[static_cast<std::size_t>(w - 1)], slots, story_slots(targets, w, slots)));
  }

  SplitChooser(plan, t.split).choose(targets);
  Describer describer(targets, t);
  for (auto& week : plan.week_plans) describer.describe_week(week);
  for (const auto& target : targets) plan.targets.push_back(fitted(target, plan, request.hours));
  realise_split(plan);
  if (const SplitGap gap = largest_gap(plan); gap.points() > kGapWarning) {
    plan.notes.push_back(
        fmt::format("the realised split is {:.1f} points from the declared one: {} {:.1f}% against "
                    "{}%; the phases leave no closer choice",
                    gap.points(), gap.area, gap.realised, gap.declared));
  }
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

Json session_json(const Session& s) {
  return {{"day", format_date(s.day)},
          {"start", clock_time(s.start)},
          {"end", clock_time(s.start + s.minutes)},
          {"minutes", s.minutes},
          {"focus", s.focus},
          {"work", s.work},
          {"subtopics", s.subtopics},
          {"counts", s.counts},
          {"description", s.description}};
}

Session session_from(const Json& j) {
  Session s;
  s.day = date_from(j.at("day"));
  s.start = parse_time_of_day(j.at("start").get<std::string>());
  s.minutes = j.at("minutes").get<int>();
  s.focus = j.at("focus").get<std::string>();
  s.work = j.at("work").get<std::string>();
  s.subtopics = j.value("subtopics", std::vector<std::string>{});
  s.counts = j.value("counts", std::map<std::string, int>{});
  s.description = j.at("description").get<std::string>();
  return s;
}

}  // namespace

std::string plan_to_json(const Plan& plan) {
  Json j;
  j["format"] = 2;
  j["template"] = plan.template_name;
  j["title"] = plan.title;
  j["start"] = format_date(plan.start);
  j["end"] = format_date(plan.end());
  j["interview"] = plan.interview ? Json(format_date(*plan.interview)) : Json(nullptr);
  j["weeks"] = plan.weeks;
  j["hours_per_week"] = plan.minutes_per_week / 60.0;
  Json days = Json::array();
  for (const int d : plan.days) days.push_back(weekday_name(d));
  j["days"] = days;
  j["at"] = clock_time(plan.at);
  j["declared_split"] = shares_json(plan.declared_split);
  Json realised = Json::array();
  for (const auto& [area, percent] : plan.realised_split) realised.push_back({{"name", area}, {"value", percent}});
  j["realised_split"] = realised;
  const SplitGap gap = largest_gap(plan);
  j["largest_gap"] = {{"area", gap.area}, {"points", gap.points()}};
  Json outside = Json::array();
  for (const auto& [area, minutes] : plan.outside_split) outside.push_back({{"name", area}, {"minutes", minutes}});
  j["outside_split"] = outside;
  Json focus = Json::object();
  for (const auto& [name, subtopics] : plan.focus_subtopics) focus[name] = subtopics;
  j["focus_subtopics"] = focus;
  Json weeks = Json::array();
  for (const auto& w : plan.week_plans) {
    Json week = {{"week", w.number},
                 {"first_day", format_date(w.first_day)},
                 {"phase", w.phase},
                 {"split", shares_json(w.split)},
                 {"focus_minutes", shares_json(w.focus_minutes)},
                 {"story_minutes", w.story_minutes}};
    Json sessions = Json::array();
    for (const auto& s : w.sessions) sessions.push_back(session_json(s));
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
    const int format = j.at("format").get<int>();
    if (format != 1 && format != 2) throw DataError("a saved plan has an unknown format");
    Plan plan;
    plan.template_name = j.at("template").get<std::string>();
    plan.title = j.at("title").get<std::string>();
    plan.start = date_from(j.at("start"));
    if (const auto it = j.find("interview"); it != j.end() && !it->is_null()) plan.interview = date_from(*it);
    plan.weeks = j.at("weeks").get<int>();
    plan.minutes_per_week = static_cast<int>(std::lround(j.at("hours_per_week").get<double>() * 60));
    for (const auto& d : j.at("days")) plan.days.push_back(parse_days(d.get<std::string>()).front());
    plan.at = parse_time_of_day(j.at("at").get<std::string>());
    plan.declared_split = shares_from(j.at("declared_split"));
    for (const auto& s : j.at("realised_split"))
      plan.realised_split.emplace_back(s.at("name").get<std::string>(), s.at("value").get<double>());
    // Format 1 had no time outside the split, no story time and no session subtopics or counts.
    for (const auto& s : j.value("outside_split", Json::array()))
      plan.outside_split.emplace_back(s.at("name").get<std::string>(), s.at("minutes").get<int>());
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
      w.story_minutes = wj.value("story_minutes", 0);
      for (const auto& sj : wj.at("sessions")) w.sessions.push_back(session_from(sj));
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
