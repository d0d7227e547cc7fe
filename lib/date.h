// Calendar dates and the one clock every program asks for "today".
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace prepkit {

using Date = std::chrono::year_month_day;

// Parses a strict YYYY-MM-DD date that exists on the calendar; nothing otherwise.
std::optional<Date> parse_date(std::string_view text);

// Formats `date` as YYYY-MM-DD.
std::string format_date(Date date);

// The number of days from 1970-01-01 to `date`.
long days_since_epoch(Date date);

// `date` moved by `days` (negative goes back).
Date add_days(Date date, long days);

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
