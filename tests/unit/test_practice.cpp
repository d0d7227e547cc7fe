// The rules of qpick practice: the answer note's scaffold, the figure check and the proposed grade.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "review/practice.h"

using namespace prepkit;

namespace {

Question question(std::string kind) {
  Question q;
  q.id = "db-acid";
  q.subtopic = "databases";
  q.kind = std::move(kind);
  q.difficulty = "easy";
  q.minutes = 10;
  q.prompt = "What does ACID promise?\nAnswer with an example.";
  q.expect = {"atomicity", "isolation"};
  return q;
}

}  // namespace

TEST_CASE("answer_scaffold: the prompt as a quotation, then the sections of the question's kind") {
  Question q = question("concept");
  q.code = "BEGIN;\n\nCOMMIT;\n";
  CHECK(answer_scaffold(q, Date{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{7}}) ==
        "# db-acid (2026-12-07)\n\n"
        "> What does ACID promise?\n"
        "> Answer with an example.\n"
        ">\n"
        ">     BEGIN;\n"
        ">\n"
        ">     COMMIT;\n"
        "\nBudget: 10 min · easy · concept\n"
        "\n## Answer\n\n"
        "\n## Trade-offs\n\n"
        "\n## Example\n\n");
  CHECK(answer_sections("design") == std::vector<std::string>{"Requirements", "Estimates", "API", "Data model",
                                                              "High level", "Deep dives", "Trade-offs"});
  CHECK(answer_sections("debugging") == std::vector<std::string>{"Hypotheses", "Checks", "Fix", "Prevention"});
  CHECK(answer_sections("coding") == std::vector<std::string>{"Approach", "Complexity", "Edge cases", "Tests"});
  CHECK(answer_sections("ask").front() == "Why I would ask it");
  CHECK(answer_sections("behavioral").front() == "Story (star show SLUG)");
}

TEST_CASE("untouched: the scaffold as written, trailing spaces and blank lines aside") {
  const std::string scaffold = "# q\n\n## Answer\n\n";
  CHECK(untouched(scaffold, scaffold));
  CHECK(untouched("# q  \n\n## Answer\n\n\n\n", scaffold));
  CHECK(untouched("# q\r\n\r\n## Answer\r\n", scaffold));
  CHECK_FALSE(untouched("# q\n\n## Answer\n\nIt commits whole.\n", scaffold));
  CHECK_FALSE(untouched("", scaffold));
}

TEST_CASE("check_figure: within 2x, within 10x, or off") {
  CHECK(check_figure(3, 2.9) == FigureCheck::close);
  CHECK(check_figure(5.8, 2.9) == FigureCheck::close);  // exactly twice
  CHECK(check_figure(1.45, 2.9) == FigureCheck::close);
  CHECK(check_figure(6, 2.9) == FigureCheck::order);
  CHECK(check_figure(29, 2.9) == FigureCheck::order);  // exactly ten times
  CHECK(check_figure(0.29, 2.9) == FigureCheck::order);
  CHECK(check_figure(30, 2.9) == FigureCheck::off);
  CHECK(check_figure(-3, 2.9) == FigureCheck::off);
  CHECK(check_figure(0, 2.9) == FigureCheck::off);
  CHECK(check_figure(0, 0) == FigureCheck::close);
  CHECK(figure_check_name(FigureCheck::order) == "within 10x");
}

TEST_CASE("propose_grade: the rule qpick(1) documents, case by case") {
  struct Row {
    std::size_t covered, points;
    double minutes;
    std::optional<FigureCheck> figure;
    Grade expected;
  };
  const auto close = FigureCheck::close, order = FigureCheck::order, off = FigureCheck::off;
  const std::vector<Row> table = {
      // coverage alone, within the budget of 10 minutes
      {0, 4, 5, std::nullopt, Grade::again},
      {1, 4, 5, std::nullopt, Grade::again},  // 25%
      {2, 4, 5, std::nullopt, Grade::hard},   // half
      {2, 3, 5, std::nullopt, Grade::hard},   // two thirds
      {3, 4, 5, std::nullopt, Grade::good},   // three quarters
      {4, 5, 5, std::nullopt, Grade::good},
      {4, 4, 5, std::nullopt, Grade::easy},
      {4, 4, 10, std::nullopt, Grade::easy},  // the whole budget
      // every point but over the budget: good; over 1.5 times it: one lower
      {4, 4, 11, std::nullopt, Grade::good},
      {4, 4, 15, std::nullopt, Grade::good},  // exactly 1.5 times
      {4, 4, 16, std::nullopt, Grade::hard},
      {3, 4, 16, std::nullopt, Grade::hard},  // good, one lower
      {2, 4, 16, std::nullopt, Grade::hard},  // never below hard for time
      {1, 4, 16, std::nullopt, Grade::again},
      // the figure caps the grade
      {4, 4, 5, close, Grade::easy},
      {4, 4, 5, order, Grade::good},
      {4, 4, 5, off, Grade::hard},
      {3, 4, 5, order, Grade::good},
      {3, 4, 5, off, Grade::hard},
      {1, 4, 5, off, Grade::again},
      {4, 4, 16, off, Grade::hard},
      // a question without points
      {0, 0, 5, std::nullopt, Grade::again},
  };
  for (const Row& row : table) {
    CAPTURE(row.covered);
    CAPTURE(row.points);
    CAPTURE(row.minutes);
    CHECK(propose_grade({row.covered, row.points, row.minutes, 10, row.figure}) == row.expected);
  }
}

TEST_CASE("answer_history: the last answer, and the points missed most often") {
  const Date day{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{7}};
  const auto attempt = [&](std::vector<int> covered, int points, std::string mock = "") {
    return AttemptRecord{"q", day, "", 60, std::move(covered), points, "", Grade::good, "", std::move(mock)};
  };
  CHECK(answer_history({}, 4).attempts == 0);
  CHECK_FALSE(answer_history({}, 4).last);
  const std::vector<AttemptRecord> attempts = {attempt({1, 2}, 4), attempt({2, 4}, 4), attempt({}, 3),
                                               attempt({2, 3, 4}, 4, "m1")};
  const AnswerHistory history = answer_history(attempts, 4);
  CHECK(history.attempts == 4);
  REQUIRE(history.last);
  CHECK(history.last->mock == "m1");
  // Of the three answers checked against four points: 1 and 3 missed twice, 4 once, 2 never; the
  // answer checked against three points does not count.
  REQUIRE(history.most_missed.size() == 3);
  CHECK(history.most_missed[0].point == 1);
  CHECK(history.most_missed[0].times == 2);
  CHECK(history.most_missed[0].out_of == 3);
  CHECK(history.most_missed[1].point == 3);
  CHECK(history.most_missed[1].times == 2);
  CHECK(history.most_missed[2].point == 4);
  CHECK(history.most_missed[2].times == 1);
  CHECK(answer_history({attempt({1, 2}, 2)}, 2).most_missed.empty());
}
