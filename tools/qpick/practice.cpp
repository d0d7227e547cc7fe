#include "practice.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

#include <fmt/format.h>

#include "bank/question_render.h"
#include "base/editor.h"
#include "base/error.h"
#include "base/files.h"
#include "base/lines.h"
#include "base/markdown.h"
#include "base/paths.h"
#include "common/cli.h"
#include "estimate/expression.h"
#include "output/style.h"
#include "output/table.h"
#include "review/history.h"
#include "review/practice.h"
#include "star/story.h"
#include "star/story_folder.h"
#include "state/store.h"

namespace prepkit {

namespace {

// The points --covered names: "all", "none" or numbers from 1 to `points` separated by commas.
std::vector<int> parse_covered(std::string_view text, int points) {
  const auto refuse = [&] {
    return UsageError(fmt::format("expected all, none or point numbers from 1 to {} separated by commas, found '{}'",
                                  points, excerpt(text)));
  };
  std::vector<int> covered;
  if (text == "none") return covered;
  if (text == "all") {
    for (int i = 1; i <= points; ++i) covered.push_back(i);
    return covered;
  }
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t comma = std::min(text.find(',', at), text.size());
    const std::string_view item = text.substr(at, comma - at);
    int n = 0;
    const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), n);
    if (item.empty() || error != std::errc() || end != item.data() + item.size() || n < 1 || n > points ||
        std::find(covered.begin(), covered.end(), n) != covered.end()) {
      throw refuse();
    }
    covered.push_back(n);
    at = comma + 1;
  }
  std::sort(covered.begin(), covered.end());
  return covered;
}

// --minutes: a number of minutes above 0.
double parse_minutes(const std::string& text) {
  double minutes = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), minutes);
  if (error != std::errc() || end != text.data() + text.size() || !(minutes > 0) || minutes > 24 * 60) {
    throw UsageError(fmt::format(
        "--minutes: expected the minutes the answer took, above 0 and at most 1440, found '{}'", excerpt(text)));
  }
  return minutes;
}

FigureComparison compare_figure(const Question& q, const std::string& figure) {
  const Answer expected = evaluate_query(q.estimate, std::nullopt);
  Answer given = cli::flag_value("--figure", [&] { return evaluate_query(figure, std::nullopt); });
  // A bare number is taken in the unit the estimate is shown in.
  const Quantity& g = given.value;
  if (g.dim == Dimension{} && g.nouns.empty() && g.label.empty() && !expected.shown.unit.empty()) {
    given = cli::flag_value("--figure", [&] {
      return evaluate_query(fmt::format("{} {}{}", figure, expected.shown.magnitude, expected.shown.unit),
                            std::nullopt);
    });
  }
  std::string shown = fmt::format("\nYour figure: {}\nThe estimate: {}   (estimate '{}')\n", given.shown.text(),
                                  expected.shown.text(), q.estimate);
  if (!(given.value.dim == expected.value.dim)) {
    return {FigureCheck::off, shown + fmt::format("Not comparable: yours is in {}, the estimate in {}\n",
                                                  given.value.unit_name(), expected.value.unit_name())};
  }
  const FigureCheck check = check_figure(given.value.value, expected.value.value);
  return {check, shown + fmt::format("Your figure is {}\n", figure_check_name(check))};
}

// Point `i` of `q`'s rubric, wrapped to the terminal's width under its number, with `mark` after it.
std::string rubric_point(const Question& q, int i, std::string_view mark, const Style& style) {
  std::string text = wrap(fmt::format("{}{}", q.expect[static_cast<std::size_t>(i - 1)], mark), style.width, "     ");
  text.replace(0, 5, fmt::format("  {}. ", i));
  return text;
}

// A new note's path in `folder`: DAY.md, else DAY-2.md, DAY-3.md...
std::filesystem::path new_note_path(const std::filesystem::path& folder, Date day) {
  for (int n = 1;; ++n) {
    const auto path = folder / (n == 1 ? format_date(day) + ".md" : fmt::format("{}-{}.md", format_date(day), n));
    if (!std::filesystem::exists(path)) return path;
  }
}

}  // namespace

