// Shows which questions come due, which subtopics count as weak, and what stats report.
#include <doctest/doctest.h>

#include "helpers.h"
#include "review/progress.h"

using namespace prepkit;
using test::day;
using test::ids_of;

namespace {

const std::string kData = PREPKIT_TEST_DATA;

// Grades built in order; each gets a later recorded_at than the one before.
struct Grades {
  std::vector<GradeRecord> list;
  Grades& add(const Bank& bank, const std::string& id, const char* on, Grade grade) {
    const Question* q = bank.find(id);
    const std::string n = std::to_string(list.size());
    list.push_back({"u" + n, id, q ? q->subtopic : "coding", day(on), grade,
                    std::string("2026-11-28T00:00:00.") + std::string(3 - n.size(), '0') + n + "Z"});
    return *this;
  }
  // What they come to on `today`.
  GradeDigest on(const char* today) const {
    GradeDigest digest(day(today));
    for (const auto& grade : list) digest.add(grade);
    return digest;
  }
};

}  // namespace

TEST_CASE("due_questions") {
  const Bank bank = load_banks({kData + "/banks"});
  Grades g;
  g.add(bank, "fx-two-sum", "2026-12-01", Grade::good)        // due 12-05
      .add(bank, "fx-lru-cache", "2026-12-01", Grade::again)  // due 12-02
      .add(bank, "fx-pool-size", "2026-12-01", Grade::easy);  // due 12-15
  DueRequest request;
  request.new_per_day = 0;
  const char* today = "2026-12-05";
  SUBCASE("most overdue first, not yet due left out") {
    const DueList list = due_questions(bank, g.on(today), request);
    CHECK(ids_of(list.questions) == std::vector<std::string>{"fx-lru-cache", "fx-two-sum"});
    CHECK(list.due == 2);
    CHECK(list.fresh == 0);
  }
  SUBCASE("new questions follow, up to the daily limit less those started today") {
    request.new_per_day = 3;
    g.add(bank, "fx-on-call", "2026-12-05", Grade::good);  // a new question started today
    const DueList list = due_questions(bank, g.on(today), request);
    CHECK(list.due == 2);
    CHECK(list.fresh == 2);
    const DueList again = due_questions(bank, g.on(today), request);
    CHECK(ids_of(again.questions) == ids_of(list.questions));  // fixed for the day
  }
  SUBCASE("-n limits the list") {
    request.count = 1;
    CHECK(ids_of(due_questions(bank, g.on(today), request).questions) == std::vector<std::string>{"fx-lru-cache"});
  }
  SUBCASE("the interview date caps intervals and ends the schedule") {
    today = "2026-12-09";
    request.until = day("2026-12-10");
    // fx-pool-size was due 12-15, past the interview: it comes due on 12-09, the day before.
    CHECK(ids_of(due_questions(bank, g.on(today), request).questions) ==
          std::vector<std::string>{"fx-lru-cache", "fx-two-sum", "fx-pool-size"});
    today = "2026-12-10";
    const DueList over = due_questions(bank, g.on(today), request);
    CHECK(over.interview_over);
    CHECK(over.questions.empty());
  }
  SUBCASE("filters apply") {
    request.filter.subtopics = {"coding"};
    request.new_per_day = 100;
    const DueList list = due_questions(bank, g.on(today), request);
    for (const Question* q : list.questions) CHECK(q->subtopic == "coding");
    CHECK(list.questions.size() == 4);
  }
}

TEST_CASE("weak_subtopics") {
  const Bank bank = load_banks({kData + "/banks"});
  Grades g;
  for (int i = 0; i < 5; ++i) g.add(bank, "fx-two-sum", "2026-12-01", i > 0 ? Grade::again : Grade::good);
  for (int i = 0; i < 5; ++i) g.add(bank, "fx-pool-size", "2026-12-01", i < 1 ? Grade::hard : Grade::good);
  for (int i = 0; i < 4; ++i) g.add(bank, "fx-on-call", "2026-12-01", Grade::again);      // too few to count
  for (int i = 0; i < 6; ++i) g.add(bank, "fx-sql-vs-nosql", "2026-12-01", Grade::good);  // never struggled
  const auto weak = weak_subtopics(g.on("2026-12-10"));
  REQUIRE(weak.size() == 2);
  CHECK(weak[0].subtopic == "coding");
  CHECK(weak[0].share == doctest::Approx(0.8));
  CHECK(weak[1].subtopic == "performance");
  CHECK(weak[1].share == doctest::Approx(0.2));
  SUBCASE("grades older than the window do not count") {
    CHECK(weak_subtopics(g.on("2026-12-31")).empty());
    CHECK(weak_subtopics(g.on("2026-12-30")).size() == 2);
  }
  SUBCASE("weak_questions starts with the questions graded again or hard") {
    const auto questions = weak_questions(bank, g.on("2026-12-10"), weak, {}, 3);
    REQUIRE(questions.size() == 3);
    CHECK(questions[0]->id == "fx-two-sum");
    CHECK(questions[1]->subtopic == "coding");
    CHECK(questions[2]->subtopic == "coding");
  }
}

