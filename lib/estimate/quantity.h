// Quantities with units for back-of-envelope arithmetic: the unit table (bytes and bits,
// time, magnitudes, count nouns), and how a result is shown in a well-chosen unit.
// Conventions: B is always a byte and a small b a bit (Mb, Mbps); KB, MB, GB... are powers of
// 1000 and KiB, MiB, GiB... powers of 1024; a month is 30 days and a year 365 days.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// The physical dimensions of a quantity: powers of information (bytes) and of time (seconds).
struct Dimension {
  int info = 0;
  int time = 0;
  bool operator==(const Dimension&) const = default;
};

// A value in base units (bytes, seconds) with its dimension. Count nouns (req, user, row...)
// are dimensionless: they never stop two quantities from being added or converted, but they are
// remembered so that `1M req/day` is shown as req/s.
struct Quantity {
  double value = 0;
  Dimension dim;
  std::map<std::string, int> nouns;  // noun as written -> power
  bool bits = false;                 // written in bits: shown in bits
  std::string label;                 // the unit as written, for messages ("GB"); may be empty

  // The unit of this quantity in words for messages: its label, else its base units ("B/s").
  std::string unit_name() const;
};

// What a unit name stands for.
struct Unit {
  double factor = 1;  // value of one unit in base units
  Dimension dim;
  bool bits = false;       // a bit unit (bit, Mbit, Gbps...)
  bool noun = false;       // a count noun
  bool magnitude = false;  // k, M, bn, thousand...
  std::string counts;      // the count noun of a rate such as qps ("query"), else empty
};

// The unit called `name` (exact spelling, plurals included), counting `extra_nouns` as count
// nouns too; nothing when unknown.
std::optional<Unit> find_unit(std::string_view name, const std::vector<std::string>& extra_nouns = {});

// One line defining the unit `name` for --explain: "GB = 1,000,000,000 B", "month = 30 days
// (2,592,000 s)", "req: a count noun"; empty when `name` is not a unit.
std::string describe_unit(std::string_view name, const std::vector<std::string>& extra_nouns = {});

// The conventions estimate follows, in one sentence.
extern const char* const kUnitConventions;

// Every unit name, for suggestions.
std::vector<std::string> unit_names();

// The names to suggest for an unknown unit: a `GBs` becomes `GB/s`, a `gb` becomes `GB` or `Gb`,
// and close spellings. A unit whose meaning contradicts the spelling is never suggested: no bit
// unit for a name with a capital B (`MBps`), no byte unit for one with "bit" or a small b beside
// a capital (`Mbs`), no binary unit for a decimal name or the other way round (`MBB`, `Mibs`),
// no unit of another prefix (`Gbitz` is not `bit`). Empty when nothing fits.
std::vector<std::string> suggest_units(std::string_view name, const std::vector<std::string>& extra_nouns = {});

// `value` as estimate writes numbers for people: exactly when it is a short decimal (at most
// three decimal places and 15 significant digits: "1024", "1.024", "52.56"); otherwise rounded to
// three significant figures and never padded with zeros: from a thousand up with a magnitude
// ("41.7k", "2.5bn", "1.27T"), from a thousand T up and below 0.000001 in scientific notation
// ("1.27e30", "3.17e-17"). An integer part of five or more digits is grouped by commas
// ("31,536,000").
std::string format_number(double value);

// `value` rounded to three significant figures: 1 for 0.9999, 1230 for 1234.
double rounded(double value);

// `value` with up to ten significant digits, ungrouped, for scripts: "46.2962963", "10000000000".
std::string plain_number(double value);

// A shown result: the number and unit chosen, and the twin in the other byte convention.
struct Shown {
  double value = 0;
  std::string unit;       // may be empty for a plain number
  std::string twin;       // "9.31 GiB" or empty
  std::string magnitude;  // k, M, bn or T glued to the number of a count: "11.6k req/s"

  // The whole text, the number as format_number() writes it: "10 GB (9.31 GiB)", "11.6k req/s",
  // "0.288".
  std::string text() const;
};

// Shows `q` in the unit that suits its size (decimal bytes with a binary twin, bits, time from
// ns to years, rates per second, counts with k/M/bn/T): the largest unit in which the value,
// rounded to three significant figures, is at least 1, so 999999 B is 1 MB. An exact count that
// k, M, bn or T cannot show in three digits is shown in full ("1234", "1,428,572"), and a count
// past T without a magnitude, in scientific notation.
Shown show(const Quantity& q);

// Shows `q` in `target` (already checked conformable), named `target_text` as the user wrote it.
Shown show_in(const Quantity& q, const Quantity& target, const std::string& target_text);

// The number alone for --terse, as plain_number() writes it: in `target` when given, else in base
// units (B, s, bit/s for a data rate, 1/s).
std::string terse(const Quantity& q, const Quantity* target);

}  // namespace prepkit
