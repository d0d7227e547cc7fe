#include "estimate/quantity.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

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

Unit bytes(double factor) { return {factor, {1, 0}, false, false, false, ""}; }
Unit bits(double factor) { return {factor / 8, {1, 0}, true, false, false, ""}; }
Unit bit_rate(double factor) { return {factor / 8, {1, -1}, true, false, false, ""}; }
Unit seconds(double factor) { return {factor, {0, 1}, false, false, false, ""}; }
Unit magnitude(double factor) { return {factor, {0, 0}, false, false, true, ""}; }
Unit byte_rate(double factor) { return {factor, {1, -1}, false, false, false, ""}; }
Unit count_rate(const char* noun) { return {1, {0, -1}, false, false, false, noun}; }

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
      {"Kbit kbit Kbits kbits Kb", bits(1e3)},
      {"Mbit Mbits Mb", bits(1e6)},
      {"Gbit Gbits Gb", bits(1e9)},
      {"Tbit Tbits Tb", bits(1e12)},
      {"bps", bit_rate(1)},
      {"Kbps kbps", bit_rate(1e3)},
      {"Mbps", bit_rate(1e6)},
      {"Gbps", bit_rate(1e9)},
      {"Tbps", bit_rate(1e12)},
      {"Bps", byte_rate(1)},
      {"KBps kBps", byte_rate(1e3)},
      {"MBps", byte_rate(1e6)},
      {"GBps", byte_rate(1e9)},
      {"TBps", byte_rate(1e12)},
      {"qps QPS", count_rate("query")},
      {"rps RPS", count_rate("req")},
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

