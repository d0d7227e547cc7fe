#include "estimate/quantity.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "base/suggest.h"

namespace prepkit {

namespace {

constexpr double kMinute = 60;
constexpr double kHour = 3600;
constexpr double kDay = 86400;
constexpr double kYear = 365 * kDay;

struct Entry {
  const char* names;  // space-separated spellings
  Unit unit;
};

Unit bytes(double factor) { return {factor, {1, 0}, false, false, false}; }
Unit bits(double factor) { return {factor / 8, {1, 0}, true, false, false}; }
Unit bit_rate(double factor) { return {factor / 8, {1, -1}, true, false, false}; }
Unit seconds(double factor) { return {factor, {0, 1}, false, false, false}; }
Unit magnitude(double factor) { return {factor, {0, 0}, false, false, true}; }

const std::vector<Entry>& table() {
  static const std::vector<Entry> entries = {
      {"B byte bytes", bytes(1)},
      {"KB kB", bytes(1e3)},
      {"MB", bytes(1e6)},
      {"GB", bytes(1e9)},
      {"TB", bytes(1e12)},
      {"PB", bytes(1e15)},
      {"EB", bytes(1e18)},
      {"KiB", bytes(1024.0)},
      {"MiB", bytes(1048576.0)},
      {"GiB", bytes(1073741824.0)},
      {"TiB", bytes(1099511627776.0)},
      {"PiB", bytes(1125899906842624.0)},
      {"EiB", bytes(1152921504606846976.0)},
      {"bit bits", bits(1)},
      {"Kbit kbit Kbits kbits", bits(1e3)},
      {"Mbit Mbits", bits(1e6)},
      {"Gbit Gbits", bits(1e9)},
      {"Tbit Tbits", bits(1e12)},
      {"bps", bit_rate(1)},
      {"Kbps kbps", bit_rate(1e3)},
      {"Mbps", bit_rate(1e6)},
      {"Gbps", bit_rate(1e9)},
      {"Tbps", bit_rate(1e12)},
      {"ns nanosecond nanoseconds", seconds(1e-9)},
      {"us \xc2\xb5s \xce\xbcs microsecond microseconds", seconds(1e-6)},
      {"ms millisecond milliseconds", seconds(1e-3)},
      {"s sec secs second seconds", seconds(1)},
      {"min mins minute minutes", seconds(kMinute)},
      {"h hr hrs hour hours", seconds(kHour)},
      {"day days", seconds(kDay)},
      {"week weeks", seconds(7 * kDay)},
      {"month months", seconds(30 * kDay)},
      {"year years yr", seconds(kYear)},
      {"k K thousand thousands", magnitude(1e3)},
      {"M million millions", magnitude(1e6)},
      {"bn G billion billions", magnitude(1e9)},
      {"T trillion trillions", magnitude(1e12)},
  };
  return entries;
}

const std::vector<std::string>& count_nouns() {
  static const std::vector<std::string> nouns = {
      "req",        "request", "query",   "user",     "record",  "row",         "item",     "link",        "message",
      "msg",        "event",   "op",      "write",    "read",    "click",       "view",     "call",        "hit",
      "key",        "page",    "post",    "order",    "file",    "doc",         "document", "transaction", "txn",
      "connection", "session", "visit",   "upload",   "image",   "photo",       "video",    "tweet",       "sample",
      "metric",     "log",     "line",    "node",     "server",  "instance",    "replica",  "shard",       "tenant",
      "job",        "task",    "packet",  "object",   "chunk",   "entry",       "series",   "point",       "span",
      "trace",      "device",  "account", "customer", "payment", "notification"};
  return nouns;
}

// The singular of a count noun written `name`, if it is one.
std::optional<std::string> noun_stem(std::string_view name, const std::vector<std::string>& extra) {
  const auto known = [&](std::string_view word) {
    const auto& base = count_nouns();
    return std::find(base.begin(), base.end(), word) != base.end() ||
           std::find(extra.begin(), extra.end(), word) != extra.end();
  };
  if (known(name)) return std::string(name);
  if (name.size() > 3 && name.ends_with("ies") && known(std::string(name.substr(0, name.size() - 3)) + "y")) {
    return std::string(name.substr(0, name.size() - 3)) + "y";
  }
  if (name.size() > 2 && name.ends_with("es") && known(name.substr(0, name.size() - 2))) {
    return std::string(name.substr(0, name.size() - 2));
  }
  if (name.size() > 1 && name.ends_with('s') && known(name.substr(0, name.size() - 1))) {
    return std::string(name.substr(0, name.size() - 1));
  }
  return std::nullopt;
}

// The number `value` scaled to the largest of `units` (factor, name) not above it.
std::pair<double, const char*> scale(double value, const std::vector<std::pair<double, const char*>>& units) {
  const double size = std::fabs(value);
  auto chosen = units.front();
  for (const auto& unit : units) {
    if (size >= unit.first * (1 - 1e-12)) chosen = unit;
  }
  return {value / chosen.first, chosen.second};
}

const std::vector<std::pair<double, const char*>> kDecimalBytes = {{1, "B"},     {1e3, "kB"},  {1e6, "MB"}, {1e9, "GB"},
                                                                   {1e12, "TB"}, {1e15, "PB"}, {1e18, "EB"}};
const std::vector<std::pair<double, const char*>> kBinaryBytes = {{1, "B"},
                                                                  {1024.0, "KiB"},
                                                                  {1048576.0, "MiB"},
                                                                  {1073741824.0, "GiB"},
                                                                  {1099511627776.0, "TiB"},
                                                                  {1125899906842624.0, "PiB"},
                                                                  {1152921504606846976.0, "EiB"}};
const std::vector<std::pair<double, const char*>> kBits = {
    {1, "bit"}, {1e3, "kbit"}, {1e6, "Mbit"}, {1e9, "Gbit"}, {1e12, "Tbit"}};
const std::vector<std::pair<double, const char*>> kTimes = {{1e-9, "ns"},  {1e-6, "\xc2\xb5s"}, {1e-3, "ms"},
                                                            {1, "s"},      {kMinute, "min"},    {kHour, "h"},
                                                            {kDay, "day"}, {kYear, "year"}};
const std::vector<std::pair<double, const char*>> kCounts = {{1, ""}, {1e3, "k"}, {1e6, "M"}, {1e9, "bn"}, {1e12, "T"}};

// "req", "req/user", "1/req": the count nouns of a quantity, numerator then denominator.
std::pair<std::string, std::string> noun_parts(const Quantity& q) {
  std::string top;
  std::string bottom;
  for (const auto& [noun, power] : q.nouns) {
    std::string& side = power > 0 ? top : bottom;
    const int times = std::abs(power);
    if (!side.empty()) side += "\xc2\xb7";
    side += times == 1 ? noun : fmt::format("{}^{}", noun, times);
  }
  return {top, bottom};
}

std::string power_of(const char* unit, int power) {
  return power == 1 ? std::string(unit) : fmt::format("{}^{}", unit, power);
}

// The base-unit name of a dimension and nouns: "B", "B/s", "req/s", "1/s", "B\u00b7s".
std::string base_name(const Quantity& q, const char* info_unit) {
  std::vector<std::string> top;
  std::vector<std::string> bottom;
  const auto [noun_top, noun_bottom] = noun_parts(q);
  if (!noun_top.empty()) top.push_back(noun_top);
  if (!noun_bottom.empty()) bottom.push_back(noun_bottom);
  if (q.dim.info > 0) top.push_back(power_of(info_unit, q.dim.info));
  if (q.dim.info < 0) bottom.push_back(power_of(info_unit, -q.dim.info));
  if (q.dim.time > 0) top.push_back(power_of("s", q.dim.time));
  if (q.dim.time < 0) bottom.push_back(power_of("s", -q.dim.time));
  std::string name = top.empty() ? (bottom.empty() ? "" : "1") : fmt::format("{}", fmt::join(top, "\xc2\xb7"));
  if (!bottom.empty()) name += "/" + fmt::format("{}", fmt::join(bottom, "\xc2\xb7"));
  return name;
}

// Whether count nouns belong in the shown unit: only for plain counts and counts per time.
bool shows_nouns(const Quantity& q) { return q.dim.info == 0 && q.dim.time <= 0 && q.dim.time >= -1; }

std::string join_unit(const std::string& number_part, const std::string& unit) {
  if (unit.empty()) return number_part;
  return unit.front() == '/' ? number_part + unit : number_part + " " + unit;
}

}  // namespace

std::string Quantity::unit_name() const {
  if (!label.empty()) return label;
  Quantity copy = *this;
  if (!shows_nouns(copy)) copy.nouns.clear();
  const std::string name = base_name(copy, bits ? "bit" : "B");
  return name.empty() ? "a plain number" : name;
}

std::optional<Unit> find_unit(std::string_view name, const std::vector<std::string>& extra_nouns) {
  for (const auto& entry : table()) {
    std::string_view names = entry.names;
    while (!names.empty()) {
      const std::size_t space = names.find(' ');
      if (names.substr(0, space) == name) return entry.unit;
      if (space == std::string_view::npos) break;
      names.remove_prefix(space + 1);
    }
  }
  if (noun_stem(name, extra_nouns)) return Unit{1, {0, 0}, false, true, false};
  return std::nullopt;
}

const char* const kUnitConventions =
    "B is always a byte (never a billion); KB, MB, GB... are powers of 1000 and KiB, MiB, GiB... powers of 1024; "
    "a month is 30 days and a year 365 days; count nouns such as req have no dimension";

namespace {

// 1234567 -> "1,234,567"; fractions keep up to 9 significant digits.
std::string grouped(double value) {
  if (value != std::floor(value) || value >= 1e18) return fmt::format("{:.9g}", value);
  std::string digits = fmt::format("{:.0f}", value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
  return digits;
}

}  // namespace

std::string describe_unit(std::string_view name, const std::vector<std::string>& extra_nouns) {
  const auto unit = find_unit(name, extra_nouns);
  if (!unit) return "";
  if (unit->noun) return fmt::format("{}: a count noun, no dimension", name);
  if (unit->magnitude) return fmt::format("{} = {}", name, grouped(unit->factor));
  if (unit->dim == Dimension{0, 1}) {
    if (unit->factor > kDay)
      return fmt::format("{} = {} days ({} s)", name, grouped(unit->factor / kDay), grouped(unit->factor));
    return fmt::format("{} = {} s", name, grouped(unit->factor));
  }
  if (unit->bits) {
    return fmt::format("{} = {} bit{}", name, grouped(unit->factor * 8), unit->dim.time == -1 ? "/s" : "");
  }
  return fmt::format("{} = {} B", name, grouped(unit->factor));
}

std::vector<std::string> unit_names() {
  std::vector<std::string> names;
  for (const auto& entry : table()) {
    std::string_view list = entry.names;
    while (!list.empty()) {
      const std::size_t space = list.find(' ');
      names.emplace_back(list.substr(0, space));
      if (space == std::string_view::npos) break;
      list.remove_prefix(space + 1);
    }
  }
  for (const auto& noun : count_nouns()) names.push_back(noun);
  return names;
}

std::vector<std::string> suggest_units(std::string_view name, const std::vector<std::string>& extra_nouns) {
  std::vector<std::string> found;
  const auto add = [&](const std::string& candidate) {
    if (std::find(found.begin(), found.end(), candidate) == found.end()) found.push_back(candidate);
  };
  // "GBs" and "reqs" for a rate: the unit per second.
  if (name.size() > 1 && name.back() == 's') {
    const std::string stem(name.substr(0, name.size() - 1));
    const auto unit = find_unit(stem, extra_nouns);
    if (unit && !unit->magnitude && unit->dim.time == 0) add(stem + "/s");
  }
  // A unit in the wrong case: "gb", "mbps".
  for (const auto& candidate : unit_names()) {
    if (candidate.size() == name.size() &&
        std::equal(candidate.begin(), candidate.end(), name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      add(candidate);
    }
  }
  if (found.empty()) {
    for (const auto& candidate : closest_matches(name, unit_names(), 3)) add(candidate);
  }
  return found;
}

std::string three_figures(double value) {
  if (value == 0 || !std::isfinite(value)) return value == 0 ? "0" : fmt::format("{}", value);
  const int digits = static_cast<int>(std::floor(std::log10(std::fabs(value)))) + 1;
  if (digits >= 3) {
    const double unit = std::pow(10.0, digits - 3);
    return fmt::format("{:.0f}", std::round(value / unit) * unit);
  }
  const int decimals = 3 - digits;
  std::string text = fmt::format("{:.{}f}", value, decimals);
  // Rounding can carry into a new digit (9.996 -> 10.00): trim the zeros it leaves.
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

std::string Shown::text() const {
  std::string out = join_unit(three_figures(value) + magnitude, unit);
  if (!twin.empty()) out += " (" + twin + ")";
  return out;
}

Shown show(const Quantity& q) {
  Shown shown;
  const Dimension d = q.dim;
  if (d == Dimension{1, 0} || d == Dimension{1, -1}) {
    const char* per = d.time == -1 ? "/s" : "";
    if (q.bits) {
      const auto [value, unit] = scale(q.value * 8, kBits);
      return {value, std::string(unit) + per, "", ""};
    }
    const auto [value, unit] = scale(q.value, kDecimalBytes);
    const auto [twin_value, twin_unit] = scale(q.value, kBinaryBytes);
    shown = {value, std::string(unit) + per, "", ""};
    if (std::string_view(unit) != "B") shown.twin = three_figures(twin_value) + " " + twin_unit + per;
    return shown;
  }
  if (d == Dimension{0, 1}) {
    const auto [value, unit] = scale(q.value, kTimes);
    std::string name = unit;
    if ((name == "day" || name == "year") && three_figures(value) != "1") name += "s";
    return {value, name, "", ""};
  }
  const auto [noun_top, noun_bottom] = noun_parts(q);
  if (d == Dimension{0, 0}) {
    const auto [value, magnitude] = scale(q.value, kCounts);
    std::string name = noun_top;
    if (!noun_bottom.empty()) name = (name.empty() ? "1" : name) + "/" + noun_bottom;
    return {value, name, "", magnitude};
  }
  if (d == Dimension{0, -1}) {
    // A rate: per second, or per minute, hour or day when under one a second.
    double value = q.value;
    const char* period = "s";
    if (std::fabs(value) < 1) {
      for (const auto& [seconds, name] : {std::pair{kMinute, "min"}, {kHour, "h"}, {kDay, "day"}}) {
        value = q.value * seconds;
        period = name;
        if (std::fabs(value) >= 1) break;
      }
    }
    const auto [scaled, magnitude] = scale(value, kCounts);
    std::string name = noun_top;
    if (!noun_bottom.empty()) name += (name.empty() ? "1/" : "/") + noun_bottom;
    return {scaled, (name.empty() ? std::string("/") : name + "/") + period, "", magnitude};
  }
  Quantity base = q;
  if (!shows_nouns(base)) base.nouns.clear();
  return {q.value * (q.bits ? std::pow(8.0, q.dim.info) : 1), base_name(base, q.bits ? "bit" : "B"), "", ""};
}

Shown show_in(const Quantity& q, const Quantity& target, const std::string& target_text) {
  Shown shown{q.value / target.value, target_text, "", ""};
  // The twin of a size, or of a rate per second; other rates would need the target's period.
  const bool per_second = q.dim.time == -1 && target_text.ends_with("/s");
  if (q.dim.info == 1 && (q.dim.time == 0 || per_second) && !target.bits) {
    const bool binary = target_text.find("iB") != std::string::npos;
    const char* per = q.dim.time == -1 ? "/s" : "";
    const auto [value, unit] = scale(q.value, binary ? kDecimalBytes : kBinaryBytes);
    if (std::string_view(unit) != "B") shown.twin = three_figures(value) + " " + unit + per;
  }
  return shown;
}

std::string terse(const Quantity& q, const Quantity* target) {
  double value = q.value;
  if (target) {
    value = q.value / target->value;
  } else if (q.dim == Dimension{1, -1}) {
    value = q.value * 8;  // data rates in bit/s, as networks are quoted
  }
  std::string text = fmt::format("{:.10g}", value);
  // Whole-number sizes read better in full: 10000000000, not 1e+10.
  const double size = std::fabs(value);
  if (text.find('e') != std::string::npos && size >= 1 && size < 1e16) {
    const int digits = static_cast<int>(std::floor(std::log10(size))) + 1;
    text = fmt::format("{:.{}f}", value, std::max(0, 10 - digits));
    if (text.find('.') != std::string::npos) {
      text.erase(text.find_last_not_of('0') + 1);
      if (text.back() == '.') text.pop_back();
    }
  }
  return text;
}

}  // namespace prepkit
