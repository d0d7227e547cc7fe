// Shows that exported histories read back exactly, and where a malformed one is wrong.
#include <doctest/doctest.h>

#include "review/history.h"

using namespace prepkit;

namespace {

std::string problem(const std::string& text) {
  try {
    parse_history(text, "h");
  } catch (const DiagnosticError& e) {
    return e.what();
  }
  return "no problem";
}

const char* const kHeader = "day\tquestion\tsubtopic\tgrade\trecorded_at\tuid\n";

}  // namespace

TEST_CASE("new_grade") {
  const GradeRecord a = new_grade("q", "coding", *parse_date("2026-12-01"), Grade::hard);
  const GradeRecord b = new_grade("q", "coding", *parse_date("2026-12-01"), Grade::hard);
  CHECK(a.uid.size() == 16);
  CHECK(a.uid != b.uid);
  CHECK(a.recorded_at.size() == 24);
  CHECK(a.recorded_at.back() == 'Z');
}

TEST_CASE("parse_history reads what history_table writes") {
  const std::vector<GradeRecord> grades = {
      {"00ab", "db-acid", "databases", *parse_date("2026-12-01"), Grade::again, "2026-12-01T07:30:00.000Z"},
      {"00cd", "gone", "coding", *parse_date("2026-12-02"), Grade::easy, "2026-12-02T07:30:00.125Z"}};
  for (const Format format : {Format::json, Format::tsv}) {
    const auto back = parse_history(render_table(history_table(grades), format), "h");
    REQUIRE(back.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
      CHECK(back[i].uid == grades[i].uid);
      CHECK(back[i].question == grades[i].question);
      CHECK(back[i].subtopic == grades[i].subtopic);
      CHECK(back[i].day == grades[i].day);
      CHECK(back[i].grade == grades[i].grade);
      CHECK(back[i].recorded_at == grades[i].recorded_at);
    }
  }
  CHECK(parse_history("", "h").empty());
  CHECK(parse_history("[]", "h").empty());
  CHECK(parse_history(kHeader, "h").empty());
}

TEST_CASE("parse_history accepts compact JSON") {
  const auto back = parse_history(
      R"([{"day":"2026-12-01","question":"q","subtopic":"ask","grade":"good","recorded_at":"2026-12-01T00:00:00.000Z","uid":"ff"}])",
      "h");
  REQUIRE(back.size() == 1);
  CHECK(back[0].uid == "ff");
}

TEST_CASE("parse_history says where a record is wrong") {
  SUBCASE("tsv") {
    CHECK(problem("day\tquestion\n") ==
          "h:1:1: expected the header 'day\\tquestion\\tsubtopic\\tgrade\\trecorded_at\\tuid'");
    CHECK(problem(std::string(kHeader) + "2026-12-01\tq\tcoding\tgood\n") ==
          "h:2:1: expected 6 tab-separated fields, found 4");
    CHECK(problem(std::string(kHeader) + "2026-12-01\tq\tcoding\tmeh\t2026-12-01T00:00:00.000Z\tab\n") ==
          "h:2:21: 'grade' must be again, hard, good or easy, found 'meh'");
    CHECK(problem(std::string(kHeader) + "2026-13-01\tq\tcoding\tgood\t2026-12-01T00:00:00.000Z\tab\n") ==
          "h:2:1: 'day': 2026-13-01 does not exist: a month is 01 to 12");
    CHECK(problem(std::string(kHeader) + "2026-12-01\tq\tcoding\tgood\tyesterday\tab\n") ==
          "h:2:26: 'recorded_at' must be a UTC time such as 2026-11-28T07:30:00.000Z, found 'yesterday'");
    CHECK(problem(std::string(kHeader) + "2026-12-01\tq\tcoding\tgood\t2026-12-01T00:00:00.000Z\tXYZ\n") ==
          "h:2:51: 'uid' must be lower-case hexadecimal, found 'XYZ'");
  }
  SUBCASE("json") {
    CHECK(problem("[{\"day\": \"2026-12-01\"}]") == "h:1:2: 'question' must be given as a string");
    CHECK(problem("{}") == "h:1:1: expected a JSON array of grades");
    CHECK(problem("[\n  {\"day\": \"2026-12-01\", \"question\": \"q\", \"subtopic\": \"nope\", \"grade\": \"good\",\n"
                  "   \"recorded_at\": \"2026-12-01T00:00:00.000Z\", \"uid\": \"ab\"}\n]") ==
          "h:2:54: unknown subtopic 'nope'");
    CHECK(problem("[1, 2") == "h:1:1: end of sequence flow not found");
  }
}

TEST_CASE("parse_history quotes a long field as an excerpt") {
  const std::string huge(1'000'000, 'x');
  const std::string cut = std::string(60, 'x') + "...";
  const auto row = [&](const std::string& subtopic, const std::string& grade, const std::string& at,
                       const std::string& uid) {
    return std::string(kHeader) + "2026-12-01\tq\t" + subtopic + "\t" + grade + "\t" + at + "\t" + uid + "\n";
  };
  const std::string at = "2026-12-01T00:00:00.000Z";
  CHECK(problem(row(huge, "good", at, "ab")) == "h:2:14: unknown subtopic '" + cut + "'");
  CHECK(problem(row("coding", huge, at, "ab")) ==
        "h:2:21: 'grade' must be again, hard, good or easy, found '" + cut + "'");
  CHECK(problem(row("coding", "good", huge, "ab")) ==
        "h:2:26: 'recorded_at' must be a UTC time such as 2026-11-28T07:30:00.000Z, found '" + cut + "'");
  CHECK(problem(row("coding", "good", at, huge)) ==
        "h:2:51: 'uid' must be lower-case hexadecimal, found '" + cut + "'");
  const std::string key(1000, 'x');  // YAML allows a key of up to 1024 characters
  CHECK(problem("[{\"" + key +
                "\": 1, \"day\": \"2026-12-01\", \"question\": \"q\", \"subtopic\": \"ask\", "
                "\"grade\": \"good\", \"recorded_at\": \"" +
                at + "\", \"uid\": \"ab\"}]") == "h:1:3: unknown field '" + cut + "'");
}