std::optional<Review> review_answer(const Question& q, long seconds, int budget_seconds, const GivenReview& given,
                                    Asking asking, live::LineInput* lines, const Style& style) {
  const int points = static_cast<int>(q.expect.size());
  // Asks `prompt`: a line typed on the terminal, or the next line of the input.
  const auto ask = [&](std::string_view prompt) -> std::optional<std::string> {
    cli::out(prompt);
    if (asking == Asking::lines) {
      cli::out("\n");
      return lines->next();
    }
    std::fflush(stdout);
    const auto line = read_line(stdin, 4096, "<stdin>");
    if (!line) return std::nullopt;
    return line->text;
  };
  cli::out("\nWhat a strong answer covers:\n");
  const auto point = [&](int i, std::string_view mark) { return rubric_point(q, i, mark, style); };
  Review review;
  if (given.covered) {
    review.covered = *given.covered;
  } else if (asking == Asking::lines) {
    for (int i = 1; i <= points; ++i) cli::out(point(i, ""));
    const auto line = ask("Covered (all, none or point numbers such as 1,3):");
    if (!line) return std::nullopt;
    try {
      review.covered = parse_covered(*line, points);
    } catch (const UsageError& e) {
      lines->fail(e.what());
    }
  } else if (asking == Asking::keys) {
    for (int i = 1; i <= points; ++i) {
      const auto key = live::read_key(point(i, "") + "     covered? [y/n] ", "yn");
      if (!key) return std::nullopt;
      if (*key == 'y') review.covered.push_back(i);
    }
  }
  if (given.covered || asking == Asking::none) {
    for (int i = 1; i <= points; ++i) {
      const bool yes = std::binary_search(review.covered.begin(), review.covered.end(), i);
      cli::out(point(i, yes ? "  [covered]" : "  [missed]"));
    }
  }

  std::optional<FigureComparison> figure = given.figure;
  if (!q.estimate.empty() && !figure && asking != Asking::none) {
    for (;;) {
      const auto text = ask("\nYour own figure for the numbers (Enter to skip): ");
      if (!text || text->empty()) break;
      try {
        figure = compare_figure(q, *text);
        break;
      } catch (const Error& e) {
        if (asking == Asking::lines) lines->fail(e.what());
        cli::out(fmt::format("{}\n", e.what()));
      }
    }
  }
  if (figure) {
    cli::out(figure->shown);
    review.figure = figure_check_name(figure->check);
  }

  const double minutes = seconds / 60.0;
  const AttemptOutcome outcome{review.covered.size(), static_cast<std::size_t>(points), minutes,
                               (budget_seconds + 59) / 60, figure ? std::optional(figure->check) : std::nullopt};
  const Grade proposed = propose_grade(outcome);
  cli::out(fmt::format("\n{} of {} points in {} of {} min: proposed grade {}\n", review.covered.size(), points,
                       (seconds + 30) / 60, (budget_seconds + 30) / 60, grade_name(proposed)));
  review.grade = given.grade.value_or(proposed);
  if (!given.grade && asking != Asking::none) {
    for (;;) {
      const auto answer = ask(fmt::format("Grade [{}]: ", grade_name(proposed)));
      if (!answer) return std::nullopt;
      if (answer->empty()) break;
      if (const auto typed = parse_grade(*answer)) {
        review.grade = *typed;
        break;
      }
      if (asking == Asking::lines) {
        lines->fail(fmt::format("expected again, hard, good or easy, or an empty line for {}, found '{}'",
                                grade_name(proposed), excerpt(*answer)));
      }
    }
  }
  return review;
}

std::string story_hint(const Question& q, const std::filesystem::path& stories) {
  if (q.kind != "behavioral") return "";
  std::vector<std::string> all;
  std::vector<std::string> tagged;
  try {
    for (const auto& file : list_stories(stories)) {
      all.push_back(file.slug);
      try {
        const StoryNote note = read_story(file);
        const bool shares = std::any_of(note.tags.begin(), note.tags.end(), [&](const std::string& tag) {
          return std::find(q.tags.begin(), q.tags.end(), tag) != q.tags.end();
        });
        if (shares) tagged.push_back(file.slug);
      } catch (const Error&) {
        // A note that does not read is still a story to tell; star check says what is wrong.
      }
    }
  } catch (const Error&) {
    return "";  // a stories folder that cannot be read: star says why
  }
  if (all.empty()) return "No story notes yet: star init scaffolds three to tell\n";
  if (tagged.empty()) return fmt::format("Your stories: {}\n", fmt::join(all, ", "));
  return fmt::format("Your stories on it: {}\n", fmt::join(tagged, ", "));
}

std::string question_text(const Question& q, const Style& style) {
  std::string shown = render_questions({&q}, Format::text, style);
  if (!q.code.empty()) {
    shown += '\n';
    for (const auto line : split_lines(q.code)) shown += line.empty() ? "\n" : fmt::format("    {}\n", line);
  }
  return shown;
}

std::filesystem::path answers_dir() { return xdg_dir("XDG_DATA_HOME", ".local/share") / "prepkit" / "answers"; }

