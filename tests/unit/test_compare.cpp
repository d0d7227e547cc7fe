// The comparison rules: what each accepts and refuses, and the first difference shown.
#include <doctest/doctest.h>

#include "judge/compare.h"

using namespace prepkit;

namespace {

bool matches(const char* rule, const std::string& expected, const std::string& actual) {
  return output_matches(*parse_comparison(rule), {expected}, actual);
}

}  // namespace

TEST_CASE("parse_comparison") {
  CHECK(parse_comparison("exact")->name() == "exact");
  CHECK(parse_comparison("lines-any-order")->name() == "lines-any-order");
  CHECK(parse_comparison("float 1e-6")->name() == "float 1e-06");
  CHECK(parse_comparison("float 0.001")->tolerance == doctest::Approx(0.001));
  CHECK_FALSE(parse_comparison("float"));
  CHECK_FALSE(parse_comparison("float -1"));
  CHECK_FALSE(parse_comparison("float 2"));
  CHECK_FALSE(parse_comparison("float nan"));
  CHECK_FALSE(parse_comparison("Exact"));
  CHECK_FALSE(parse_comparison(""));
}

TEST_CASE("output_matches") {
  SUBCASE("exact: trailing spaces, carriage returns and blank lines at the end do not matter") {
    CHECK(matches("exact", "1 2\n3\n", "1 2  \r\n3\n\n\n"));
    CHECK(matches("exact", "1 2\n3\n", "1 2\n3"));
    CHECK_FALSE(matches("exact", "1 2\n3\n", " 1 2\n3\n"));
    CHECK_FALSE(matches("exact", "1 2\n3\n", "1  2\n3\n"));
    CHECK_FALSE(matches("exact", "1\n\n2\n", "1\n2\n"));
    CHECK(matches("exact", "\n", ""));
  }
  SUBCASE("tokens: only the words and their order") {
    CHECK(matches("tokens", "1 2\n3\n", "1\n2 3"));
    CHECK_FALSE(matches("tokens", "1 2 3", "1 3 2"));
  }
  SUBCASE("lines-any-order") {
    CHECK(matches("lines-any-order", "a b\nc\n", "c\na b\n"));
    CHECK_FALSE(matches("lines-any-order", "a b\nc\n", "b a\nc\n"));
    CHECK_FALSE(matches("lines-any-order", "a\na\n", "a\n"));
  }
  SUBCASE("float: absolute or relative tolerance, other tokens exactly") {
    CHECK(matches("float 1e-6", "0.5 x\n", "0.5000001 x"));
    CHECK(matches("float 1e-6", "1000000 x\n", "1000000.9 x"));
    CHECK_FALSE(matches("float 1e-6", "0.5 x\n", "0.50001 x"));
    CHECK_FALSE(matches("float 1e-6", "0.5 x\n", "0.5 y"));
    CHECK_FALSE(matches("float 1e-6", "0.5\n", "nan"));
    CHECK_FALSE(matches("float 1e-6", "0.5\n", "0.5 0.5"));
  }
  SUBCASE("any-of: one of the outputs listed") {
    const Comparison rule = *parse_comparison("any-of");
    CHECK(output_matches(rule, {"1 2\n", "2 1\n"}, "2 1\n"));
    CHECK_FALSE(output_matches(rule, {"1 2\n", "2 1\n"}, "1 1\n"));
  }
}

TEST_CASE("first_difference") {
  CHECK_FALSE(first_difference("1\n2\n", "1 \n2\n\n"));
  const auto d = first_difference("1\n2\n3\n", "1\n5\n3\n");
  REQUIRE(d);
  CHECK(d->line == 2);
  CHECK(d->expected == "2");
  CHECK(d->actual == "5");
  const auto shorter = first_difference("1\n2\n", "1\n");
  REQUIRE(shorter);
  CHECK(shorter->line == 2);
  CHECK(shorter->actual.empty());
}

TEST_CASE("well_formed") {
  CHECK(well_formed("42\n"));
  CHECK_FALSE(well_formed(""));
  CHECK_FALSE(well_formed(" \n\n"));
  CHECK_FALSE(well_formed(std::string("4\0002", 3)));
  CHECK_FALSE(well_formed("\xff\n"));
}