// The number `value` in the largest of `units` (factor, name) in which it rounds to at least 1.
std::pair<double, const char*> scale(double value, const std::vector<std::pair<double, const char*>>& units) {
  auto chosen = units.front();
  for (const auto& unit : units) {
    if (std::fabs(rounded(value / unit.first)) >= 1) chosen = unit;
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

// Drops the zeros that end a decimal fraction, and the point when nothing follows it.
std::string trim_fraction(std::string text) {
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

// Commas between threes of digits in an integer part of five digits or more: "31,536,000".
std::string grouped(std::string text) {
  const int start = text.starts_with('-') ? 1 : 0;
  const int end = static_cast<int>(std::min(text.find('.'), text.size()));
  if (end - start < 5) return text;
  for (int at = end - 3; at > start; at -= 3) text.insert(static_cast<std::size_t>(at), ",");
  return text;
}

// The significant digits of a number written in full: 3 in "0.00512" and in "100".
long significant_digits(std::string_view text) {
  const std::size_t first = text.find_first_not_of("-0.");
  if (first == std::string_view::npos) return 0;
  return std::count_if(text.begin() + static_cast<long>(first), text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// `value` with at most three decimal places, when that is exact (floating-point noise aside) in
// at most 15 significant digits.
std::optional<std::string> short_decimal(double value) {
  if (!(std::fabs(value) < 1e15)) return std::nullopt;
  const std::string text = trim_fraction(fmt::format("{:.3f}", value));
  const double noise = std::min(1e-12 * std::fabs(value), 1e-7);
  if (std::fabs(std::strtod(text.c_str(), nullptr) - value) > noise) return std::nullopt;
  if (significant_digits(text) > 15) return std::nullopt;
  return text;
}

// Three significant figures of a `value` that rounds to 0.000001 or more and under 1000.
std::string three_figures(double value) {
  const int digits = static_cast<int>(std::floor(std::log10(std::fabs(value)))) + 1;
  return trim_fraction(fmt::format("{:.{}f}", value, std::max(0, 3 - digits)));
}

// Three significant figures in scientific notation, as expressions write it: "1.27e30".
std::string scientific(double value) {
  const std::string text = fmt::format("{:.2e}", value);  // "1.27e+30"
  const std::size_t e = text.find('e');
  return trim_fraction(text.substr(0, e)) + "e" + std::to_string(std::stoi(text.substr(e + 1)));
}

// A unit's factor in full, for --explain: "1,073,741,824", "0.000000001".
std::string in_full(double value) {
  if (value == std::floor(value)) return grouped(fmt::format("{:.0f}", value));
  return grouped(trim_fraction(fmt::format("{:.12f}", value)));
}

// A count in k, M, bn or T ("365M", "11.6k"); but an exact count that a magnitude cannot show in
// three digits in full ("1234", "1,428,572"), and one past T without a magnitude, for scientific
// notation.
std::pair<double, const char*> count_scale(double value) {
  const auto [scaled, magnitude] = scale(value, kCounts);
  if (std::fabs(rounded(scaled)) >= 1000) return {value, ""};
  const auto exact = short_decimal(scaled);
  if (!(exact && significant_digits(*exact) <= 3) && short_decimal(value)) return {value, ""};
  return {scaled, magnitude};
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
  if (noun_stem(name, extra_nouns)) return Unit{1, {0, 0}, false, true, false, ""};
  return std::nullopt;
}

const char* const kUnitConventions =
    "B is always a byte (never a billion); KB, MB, GB... are powers of 1000 and KiB, MiB, GiB... powers of 1024; "
    "a month is 30 days and a year 365 days; count nouns such as req have no dimension";

std::string describe_unit(std::string_view name, const std::vector<std::string>& extra_nouns) {
  const auto unit = find_unit(name, extra_nouns);
  if (!unit) return "";
  if (unit->noun) return fmt::format("{}: a count noun, no dimension", name);
  if (unit->magnitude) return fmt::format("{} = {}", name, in_full(unit->factor));
  if (!unit->counts.empty()) return fmt::format("{} = 1 {}/s", name, unit->counts);
  if (unit->dim == Dimension{0, 1}) {
    if (unit->factor > kDay)
      return fmt::format("{} = {} days ({} s)", name, in_full(unit->factor / kDay), in_full(unit->factor));
    return fmt::format("{} = {} s", name, in_full(unit->factor));
  }
  const char* per = unit->dim.time == -1 ? "/s" : "";
  if (unit->bits) return fmt::format("{} = {} bit{}", name, in_full(unit->factor * 8), per);
  return fmt::format("{} = {} B{}", name, in_full(unit->factor), per);
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

namespace {

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

// What the spelling of a unit says by SI convention, where it says anything.
struct Spelling {
  bool bytes = false;   // "byte", or a capital B: MB, MBps
  bool bits = false;    // "bit", or a small b beside a capital: Mb, Mbps
  bool binary = false;  // an i after the prefix: KiB, Mib
  char prefix = 0;      // the prefix of a byte or bit unit, in lower case: 'g' in GB and Gbit
};

Spelling spelling_of(std::string_view name) {
  const std::string lower = ascii_lower(name);
  const bool capital = std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::isupper(c); });
  Spelling s;
  s.bytes = lower.find("byte") != std::string::npos;
  s.bits = !s.bytes && (lower.find("bit") != std::string::npos || (capital && name.find('b') != std::string::npos));
  s.bytes = s.bytes || (!s.bits && name.find('B') != std::string::npos);
  if (name.size() > 1 && std::string_view("kmgtpe").find(lower[0]) != std::string_view::npos &&
      std::string_view("Bbi").find(name[1]) != std::string_view::npos) {
    s.prefix = lower[0];
    s.binary = name[1] == 'i';
  }
  return s;
}

// Whether the unit `candidate` can be what a name spelt as `written` meant: never a unit eight
// times off (bytes for bits), a few per cent off (binary for decimal) or of another prefix.
bool fits(const Spelling& written, const std::string& candidate) {
  const auto unit = find_unit(candidate);
  if (!unit || unit->dim.info == 0) return true;
  if ((written.bits && !unit->bits) || (written.bytes && unit->bits)) return false;
  const Spelling meant = spelling_of(candidate);
  return meant.binary == written.binary && (!written.prefix || meant.prefix == written.prefix);
}

}  // namespace

std::vector<std::string> suggest_units(std::string_view name, const std::vector<std::string>& extra_nouns) {
  const Spelling written = spelling_of(name);
  std::vector<std::string> names = extra_nouns;
  for (auto& candidate : unit_names()) {
    if (fits(written, candidate)) names.push_back(std::move(candidate));
  }
  std::vector<std::string> found;
  const auto add = [&](const std::string& candidate) {
    if (std::find(found.begin(), found.end(), candidate) == found.end()) found.push_back(candidate);
  };
  // "GBs" for a rate: the unit per second.
  if (name.size() > 1 && name.back() == 's') {
    const std::string stem = ascii_lower(name.substr(0, name.size() - 1));
    for (const auto& candidate : names) {
      const auto unit = find_unit(candidate, extra_nouns);
      if (ascii_lower(candidate) == stem && unit && !unit->magnitude && unit->dim.time == 0) add(candidate + "/s");
    }
  }
  // A unit in the wrong case: "gb", "mbps".
  for (const auto& candidate : names) {
    if (ascii_lower(candidate) == ascii_lower(name)) add(candidate);
  }
  if (found.empty()) {
    for (const auto& candidate : closest_matches(name, names, 3)) add(candidate);
  }
  return found;
}

double rounded(double value) {
  if (value == 0 || !std::isfinite(value)) return value;
  return std::strtod(fmt::format("{:.2e}", value).c_str(), nullptr);
}

std::string format_number(double value) {
  if (!std::isfinite(value)) return fmt::format("{}", value);
  if (const auto exact = short_decimal(value)) return grouped(*exact);
  const double size = std::fabs(rounded(value));
  if (size < 1e-6) return scientific(value);
  if (size < 1e3) return three_figures(value);
  for (auto it = kCounts.rbegin(); it != kCounts.rend(); ++it) {
    if (size < it->first) continue;
    return size < 1e3 * it->first ? three_figures(value / it->first) + it->second : scientific(value);
  }
  return scientific(value);
}

std::string plain_number(double value) {
  std::string text = fmt::format("{:.10g}", value);
  // Whole-number sizes read better in full: 10000000000, not 1e+10.
  const double size = std::fabs(value);
  if (text.find('e') != std::string::npos && size >= 1 && size < 1e16) {
    const int digits = static_cast<int>(std::floor(std::log10(size))) + 1;
    text = trim_fraction(fmt::format("{:.{}f}", value, std::max(0, 10 - digits)));
  }
  return text;
}

std::string Shown::text() const {
  std::string out = join_unit(format_number(value) + magnitude, unit);
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
    if (std::string_view(twin_unit) != "B") shown.twin = format_number(twin_value) + " " + twin_unit + per;
    return shown;
  }
  if (d == Dimension{0, 1}) {
    const auto [value, unit] = scale(q.value, kTimes);
    std::string name = unit;
    if ((name == "day" || name == "year") && format_number(value) != "1") name += "s";
    return {value, name, "", ""};
  }
  const auto [noun_top, noun_bottom] = noun_parts(q);
  if (d == Dimension{0, 0}) {
    const auto [value, magnitude] = count_scale(q.value);
    std::string name = noun_top;
    if (!noun_bottom.empty()) name = (name.empty() ? "1" : name) + "/" + noun_bottom;
    return {value, name, "", magnitude};
  }
  if (d == Dimension{0, -1}) {
    // A rate: per second, or per minute, hour or day when under one a second.
    double value = q.value;
    const char* period = "s";
    if (std::fabs(rounded(value)) < 1) {
      for (const auto& [seconds, name] : {std::pair{kMinute, "min"}, {kHour, "h"}, {kDay, "day"}}) {
        value = q.value * seconds;
        period = name;
        if (std::fabs(rounded(value)) >= 1) break;
      }
    }
    const auto [scaled, magnitude] = count_scale(value);
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
  const bool per_second = q.dim.time == -1 && (target_text.ends_with("/s") || target_text.ends_with("Bps"));
  if (q.dim.info == 1 && (q.dim.time == 0 || per_second) && !target.bits) {
    const bool binary = target_text.find("iB") != std::string::npos;
    const char* per = q.dim.time == -1 ? "/s" : "";
    const auto [value, unit] = scale(q.value, binary ? kDecimalBytes : kBinaryBytes);
    if (std::string_view(unit) != "B") shown.twin = format_number(value) + " " + unit + per;
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
  return plain_number(value);
}

}  // namespace prepkit
