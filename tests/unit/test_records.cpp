// Shows the names of grades and rehearsal outcomes, as the database and the command line spell them.
#include <doctest/doctest.h>

#include "state/records.h"

using namespace prepkit;

TEST_CASE("parse_grade, grade_name and all_grades") {
  for (const auto& name : all_grades()) {
    const auto grade = parse_grade(name);
    REQUIRE(grade);
    CHECK(grade_name(*grade) == name);
  }
  CHECK(all_grades() == std::vector<std::string>{"again", "hard", "good", "easy"});
  CHECK_FALSE(parse_grade("Good"));
  CHECK_FALSE(parse_grade(""));
}

TEST_CASE("outcome_name and parse_outcome") {
  CHECK(outcome_name(Outcome::completed) == "completed");
  CHECK(outcome_name(Outcome::aborted) == "aborted");
  CHECK(parse_outcome("aborted") == Outcome::aborted);
  CHECK_FALSE(parse_outcome("done"));
}