std::optional<Grade> run_practice(const PracticeOptions& options, const Question& q,
                                  const std::filesystem::path& answers, const std::filesystem::path& state, Date today,
                                  const Style& style, const std::filesystem::path& stories) {
  const int points = static_cast<int>(q.expect.size());
  // Every flag is checked before anything is written.
  const bool written_elsewhere = !options.minutes.empty();  // then --minutes says how long it took
  double taken = written_elsewhere ? parse_minutes(options.minutes) : 0;
  const std::optional<std::vector<int>> given_covered =
      options.covered.empty()
          ? std::nullopt
          : std::optional(cli::flag_value("--covered", [&] { return parse_covered(options.covered, points); }));
  const std::optional<Grade> given_grade = options.grade.empty() ? std::nullopt : parse_grade(options.grade);
  if (!options.grade.empty() && !given_grade) {
    throw UsageError(fmt::format("--grade: expected again, hard, good or easy, found '{}'", excerpt(options.grade)));
  }
  if (!options.figure.empty() && q.estimate.empty()) {
    throw UsageError(fmt::format("--figure: question '{}' has no estimate to compare a figure with", q.id));
  }
  std::optional<FigureComparison> figure;
  if (!options.figure.empty()) figure = compare_figure(q, options.figure);
  const bool terminal = ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1;

  const std::filesystem::path folder = answers / q.id;
  create_private_folder(folder);
  const std::filesystem::path note = new_note_path(folder, today);
  const std::string scaffold = answer_scaffold(q, today);
  write_new_file(note, scaffold, "another answer note took its name");
  // The question without what a strong answer covers: that comes after the answer.
  cli::out(question_text(q, style));
  cli::out(fmt::format("\nBudget: {} min\n{}Answer note: {}\n", q.minutes, story_hint(q, stories), note.string()));
  if (!terminal && !given_covered) return std::nullopt;

  if (!written_elsewhere) {
    const auto start = std::chrono::steady_clock::now();
    run_editor(editor_command(), note);
    taken = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 60;
    if (untouched(read_file(note.string(), 16u << 20u, FileOrigin::named), scaffold)) {
      cli::note(fmt::format("the answer note is as it was started: nothing graded ({})", note.string()));
      return std::nullopt;
    }
  }

  const long seconds = std::lround(taken * 60);
  const auto review = review_answer(q, seconds, q.minutes * 60, {given_covered, figure, given_grade},
                                    terminal ? Asking::keys : Asking::none, nullptr, style);
  if (!review) {  // Ctrl-D
    cli::note(fmt::format("stopped before the grade was taken: nothing graded ({})", note.string()));
    return std::nullopt;
  }
  const Grade grade = review->grade;
  const GradeRecord record = new_grade(q.id, q.subtopic, today, grade);
  AttemptRecord attempt{q.id,           today, record.recorded_at, seconds, review->covered, points,
                        review->figure, grade, note.string(),      ""};
  Store(state).add_attempt(attempt, record);
  return grade;
}

std::string last_practice(const Question& q, const std::filesystem::path& state, const Style& style) {
  const auto store = open_existing_store(state);
  const AnswerHistory history =
      answer_history(store ? store->attempts(q.id) : std::vector<AttemptRecord>{}, q.expect.size());
  if (!history.last) return "";
  const AttemptRecord& last = *history.last;
  std::string out =
      fmt::format("\nPractised {} time{}, last on {}{}: {} of {} points in {} min, graded {}\n", history.attempts,
                  history.attempts == 1 ? "" : "s", format_date(last.day), last.mock.empty() ? "" : " in a mock",
                  last.covered.size(), last.points, (last.seconds + 30) / 60, grade_name(last.grade));
  if (history.most_missed.empty()) return out;
  out += "Missed most often:\n";
  for (const auto& m : history.most_missed) {
    out += rubric_point(q, m.point, fmt::format(" ({} of {})", m.times, m.out_of), style);
  }
  return out;
}

int run_answers(const std::string& id, const Bank& bank, const std::filesystem::path& state, Format format) {
  std::optional<std::string> question;
  if (!id.empty()) question = find_question(bank, id).id;
  const auto store = open_existing_store(state);
  Table table{{"day", "id", "minutes", "covered", "figure", "grade", "note"},
              {false, false, true, false, false, false, false},
              {}};
  if (store) {
    for (const auto& a : store->attempts(question)) {
      table.rows.push_back({format_date(a.day), a.question, std::to_string((a.seconds + 30) / 60),
                            fmt::format("{}/{}", a.covered.size(), a.points), a.figure, grade_name(a.grade), a.note});
    }
  }
  cli::out(render_table(table, format));
  return 0;
}

}  // namespace prepkit
