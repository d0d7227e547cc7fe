#include "mock.h"
#include "practice.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <set>

#include <fmt/format.h>

#include "base/error.h"
#include "base/lines.h"
#include "base/markdown.h"
#include "base/rng.h"
#include "base/stopwatch.h"
#include "common/cli.h"
#include "common/live.h"
#include "review/history.h"
#include "review/mock.h"
#include "state/store.h"

namespace prepkit {

namespace {

// One phase of the mock as it runs: the question it belongs to and its place in it.
struct Step {
  std::size_t question;
  std::size_t phase;  // within the question
  const MockPhase* def;
};

// --minutes: the whole mock's length, in whole minutes from 5 to 300.
int parse_mock_minutes(const std::string& text) {
  int minutes = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), minutes);
  if (error != std::errc() || end != text.data() + text.size() || minutes < 5 || minutes > 300) {
    throw UsageError(
        fmt::format("--minutes: expected the mock's length in whole minutes from 5 to 300, found '{}'", excerpt(text)));
  }
  return minutes;
}

// The lines of the live screen at `now`.
std::vector<std::string> draw_mock(const PhaseTimer& timer, const MockTemplate& t, const std::vector<Step>& steps,
                                   const std::vector<const Question*>& questions, const std::vector<std::string>& hints,
                                   long now, bool suspended, std::size_t width, const Style& run) {
  Style style{run};
  style.width = width - 1;
  const std::size_t at = std::min(timer.phase(), steps.size() - 1);
  const Step& step = steps[at];
  const Question& q = *questions[step.question];
  std::vector<std::string> lines;
  lines.push_back(live::fit(fmt::format(" {} {} question {} of {} {} {}", t.title, separator(style), step.question + 1,
                                        questions.size(), separator(style), q.id),
                            width - 1));
  // The prompt, as much of it as eight lines hold.
  const std::string wrapped = wrap(printable(q.prompt), width - 1, "   ");
  const auto prompt = split_lines(wrapped);
  for (std::size_t i = 0; i < prompt.size() && i < 8; ++i) {
    const bool cut = i == 7 && prompt.size() > 8;
    lines.push_back(live::fit(fmt::format("{}{}", prompt[i], cut ? (style.unicode ? " …" : " ...") : ""), width - 1));
  }
  const std::string& hint = hints[step.question];
  if (!hint.empty()) {
    lines.push_back(paint(live::fit("   " + printable(hint.substr(0, hint.size() - 1)), width - 1), ansi::dim, style));
  }
  lines.emplace_back();
  const char* done = style.unicode ? "✓" : "+";
  const char* current = style.unicode ? "▶" : ">";
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].question != step.question) continue;
    const auto name = fmt::format("{:<26}", live::fit(steps[i].def->name, 26));
    const std::string budget = format_duration(steps[i].def->seconds);
    if (i < timer.phase()) {
      const long ms = timer.phase_times()[i].value_or(0);
      lines.push_back(
          live::fit(fmt::format(" {} {} {:>6} / {}", done, name, format_duration(ms / 1000), budget), width - 1));
    } else if (i == timer.phase()) {
      const long ms = timer.phase_elapsed(now);
      const long left = steps[i].def->seconds - ms / 1000;
      const std::string remaining =
          left >= 0 ? fmt::format("{} left", format_duration(left)) : fmt::format("{} over", format_duration(-left));
      const std::string_view colour = pace(ms, steps[i].def->seconds) == Pace::over_target   ? ansi::red
                                      : pace(ms, steps[i].def->seconds) == Pace::near_target ? ansi::yellow
                                                                                             : ansi::green;
      const std::string plain =
          fmt::format(" {} {} {:>6} / {}  {}", current, name, format_duration(ms / 1000), budget, remaining);
      // Painted only when it fits: cutting would cut the colour codes too.
      lines.push_back(columns_of(plain) < width
                          ? fmt::format(" {} {} {:>6} / {}  {}", paint(current, ansi::bold, style),
                                        paint(name, ansi::bold, style), format_duration(ms / 1000), budget,
                                        paint(remaining, colour, style))
                          : live::fit(plain, width - 1));
    } else {
      lines.push_back(live::fit(fmt::format("   {} {:>6}   {}", name, "", budget), width - 1));
    }
  }
  if (step.question + 1 < questions.size()) {
    int next = 0;
    for (const auto& s : steps) next += s.question == step.question + 1 ? s.def->seconds : 0;
    lines.push_back(paint(live::fit(fmt::format("   then question {} of {}, {}", step.question + 2, questions.size(),
                                                format_duration(next)),
                                    width - 1),
                          ansi::dim, style));
  }
  lines.emplace_back();
  const long elapsed = timer.elapsed(now);
  std::string clock = live::clock_text(elapsed) + " / " + live::clock_text(static_cast<long>(t.seconds()) * 1000);
  switch (pace(elapsed, t.seconds())) {
  case Pace::on_time: clock = paint(clock, ansi::green, style); break;
  case Pace::near_target: clock = paint(clock, ansi::yellow, style); break;
  case Pace::over_target: clock = paint(clock, ansi::red, style); break;
  }
  std::string state;
  if (timer.paused()) state = suspended ? "  paused while suspended" : "  paused";
  lines.push_back(fmt::format(" {}{}", clock, paint(state, ansi::bold, style)));
  lines.push_back(paint(live::fit(" Enter: next phase   space: pause   q: stop", width - 1), ansi::dim, style));
  return lines;
}

