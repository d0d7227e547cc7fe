#include "base/date.h"

#include <algorithm>
#include <cctype>
#include <ctime>

#include <fmt/format.h>

#include "base/error.h"
#include "base/suggest.h"

namespace prepkit {

namespace {

const std::vector<std::string> kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = 0; i < lengths[p]; ++i) {
      const char c = text[starts[p] + i];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const Date date{std::chrono::year{parts[0]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                  std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!date.ok() || parts[0] < 1900) return std::nullopt;
  return date;
}

std::string date_problem(std::string_view text) {
  if (parse_date(text)) {
    if (text < kFirstAcceptedDate || text > kLastAcceptedDate) {
      return fmt::format("expected a date from {} to {}, found '{}'", kFirstAcceptedDate, kLastAcceptedDate, text);
    }
    return "";
  }
  const auto digits = [&](std::size_t from, std::size_t count) {
    return text.substr(from, count).find_first_not_of("0123456789") == std::string_view::npos;
  };
  const bool shaped =
      text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(0, 4) && digits(5, 2) && digits(8, 2);
  if (!shaped) return fmt::format("expected a date as YYYY-MM-DD, found '{}'", text);
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const unsigned month = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
  if (month < 1 || month > 12) return fmt::format("{} does not exist: a month is 01 to 12", text);
  if (year < 1900) {
    return fmt::format("expected a date from {} to {}, found '{}'", kFirstAcceptedDate, kLastAcceptedDate, text);
  }
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
  const auto last =
      std::chrono::year_month_day_last{std::chrono::year{year} / std::chrono::month{month} / std::chrono::last};
  return fmt::format("{} does not exist: {} {} has {} days", text, kMonths[month - 1], year,
                     static_cast<unsigned>(last.day()));
}

std::string format_date(Date date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()));
}

long days_since_epoch(Date date) { return std::chrono::sys_days{date}.time_since_epoch().count(); }

Date add_days(Date date, long days) { return Date{std::chrono::sys_days{date} + std::chrono::days{days}}; }

std::string utc_timestamp(std::chrono::system_clock::time_point time) {
  using namespace std::chrono;
  const auto ms = duration_cast<milliseconds>(time.time_since_epoch()).count() % 1000;
  const std::time_t seconds = system_clock::to_time_t(time);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec, ms);
}

Date Clock::today() const {
  if (fixed_) return *fixed_;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{std::chrono::year{local.tm_year + 1900}, std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
              std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

const char* weekday_name(int day) { return kWeekdays[static_cast<std::size_t>(day % 7)].c_str(); }

int weekday_of(Date date) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const long days = days_since_epoch(date);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::vector<int> parse_days(std::string_view text) {
  std::vector<int> days;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    const std::string day(text.substr(start, end - start));
    const auto it = std::find(kWeekdays.begin(), kWeekdays.end(), day);
    if (it == kWeekdays.end()) {
      throw UsageError(
          fmt::format("unknown day '{}'{} (expected days such as mon,wed,sat)", day, did_you_mean(day, kWeekdays)));
    }
    const int d = static_cast<int>(it - kWeekdays.begin());
    if (std::find(days.begin(), days.end(), d) != days.end()) throw UsageError(fmt::format("'{}' is given twice", day));
    days.push_back(d);
    start = end + 1;
  }
  std::sort(days.begin(), days.end());
  return days;
}

int parse_time_of_day(std::string_view text) {
  const bool shape = text.size() == 5 && text[2] == ':' && std::isdigit(static_cast<unsigned char>(text[0])) &&
                     std::isdigit(static_cast<unsigned char>(text[1])) &&
                     std::isdigit(static_cast<unsigned char>(text[3])) &&
                     std::isdigit(static_cast<unsigned char>(text[4]));
  const int hours = shape ? (text[0] - '0') * 10 + (text[1] - '0') : -1;
  const int minutes = shape ? (text[3] - '0') * 10 + (text[4] - '0') : -1;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
    throw UsageError(fmt::format("expected a time as HH:MM, found '{}'", text));
  }
  return hours * 60 + minutes;
}

}  // namespace prepkit