TEST_CASE("compute_stats") {
  const Bank bank = load_banks({kData + "/banks"});
  Grades g;
  g.add(bank, "fx-two-sum", "2026-12-01", Grade::good)
      .add(bank, "fx-two-sum", "2026-12-02", Grade::again)
      .add(bank, "fx-lru-cache", "2026-12-03", Grade::good)
      .add(bank, "gone-question", "2026-12-03", Grade::hard)
      .add(bank, "fx-pool-size", "2026-12-05", Grade::good);
  const Stats stats = compute_stats(bank, g.on("2026-12-05"), {"fx-merge-intervals", "fx-two-sum"}, std::nullopt,
                                    {"fx-merge-intervals", "fx-lru-cache"});
  const SubtopicStats& coding = stats.subtopics[0];
  CHECK(coding.subtopic == "coding");
  CHECK(coding.questions == 4);
  CHECK(coding.seen == 3);  // two graded, one more shown
  CHECK(coding.graded == 2);
  CHECK(coding.due == 1);  // fx-two-sum, due 12-03 after its lapse
  CHECK(coding.grades == 3);
  CHECK(coding.by_grade == std::array<std::size_t, 4>{1, 0, 2, 0});
  CHECK(coding.judged == 1);  // fx-merge-intervals; fx-two-sum and fx-lru-cache are not judged
  CHECK(coding.solved == 1);
  CHECK(stats.total.solved == 1);
  CHECK(stats.total.questions == 14);
  CHECK(stats.total.graded == 3);
  CHECK(stats.orphaned_grades == 1);
  CHECK(stats.orphaned_questions == 1);
  CHECK(stats.streak == 1);  // 12-05 graded, 12-04 not
  CHECK(format_date(*stats.last_graded) == "2026-12-05");
  SUBCASE("the streak counts from yesterday when nothing is graded yet today") {
    CHECK(compute_stats(bank, g.on("2026-12-06"), {}, std::nullopt).streak == 1);
    CHECK(compute_stats(bank, g.on("2026-12-07"), {}, std::nullopt).streak == 0);
  }
  SUBCASE("rubric points covered by the answers of the 30 days up to today, per subtopic") {
    const auto attempt = [](const char* id, const char* day, std::vector<int> covered, int points) {
      return AttemptRecord{id, *parse_date(day), "", 60, std::move(covered), points, "", Grade::good, "", ""};
    };
    const std::vector<AttemptRecord> attempts = {
        attempt("fx-two-sum", "2026-12-05", {1}, 2),          // counts
        attempt("fx-lru-cache", "2026-11-06", {1, 2}, 3),     // the 30th day back: counts
        attempt("fx-lru-cache", "2026-11-05", {1, 2}, 3),     // the 31st: does not
        attempt("fx-lru-cache", "2026-12-06", {}, 3),         // after today: does not
        attempt("fx-pool-size", "2026-12-04", {1, 2, 3}, 3),  // performance
        attempt("gone-question", "2026-12-04", {}, 5)};       // not in the banks
    const Stats with = compute_stats(bank, g.on("2026-12-05"), {}, std::nullopt, {}, attempts);
    CHECK(with.subtopics[0].rubric_points == 5);
    CHECK(with.subtopics[0].rubric_covered == 3);
    CHECK(with.total.rubric_points == 8);
    CHECK(with.total.rubric_covered == 6);
  }
}

TEST_CASE("a digest ignores grades after its day") {
  const Bank bank = load_banks({kData + "/banks"});
  Grades g;
  g.add(bank, "fx-two-sum", "2026-12-01", Grade::good).add(bank, "fx-two-sum", "2026-12-09", Grade::again);
  const GradeDigest digest = g.on("2026-12-05");
  REQUIRE(digest.find("fx-two-sum"));
  CHECK(digest.find("fx-two-sum")->grades == 1);
  CHECK(digest.find("fx-two-sum")->latest == Grade::good);
  CHECK(digest.days().size() == 1);
  CHECK(g.on("2026-12-09").find("fx-two-sum")->by_grade[0] == 1);
}
