// Calendar dates and the one clock every program asks for "today".
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

using Date = std::chrono::year_month_day;

// Parses a strict YYYY-MM-DD date that exists on the calendar, from 1900 to 9999; nothing
// otherwise. For dates prepkit wrote itself; check a person's with date_problem first.
std::optional<Date> parse_date(std::string_view text);

// The first and last dates prepkit takes from people (flags, settings, notes, imported
// histories), so that every date worked out from one (a plan's end, a review years away)
// still has four digits.
inline constexpr std::string_view kFirstAcceptedDate = "1900-01-01";
inline constexpr std::string_view kLastAcceptedDate = "2999-12-31";

// What is wrong with `text` as a date given by a person, worded to follow "WHAT: " in a
// message ("expected a date as YYYY-MM-DD, found 'tomorrow'", "2026-02-30 does not exist:
// February 2026 has 28 days"); empty when it is an accepted date.
std::string date_problem(std::string_view text);

// Formats `date` as YYYY-MM-DD.
std::string format_date(Date date);

// The number of days from 1970-01-01 to `date`.
long days_since_epoch(Date date);

// `date` moved by `days` (negative goes back).
Date add_days(Date date, long days);

// Parses "mon,wed,sat" into weekdays (0 = Monday), sorted; throws UsageError naming a day that
// is unknown or given twice.
std::vector<int> parse_days(std::string_view text);

// "mon" for 0, ... "sun" for 6.
const char* weekday_name(int day);

// The weekday of `date`, 0 = Monday.
int weekday_of(Date date);

// Parses "HH:MM" into minutes after midnight; throws UsageError.
int parse_time_of_day(std::string_view text);

// A time (by default now) in UTC as ISO 8601 with milliseconds: "2026-11-28T07:30:00.125Z".
std::string utc_timestamp(std::chrono::system_clock::time_point time = std::chrono::system_clock::now());

// Today's date: the one given by --date when there is one, else the local calendar date.
class Clock {
 public:
  explicit Clock(std::optional<Date> fixed = std::nullopt) : fixed_(fixed) {}

  // The date the program treats as today.
  Date today() const;

 private:
  std::optional<Date> fixed_;
};

}  // namespace prepkit