// How the runs of qpick test at `id` since `since` (UTC ISO 8601) went: "3 runs, the last passed
// 12 of 12", or "not run".
std::string test_runs(Store* store, const std::string& id, const std::string& since) {
  if (!store) return "not run";
  int runs = 0;
  const JudgeRunRecord* last = nullptr;
  const auto all = store->judge_runs(id);
  for (const auto& r : all) {
    if (r.recorded_at < since) continue;
    ++runs;
    last = &r;
  }
  if (!last) return "not run";
  return fmt::format("{} run{}, the last passed {} of {}", runs, runs == 1 ? "" : "s", last->passed, last->total);
}

}  // namespace

int run_mock(const MockOptions& options, const Bank& bank, const std::filesystem::path& state, Date today,
             std::uint64_t seed, const Style& style, const std::string& color, const std::filesystem::path& stories) {
  const auto file = cli::read_template("mocks", options.kind);
  MockTemplate t = parse_mock_template(file.text, file.path, file.name);
  if (!options.minutes.empty()) t = scale_mock(t, parse_mock_minutes(options.minutes) * 60);
  std::set<std::string> asked_before;
  if (const auto store = open_existing_store(state)) {
    for (const auto& m : store->mocks()) asked_before.insert(m.questions.begin(), m.questions.end());
  }
  const std::vector<const Question*> questions = choose_mock_questions(bank, t, asked_before, seed);
  std::vector<std::string> hints;  // the stories to tell each question with, read once
  for (const Question* q : questions) hints.push_back(story_hint(*q, stories));
  std::vector<Step> steps;
  for (std::size_t i = 0; i < t.questions.size(); ++i) {
    for (std::size_t p = 0; p < t.questions[i].phases.size(); ++p) steps.push_back({i, p, &t.questions[i].phases[p]});
  }

  const bool live_mode = !options.no_tty && live::available();
  cli::out(fmt::format("{}: {} question{}, {} min\n", t.title, questions.size(), questions.size() == 1 ? "" : "s",
                       (t.seconds() + 30) / 60));
  std::fflush(stdout);
  const auto started = std::chrono::system_clock::now();
  const std::string started_at = utc_timestamp(started);
  live::LineInput input;
  PhaseTimer timer(steps.size(), live_mode ? live::now_ms() : 0);
  if (live_mode) {
    Style screen = style;  // the screen is drawn where the user looks, whatever stdout is
    screen.color = live::use_color(color);
    const live::Ending ending = live::run(timer, [&](long now, bool suspended, std::size_t width) {
      return draw_mock(timer, t, steps, questions, hints, now, suspended, width, screen);
    });
    if (ending.interrupted) {
      cli::note("interrupted: the mock was not recorded");
      return live::end_by(ending.signal);
    }
  } else {
    const auto announce = [&](std::size_t at) {
      const Step& step = steps[at];
      if (step.phase == 0) {
        cli::out(fmt::format("\nQuestion {} of {}, {}\n", step.question + 1, questions.size(),
                             format_duration(t.questions[step.question].seconds())));
        cli::out(question_text(*questions[step.question], style));
        cli::out(hints[step.question]);
        std::fflush(stdout);
      }
      cli::note(fmt::format("{}, {}", step.def->name, format_duration(step.def->seconds)));
    };
    if (!live::run_lines(timer, input, announce, "phase")) {
      throw DataError(
          fmt::format("standard input ended during phase '{}': the mock was not recorded (a line q "
                      "stops it and records it as stopped)",
                      steps[timer.phase()].def->name));
    }
  }

  // Each question reached, checked against its rubric.
  MockRecord record{fmt::format("{:016x}", entropy_seed()),
                    t.kind,
                    t.name,
                    today,
                    started_at,
                    timer.aborted() ? Outcome::aborted : Outcome::completed,
                    {},
                    {}};
  std::vector<AttemptRecord> attempts;
  std::vector<GradeRecord> grades;
  std::vector<int> budgets;  // of each question answered, in seconds
  // Opened again: qpick test may have made the database while the mock ran.
  const auto store = open_existing_store(state);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const Question& q = *questions[i];
    long ms = 0;
    bool reached = false;
    for (std::size_t s = 0; s < steps.size(); ++s) {
      if (steps[s].question != i) continue;
      const auto& time = timer.phase_times()[s];
      record.phases.push_back({static_cast<int>(i), steps[s].def->name, steps[s].def->seconds, time});
      reached = reached || time.has_value();  // a phase not reached is kept too, with no time
      ms += time.value_or(0);
    }
    if (!reached) continue;
    record.questions.push_back(q.id);
    const long seconds = (ms + 500) / 1000;
    cli::out(fmt::format("\nQuestion {}: {}, {} of {}\n", i + 1, q.id, format_duration(seconds),
                         format_duration(t.questions[i].seconds())));
    if (q.judging.judged()) cli::out(fmt::format("qpick test: {}\n", test_runs(store.get(), q.id, started_at)));
    const auto review = review_answer(q, seconds, t.questions[i].seconds(), {},
                                      live_mode ? Asking::keys : Asking::lines, &input, style);
    if (!review) {
      if (!live_mode) throw DataError("standard input ended before the last grade: the mock was not recorded");
      cli::note("stopped before the last grade: the mock was not recorded");
      return 0;
    }
    const GradeRecord grade = new_grade(q.id, q.subtopic, today, review->grade);
    grades.push_back(grade);
    budgets.push_back(t.questions[i].seconds());
    attempts.push_back({q.id, today, grade.recorded_at, seconds, review->covered, static_cast<int>(q.expect.size()),
                        review->figure, review->grade, "", record.uid});
  }
  Store(state).add_mock(record, attempts, grades);

  long total = 0;
  for (const auto& time : timer.phase_times()) total += time.value_or(0);
  Table table{{"question", "time", "budget", "covered", "grade"}, {false, true, true, false, false}, {}};
  for (std::size_t i = 0; i < attempts.size(); ++i) {
    const auto& a = attempts[i];
    table.rows.push_back({a.question, format_duration(a.seconds), format_duration(budgets[i]),
                          fmt::format("{}/{}", a.covered.size(), a.points), grade_name(a.grade)});
  }
  cli::out(fmt::format("\n{} {}: {} of {}\n\n", t.title, timer.aborted() ? "stopped" : "done",
                       format_duration((total + 500) / 1000), format_duration(t.seconds())));
  cli::out(render_table(table, Format::text));
  return 0;
}

int run_mock_list(const std::filesystem::path& state, Format format) {
  Table table{{"day", "kind", "template", "time", "budget", "questions", "covered", "grades", "outcome"},
              {false, false, false, true, true, true, false, false, false},
              {}};
  if (const auto store = open_existing_store(state)) {
    const auto attempts = store->attempts();
    for (const auto& m : store->mocks()) {
      long ms = 0;
      int budget = 0;
      for (const auto& p : m.phases) {
        ms += p.ms.value_or(0);
        budget += p.target_seconds;
      }
      std::size_t covered = 0;
      int points = 0;
      std::vector<std::string> grades;
      for (const auto& a : attempts) {
        if (a.mock != m.uid) continue;
        covered += a.covered.size();
        points += a.points;
        grades.emplace_back(grade_name(a.grade));
      }
      table.rows.push_back({format_date(m.day), m.kind, m.name, format_duration((ms + 500) / 1000),
                            format_duration(budget), std::to_string(m.questions.size()),
                            fmt::format("{}/{}", covered, points), fmt::format("{}", fmt::join(grades, ",")),
                            m.outcome == Outcome::aborted ? "stopped" : "completed"});
    }
  }
  cli::out(render_table(table, format));
  return 0;
}

}  // namespace prepkit
