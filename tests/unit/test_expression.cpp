// Shows the expression grammar, every error message, and 32 conversions checked against GNU units.
#include <doctest/doctest.h>

#include <cmath>

#include "base/error.h"
#include "estimate/expression.h"

using namespace prepkit;

namespace {

double value_of(const char* text) {
  const Answer a = evaluate_query(text, std::nullopt);
  return a.target ? a.value.value / a.target->value : a.value.value;
}

std::string error_of(const char* text) {
  try {
    evaluate_query(text, std::nullopt);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("numbers") {
  CHECK(value_of("42") == 42);
  CHECK(value_of("1.5") == 1.5);
  CHECK(value_of("1e9") == 1e9);
  CHECK(value_of("2^30") == 1073741824);
  CHECK(value_of("1_000_000") == 1e6);
  CHECK(value_of(".5") == 0.5);
  CHECK(value_of("1.5k") == 1500);
  CHECK(value_of("2 thousand") == 2000);
  CHECK(value_of("3bn") == 3e9);
  CHECK(value_of("4 trillion") == 4e12);
  CHECK(value_of("90%") == doctest::Approx(0.9));
  SUBCASE("commas group digits in threes") {
    CHECK(value_of("1,000") == 1000);
    CHECK(value_of("1,234,567.5") == 1234567.5);
    CHECK(value_of("12,000 req/s in req/s") == 12000);
  }
}

TEST_CASE("precedence") {
  CHECK(value_of("1 + 2 * 3") == 7);
  CHECK(value_of("2 * 3 ^ 2") == 18);
  CHECK(value_of("-2 ^ 2") == -4);
  CHECK(value_of("2 ^ -1") == 0.5);
  CHECK(value_of("2 ^ 3 ^ 2") == 512);  // right-associative
  CHECK(value_of("(1 + 2) * 3") == 9);
  CHECK(value_of("10 - 4 - 3") == 3);
  CHECK(value_of("64 / 4 / 2") == 8);
  CHECK(value_of("3 x 4 \xc3\x97 5") == 60);
  CHECK(value_of("100 req per min in req/s") == doctest::Approx(100.0 / 60));
  CHECK(evaluate_query("1 GB per 2 s", std::nullopt).understood == "(1 GB) / (2 s)");
  SUBCASE("juxtaposition binds tighter than * and /") {
    CHECK(value_of("1 GB / 1 MB") == 1000);
    CHECK(value_of("10 / 2 s") == 5);  // 10 / (2 s): a rate
  }
  SUBCASE("a unit written GB/s is one unit") {
    CHECK(value_of("1 TB / 100 MB/s in s") == doctest::Approx(10000));
    CHECK(value_of("1 TB / 100 MB / s in 1/s") == doctest::Approx(10000));
  }
}

TEST_CASE("Expression::understood shows the reading") {
  CHECK(evaluate_query("1M req/day", std::nullopt).understood == "1 M req/day");
  CHECK(evaluate_query("500 GB/month * 12 month", std::nullopt).understood == "(500 GB/month) * (12 month)");
  CHECK(evaluate_query("1 GB / 1 MB", std::nullopt).understood == "(1 GB) / (1 MB)");
  CHECK(evaluate_query("1 + 2 * 3", std::nullopt).understood == "1 + 2 * 3");
  CHECK(evaluate_query("(1 + 2) * 3", std::nullopt).understood == "(1 + 2) * 3");
  SUBCASE("a bracketed number after a value keeps its brackets, so the reading reads back the same") {
    CHECK(evaluate_query("2 (3)", std::nullopt).understood == "2 (3)");
    CHECK(evaluate_query("2 (3 GB)", std::nullopt).understood == "2 (3 GB)");
    CHECK(evaluate_query("2 (-3)", std::nullopt).understood == "2 (-3)");
    CHECK(evaluate_query("(1 GB) (2)", std::nullopt).understood == "1 GB (2)");
    CHECK(evaluate_query("2 (3)", std::nullopt).value.value == 6);
  }
}

TEST_CASE("targets") {
  const Answer a = evaluate_query("1M req/day in req/s", std::nullopt);
  CHECK(a.shown.text() == "11.6 req/s");
  CHECK(evaluate_query("1M req/day in 1/s", std::nullopt).shown.text() == "11.6 1/s");
  CHECK(evaluate_query("1M req/day to   req / s", std::nullopt).shown.text() == "11.6 req / s");
  CHECK(evaluate_query("1M req/day", std::string("req/h")).shown.text() == "41.7k req/h");
  CHECK(evaluate_query("1 MiB in KiB", std::nullopt).shown.text() == "1024 KiB (1.05 MB)");
  CHECK(evaluate_query("1 year in s", std::nullopt).shown.text() == "31,536,000 s");
  CHECK(evaluate_query("1 ns in year", std::nullopt).shown.text() == "3.17e-17 year");
  CHECK(evaluate_query("1M req/day in qps", std::nullopt).shown.text() == "11.6 qps");
  CHECK(evaluate_query("1 Gbps in MBps", std::nullopt).shown.text() == "125 MBps (119 MiB/s)");
  CHECK(evaluate_query("100M * 100 B in GB", std::nullopt).shown.text() == "10 GB (9.31 GiB)");
  CHECK(evaluate_query("2^30 B in GiB", std::nullopt).shown.text() == "1 GiB (1.07 GB)");
  CHECK(evaluate_query("500 GB/day in Mbit/s", std::nullopt).shown.text() == "46.3 Mbit/s");
  CHECK(evaluate_query("3bn in M", std::nullopt).shown.text() == "3000 M");
  CHECK(evaluate_query("3bn in billion", std::nullopt).shown.text() == "3 billion");
}

TEST_CASE("every error is one line") {
  CHECK(error_of("1 GBs") == "unknown unit 'GBs'; did you mean 'GB/s'?");
  CHECK(error_of("10 gb") == "unknown unit 'gb'; did you mean 'GB', 'Gb'?");
  CHECK(error_of("1 MBPS") == "unknown unit 'MBPS'; did you mean 'MBps'?");
  CHECK(error_of("3 flurbs") == "unknown unit 'flurbs'");
  CHECK(error_of("1 GB + 1 s") == "cannot add GB and s");
  CHECK(error_of("1 GB - 1 s") == "cannot subtract s from GB");
  CHECK(error_of("1 GB/s + 1 GB") == "cannot add B/s and GB");
  CHECK(error_of("1 GB in s") == "cannot convert GB to s");
  CHECK(error_of("1 / 0") == "division by zero");
  CHECK(error_of("1 GB / (1 s - 1 s)") == "division by zero");
  CHECK(error_of("1e400") == "number too large: 1e400");
  CHECK(error_of("10^400") == "the result is too large to represent");
  CHECK(error_of("1e300 B in 1e-300 B") == "the result is too large to represent");
  CHECK(error_of("1,5") == "misplaced ',' in '1,5': a comma groups digits in threes, as in 1,000,000");
  CHECK(error_of("1000,000") == "misplaced ',' in '1000,000': a comma groups digits in threes, as in 1,000,000");
  CHECK(error_of("1,000,00") == "misplaced ',' in '1,000,00': a comma groups digits in threes, as in 1,000,000");
  CHECK(error_of("1_000,000") == "misplaced ',' in '1_000,000': a comma groups digits in threes, as in 1,000,000");
  CHECK(error_of("1, 2") == "misplaced ',' in '1,': a comma groups digits in threes, as in 1,000,000");
  CHECK(error_of("1.000,5") == "unexpected character ','");
  CHECK(error_of("5 per") == "the expression ends where a number or unit should follow");
  CHECK(error_of("2 ^ (1 GB)") == "an exponent must be a plain number, found GB");
  CHECK(error_of("1 s ^ 0.5") == "s can only be raised to a whole power from -16 to 16");
  CHECK(error_of("") == "empty expression");
  CHECK(error_of("1 +") == "the expression ends where a number or unit should follow");
  CHECK(error_of("(1 + 2") == "missing ')'");
  CHECK(error_of("1 + 2)") == "unbalanced ')'");
  CHECK(error_of("1 $ 2") == "unexpected character '$'");
  CHECK(error_of("* 2") == "expected a number or unit, found '*'");
  CHECK(error_of("1 GB in") == "the unit to convert to is missing");
  CHECK(error_of(std::string(1001, '1').c_str()) == "expression too long: 1001 characters (the limit is 1000)");
  CHECK(error_of((std::string(65, '(') + "1" + std::string(65, ')')).c_str()) ==
        "expression nested too deeply (the limit is 64 levels)");
  CHECK_THROWS_WITH_AS(evaluate_query("1 GB in MB", std::string("KB")),
                       "two units to convert to: 'MB' after 'in', and 'KB'", DataError);
  SUBCASE("a number raised to a negative power is divided by: zero is division by zero") {
    CHECK(error_of("0^-1") == "division by zero");
    CHECK(error_of("(0 s) ^ -2") == "division by zero");
    CHECK(error_of("0^-0.5") == "division by zero");
    CHECK(value_of("0^0") == 1);
    CHECK(value_of("0^2") == 0);
  }
  SUBCASE("long input is quoted as an excerpt") {
    const std::string name(900, 'z');
    CHECK(error_of(("1 " + name).c_str()) == "unknown unit '" + std::string(60, 'z') + "...'");
    CHECK(error_of(("1 GB in " + name).c_str()) == "unknown unit '" + std::string(60, 'z') + "...'");
    CHECK(error_of(("1 GB in 1 s " + name).c_str()) == "unknown unit '" + std::string(60, 'z') + "...'");
    CHECK(error_of(("1 GB in s" + name).c_str()) == "unknown unit 's" + std::string(59, 'z') + "...'");
    CHECK(error_of(("1" + std::string(400, '0') + "e9").c_str()) ==
          "number too large: 1" + std::string(59, '0') + "...");
  }
}

TEST_CASE("a number never follows another value unasked") {
  SUBCASE("two numbers side by side are an error, not a product") {
    const std::string advice =
        ": write one number without spaces (1000000, 1,000,000 or 1_000_000), or put an operator between them";
    CHECK(error_of("1 000 000") == "two numbers side by side in '1 000'" + advice);
    CHECK(error_of("1 000 req/s") == "two numbers side by side in '1 000'" + advice);
    CHECK(error_of("2 3") == "two numbers side by side in '2 3'" + advice);
    CHECK(error_of("1 + 2^10 3") == "two numbers side by side in '2^10 3'" + advice);
    CHECK(error_of("-1 2") == "two numbers side by side in '-1 2'" + advice);
    CHECK(error_of("1 GB in 2 3") == "two numbers side by side in '2 3'" + advice);
    CHECK(error_of((std::string(100, '1') + " 2").c_str()) ==
          "two numbers side by side in '" + std::string(60, '1') + "...'" + advice);
  }
  SUBCASE("a number after a unit, a bracket or a percentage is an error too") {
    CHECK(error_of("10 GB 2") == "a number right after a value in '10 GB 2': put an operator between them");
    CHECK(error_of("1 million 500 thousand") ==
          "a number right after a value in '1 million 500': put an operator between them");
    CHECK(error_of("(1 + 2) 3") == "a number right after a value in '(1 + 2) 3': put an operator between them");
    CHECK(error_of("50% 4") == "a number right after a value in '50% 4': put an operator between them");
  }
  SUBCASE("digits may be grouped with underscores, and values with operators or brackets") {
    CHECK(value_of("1_000_000") == 1e6);
    CHECK(value_of("2 * 3") == 6);
    CHECK(value_of("2 x 3") == 6);
    CHECK(value_of("2 (3 + 4)") == 14);
    CHECK(value_of("2 -3") == -1);
    CHECK(value_of("1M req/day in req/s") == doctest::Approx(11.574).epsilon(0.001));
  }
}

// Each expected value was computed with GNU units 2.22 (`units -t FROM TO`, FROM and TO written
// in its syntax, shown in the comment) and agrees to its printed precision.
TEST_CASE("32 conversions agree with GNU units") {
  struct Case {
    const char* ours;
    double expected;
  };
  const Case cases[] = {
      {"100M * 100 B in GB", 10},                      // 100e6*100 byte | GB
      {"1M req/day in 1/s", 11.574074},                // 1e6/day | 1/s
      {"500 GB/day in Mbit/s", 46.296296},             // 500 GB/day | Mbit/s
      {"500 GB/month * 12 month * 3 in TB", 18},       // 500 GB/(30 day) * 12 * 30 day * 3 | TB
      {"2^30 B in GiB", 1},                            // 2^30 byte | GiB
      {"1 GiB in MB", 1073.7418},                      // 1 GiB | MB
      {"1 Gbps * 1 h in GB", 450},                     // 1 Gbit/s * 1 hour | GB
      {"10 TB / (100 MB/s) in h", 27.777778},          // 10 TB / (100 MB/s) | hour
      {"30 day * 0.1% in min", 43.2},                  // 30 day * 0.001 | min
      {"365 day * 0.01% in min", 52.56},               // 365 day * 0.0001 | min
      {"2000 req/s * 50 ms", 100},                     // 2000/s * 50 ms | 1
      {"1.5bn * 300 B * 365 in TB", 164.25},           // 1.5e9 * 300 byte * 365 | TB
      {"5M/day * 1 KB * 7 year in TB", 12.775},        // 5e6/day * 1 kB * 7 * 365 day | TB
      {"20k * 1000 / 10 s in 1/s", 2000000},           // 20e3 * 1000 / 10 s | 1/s
      {"1 MiB/s in Mbit/s", 8.388608},                 // 1 MiB/s | Mbit/s
      {"100 Mbps in MB/s", 12.5},                      // 100 Mbit/s | MB/s
      {"1 TB in GiB", 931.32257},                      // 1 TB | GiB
      {"1 year in s", 31536000},                       // 365 day | s
      {"1 week in h", 168},                            // 1 week | hour
      {"250 us * 4000 in s", 1},                       // 250 microsecond * 4000 | s
      {"1 PB / (10 Gbps) in day", 9.2592593},          // 1 PB / (10 Gbit/s) | day
      {"128 KiB in B", 131072},                        // 128 KiB | byte
      {"(1 - 90%) * 10000 req/s in 1/s", 1000},        // (1 - 0.9) * 10000 /s | 1/s
      {"90% * 1 ms + 10% * 20 ms in ms", 2.9},         // 0.9 * 1 ms + 0.1 * 20 ms | ms
      {"1e9 B in GiB", 0.93132257},                    // 1e9 byte | GiB
      {"1_000_000 * 4 KB in GB", 4},                   // 1000000 * 4 kB | GB
      {"1 EB in PiB", 888.17842},                      // 1 EB | PiB
      {"64 bit in B", 8},                              // 64 bit | byte
      {"1 Tbit in GB", 125},                           // 1 Tbit | GB
      {"1 h / 100 ms", 36000},                         // 1 hour / 100 ms | 1
      {"(2^31 - 1.9bn) / (5M/day) in day", 49.49673},  // (2^31 - 1.9e9) / (5e6/day) | day
      {"1 GB / 1 MB", 1000},                           // 1 GB / 1 MB | 1
  };
  for (const auto& c : cases) {
    CAPTURE(c.ours);
    CHECK(value_of(c.ours) == doctest::Approx(c.expected).epsilon(1e-7));
  }
}

TEST_CASE("Expression::warnings: a byte unit between a number and a count noun") {
  const auto warnings_of = [](const char* text) { return evaluate_query(text, std::nullopt).warnings; };
  using Lines = std::vector<std::string>;
  CHECK(warnings_of("5B users") == Lines{"'5B users': B is a byte, not a billion; did you mean '5G users'?"});
  CHECK(warnings_of("2 MB users/day * 1 day") ==
        Lines{"'2 MB users/day': MB is a megabyte, not a million; did you mean '2 M users/day'?"});
  CHECK(warnings_of("(1 + 2)kB rows") ==
        Lines{"'(1 + 2)kB rows': kB is a kilobyte, not a thousand; did you mean '(1 + 2)k rows'?"});
  CHECK(warnings_of("3 TB links") ==
        Lines{"'3 TB links': TB is a terabyte, not a trillion; did you mean '3 T links'?"});
  SUBCASE("what is written on purpose is left alone") {
    CHECK(warnings_of("5G users").empty());
    CHECK(warnings_of("5 bn users").empty());
    CHECK(warnings_of("5 B * users").empty());
    CHECK(warnings_of("5 B/user").empty());
    CHECK(warnings_of("5 GiB users").empty());
    CHECK(warnings_of("5 B").empty());
  }
  SUBCASE("a count noun from the settings, and a name the scope gives a value") {
    CHECK(Expression::parse("5B tenants").warnings(Scope{{"tenant"}, nullptr}).size() == 1);
    std::map<std::string, Quantity> values{{"users", Quantity{2e6, {}, {}, false, ""}}};
    CHECK(Expression::parse("5B users").warnings(Scope{{}, &values}).empty());
  }
}

TEST_CASE("Expression::names and named values") {
  const Expression e = Expression::parse("links * per_link * 3 GB");
  CHECK(e.names() == std::vector<std::string>{"links", "per_link", "GB"});
  std::map<std::string, Quantity> values;
  values["links"] = Quantity{2, {}, {}, false, ""};
  values["per_link"] = Quantity{5, {1, 0}, {}, false, ""};
  const Quantity q = e.evaluate(Scope{{}, &values});
  CHECK(q.value == 2 * 5 * 3e9);
  CHECK(q.dim == Dimension{2, 0});
}
