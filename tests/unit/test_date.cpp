// Shows that dates parse strictly and that the clock honours --date.
#include <doctest/doctest.h>

#include "base/date.h"
#include "base/error.h"

using namespace prepkit;

TEST_CASE("parse_date") {
  SUBCASE("a valid date") {
    const auto date = parse_date("2026-02-28");
    REQUIRE(date);
    CHECK(format_date(*date) == "2026-02-28");
  }
  SUBCASE("a leap day exists only in leap years") {
    CHECK(parse_date("2028-02-29"));
    CHECK_FALSE(parse_date("2026-02-29"));
  }
  SUBCASE("anything else is refused") {
    for (const char* text : {"", "2026-2-28", "2026/02/28", "2026-13-01", "2026-00-10", "2026-01-32", "26-01-01",
                             "2026-01-01x", "abcd-ef-gh", "1899-12-31"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_date(text));
    }
  }
}

TEST_CASE("date_problem says what is wrong with a person's date") {
  CHECK(date_problem("2026-12-05").empty());
  CHECK(date_problem("1900-01-01").empty());
  CHECK(date_problem("2999-12-31").empty());
  CHECK(date_problem("2028-02-29").empty());
  CHECK(date_problem("2026-02-29") == "2026-02-29 does not exist: February 2026 has 28 days");
  CHECK(date_problem("2026-04-31") == "2026-04-31 does not exist: April 2026 has 30 days");
  CHECK(date_problem("2026-13-01") == "2026-13-01 does not exist: a month is 01 to 12");
  CHECK(date_problem("2026-00-10") == "2026-00-10 does not exist: a month is 01 to 12");
  CHECK(date_problem("3000-01-01") == "expected a date from 1900-01-01 to 2999-12-31, found '3000-01-01'");
  CHECK(date_problem("9999-12-01") == "expected a date from 1900-01-01 to 2999-12-31, found '9999-12-01'");
  CHECK(date_problem("1899-12-31") == "expected a date from 1900-01-01 to 2999-12-31, found '1899-12-31'");
  CHECK(date_problem("0000-02-30") == "expected a date from 1900-01-01 to 2999-12-31, found '0000-02-30'");
  CHECK(date_problem("12/05") == "expected a date as YYYY-MM-DD, found '12/05'");
  CHECK(date_problem("") == "expected a date as YYYY-MM-DD, found ''");
  CHECK(date_problem("2026-1-05") == "expected a date as YYYY-MM-DD, found '2026-1-05'");
  // A date prepkit worked out itself may lie past the last accepted one, and still reads back.
  CHECK(parse_date("3001-01-25"));
}

TEST_CASE("days_since_epoch and add_days") {
  CHECK(days_since_epoch(*parse_date("1970-01-02")) == 1);
  CHECK(format_date(add_days(*parse_date("2026-12-30"), 3)) == "2027-01-02");
  CHECK(format_date(add_days(*parse_date("2026-03-01"), -1)) == "2026-02-28");
}

TEST_CASE("Clock::today") {
  CHECK(format_date(Clock(parse_date("2026-11-28")).today()) == "2026-11-28");
  CHECK(Clock().today().ok());
}

TEST_CASE("parse_days, parse_time_of_day and weekday_of") {
  CHECK(parse_days("sat,mon,wed") == std::vector<int>{0, 2, 5});
  CHECK_THROWS_WITH_AS(parse_days("mon,wensday"), "unknown day 'wensday' (expected days such as mon,wed,sat)",
                       UsageError);
  CHECK_THROWS_WITH_AS(parse_days("mon,mon"), "'mon' is given twice", UsageError);
  CHECK(parse_time_of_day("07:30") == 450);
  CHECK_THROWS_WITH_AS(parse_time_of_day("7:30"), "expected a time as HH:MM, found '7:30'", UsageError);
  CHECK(weekday_of(*parse_date("2026-12-07")) == 0);  // a Monday
  CHECK(weekday_of(*parse_date("2026-11-28")) == 5);  // a Saturday
}
