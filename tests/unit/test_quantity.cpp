// Shows the unit table and how results are shown: well-chosen units, three figures, twins.
#include <doctest/doctest.h>

#include <cmath>

#include "estimate/expression.h"
#include "estimate/quantity.h"

using namespace prepkit;

namespace {

std::string shown(const char* expression) { return evaluate_query(expression, std::nullopt).shown.text(); }

}  // namespace

TEST_CASE("find_unit") {
  CHECK(find_unit("GB")->factor == 1e9);
  CHECK(find_unit("KB")->factor == 1e3);
  CHECK(find_unit("kB")->factor == 1e3);
  CHECK(find_unit("KiB")->factor == 1024);
  CHECK(find_unit("B")->dim == Dimension{1, 0});  // B is a byte, never a billion
  CHECK(find_unit("bit")->factor == 0.125);
  CHECK(find_unit("Mbps")->dim == Dimension{1, -1});
  CHECK(find_unit("month")->factor == 30 * 86400.0);
  CHECK(find_unit("years")->factor == 365 * 86400.0);
  CHECK(find_unit("\xc2\xb5s")->factor == 1e-6);
  CHECK(find_unit("k")->magnitude);
  CHECK(find_unit("bn")->factor == 1e9);
  CHECK(find_unit("G")->factor == 1e9);
  CHECK(find_unit("requests")->noun);
  CHECK(find_unit("queries")->noun);
  CHECK_FALSE(find_unit("widgets"));
  CHECK(find_unit("widgets", {"widget"})->noun);
  CHECK_FALSE(find_unit("gb"));
  SUBCASE("the common spellings of rates and bits") {
    CHECK(find_unit("MBps")->factor == 1e6);
    CHECK(find_unit("MBps")->dim == Dimension{1, -1});
    CHECK_FALSE(find_unit("MBps")->bits);
    CHECK(find_unit("Mbps")->bits);
    CHECK(find_unit("Gb")->factor == 1e9 / 8);
    CHECK(find_unit("Gb")->bits);
    CHECK(find_unit("qps")->counts == "query");
    CHECK(find_unit("QPS")->dim == Dimension{0, -1});
    CHECK(find_unit("rps")->counts == "req");
    CHECK_FALSE(find_unit("kb"));  // a kilobyte to some, a kilobit to others
  }
}

TEST_CASE("suggest_units") {
  using Names = std::vector<std::string>;
  CHECK(suggest_units("GBs") == Names{"GB/s"});
  CHECK(suggest_units("Reqs") == Names{"req/s"});
  CHECK(suggest_units("zzzzzz").empty());
  CHECK(suggest_units("parsecs") == Names{"sec", "secs"});
  SUBCASE("a name in one case says nothing about bytes or bits: both are offered") {
    CHECK(suggest_units("gb") == Names{"GB", "Gb"});
    CHECK(suggest_units("gbs") == Names{"GB/s", "Gb/s"});
    CHECK(suggest_units("mbps") == Names{"Mbps", "MBps"});
  }
  SUBCASE("a capital B is a byte, a small b beside a capital a bit: never a unit eight times off") {
    CHECK(suggest_units("MBPS") == Names{"MBps"});
    CHECK(suggest_units("Mbs") == Names{"Mb/s"});
    CHECK(suggest_units("MBs") == Names{"MB/s"});
    CHECK(suggest_units("Gbitz") == Names{"Gbit", "Gbits"});
    CHECK(suggest_units("GBB") == Names{"GB"});
  }
  SUBCASE("binary and decimal units are not offered for each other") {
    CHECK(suggest_units("MBB") == Names{"MB"});
    CHECK(suggest_units("kib") == Names{"KiB"});
    CHECK(suggest_units("Mibps").empty());
  }
}

TEST_CASE("format_number") {
  SUBCASE("a short decimal is exact") {
    CHECK(format_number(1024) == "1024");
    CHECK(format_number(1.024) == "1.024");
    CHECK(format_number(52.56) == "52.56");
    CHECK(format_number(0.1 + 0.2) == "0.3");  // floating-point noise aside
    CHECK(format_number(0.001) == "0.001");
    CHECK(format_number(0) == "0");
    CHECK(format_number(-0.0) == "0");
  }
  SUBCASE("an integer part of five digits or more is grouped") {
    CHECK(format_number(31536000) == "31,536,000");
    CHECK(format_number(-31536000) == "-31,536,000");
    CHECK(format_number(12345.5) == "12,345.5");
    CHECK(format_number(99999) == "99,999");
    CHECK(format_number(999999999999999) == "999,999,999,999,999");
    CHECK(format_number(41666.667) == "41,666.667");
  }
  SUBCASE("anything else has three significant figures, never padded with zeros") {
    CHECK(format_number(11.574074) == "11.6");
    CHECK(format_number(9.3132) == "9.31");
    CHECK(format_number(9.9996) == "10");
    CHECK(format_number(0.0051234) == "0.00512");
    CHECK(format_number(-2.54321) == "-2.54");
    CHECK(format_number(999.9996) == "1k");
    CHECK(format_number(125000.0 / 3) == "41.7k");
    CHECK(format_number(-1234.5678) == "-1.23k");
    CHECK(format_number(1e9 / 3) == "333M");
    CHECK(format_number(2.5e9 + 0.0001) == "2.5bn");
    CHECK(format_number(999.9996e12 + 0.5) == "1e15");
  }
  SUBCASE("past T and below 0.000001, scientific notation") {
    CHECK(format_number(std::pow(2.0, 100)) == "1.27e30");
    CHECK(format_number(1.5e15) == "1.5e15");
    CHECK(format_number(3.1709791983764586e-17) == "3.17e-17");
    CHECK(format_number(1e-7 / 3) == "3.33e-8");
    CHECK(format_number(0.0000012345) == "0.00000123");
  }
}

TEST_CASE("rounded and plain_number") {
  CHECK(rounded(0.9999) == 1);
  CHECK(rounded(1234) == 1230);
  CHECK(rounded(0) == 0);
  CHECK(plain_number(500e9 / 86400 * 8 / 1e6) == "46.2962963");
  CHECK(plain_number(1e10) == "10000000000");
  CHECK(plain_number(0.5) == "0.5");
}

TEST_CASE("show picks a unit that suits the size") {
  CHECK(shown("100M * 100 B") == "10 GB (9.31 GiB)");
  CHECK(shown("512 B") == "512 B");
  CHECK(shown("2^30 B") == "1.07 GB (1 GiB)");
  CHECK(shown("1M req/day") == "11.6 req/s");
  CHECK(shown("10 req/day") == "10 req/day");
  CHECK(shown("4 Gbit/s") == "4 Gbit/s");
  CHECK(shown("500 MB/s") == "500 MB/s (477 MiB/s)");
  CHECK(shown("90 s") == "1.5 min");
  CHECK(shown("36 h") == "1.5 days");
  CHECK(shown("1 day") == "1 day");
  CHECK(shown("400 day") == "1.1 years");
  CHECK(shown("250 us") == "250 \xc2\xb5s");
  CHECK(shown("100M links") == "100M links");
  CHECK(shown("20k") == "20k");
  CHECK(shown("1.5bn") == "1.5bn");
  CHECK(shown("0.288") == "0.288");
  CHECK(shown("5M/day") == "57.9/s");
  CHECK(shown("2000 req/s * 50 ms") == "100 req");
  CHECK(shown("1 GB * 1 s") == "1,000,000,000 B\xc2\xb7s");
  CHECK(shown("1 KiB") == "1.024 kB (1 KiB)");
  SUBCASE("an exact count is shown in full rather than with a magnitude and more than three digits") {
    CHECK(shown("1234 users") == "1234 users");
    CHECK(shown("123456") == "123,456");
    CHECK(shown("2^30") == "1,073,741,824");
    CHECK(shown("1500 users") == "1.5k users");
    CHECK(shown("1234.5678") == "1.23k");
  }
  CHECK(shown("3 Gb") == "3 Gbit");
  SUBCASE("the unit is chosen after rounding") {
    CHECK(shown("999999 B") == "1 MB (977 KiB)");
    CHECK(shown("0.9999 req/s") == "1 req/s");
    CHECK(shown("59.99 s") == "1 min");
    CHECK(shown("364.999 day") == "1 year");
    CHECK(shown("999999.99999 users") == "1M users");
    CHECK(shown("0.99 req/s") == "59.4 req/min");
  }
  SUBCASE("past the largest magnitude") {
    CHECK(shown("2^100") == "1.27e30");
    CHECK(shown("500T") == "500T");
    CHECK(shown("1e15 req/s") == "1e15 req/s");
    CHECK(shown("1e24 B") == "1,000,000 EB (867k EiB)");
  }
}

TEST_CASE("terse") {
  const auto terse_of = [](const char* text) {
    const Answer a = evaluate_query(text, std::nullopt);
    return terse(a.value, a.target ? &*a.target : nullptr);
  };
  CHECK(terse_of("500 GB/day in Mbit/s") == "46.2962963");
  CHECK(terse_of("100M * 100 B") == "10000000000");  // bytes
  CHECK(terse_of("1 Mbps") == "1000000");            // data rates in bit/s
  CHECK(terse_of("1M req/day") == "11.57407407");    // 1/s
  CHECK(terse_of("1 h") == "3600");                  // s
}

TEST_CASE("describe_unit") {
  CHECK(describe_unit("GB") == "GB = 1,000,000,000 B");
  CHECK(describe_unit("GiB") == "GiB = 1,073,741,824 B");
  CHECK(describe_unit("month") == "month = 30 days (2,592,000 s)");
  CHECK(describe_unit("ms") == "ms = 0.001 s");
  CHECK(describe_unit("Mbps") == "Mbps = 1,000,000 bit/s");
  CHECK(describe_unit("M") == "M = 1,000,000");
  CHECK(describe_unit("KiB") == "KiB = 1024 B");
  CHECK(describe_unit("EiB") == "EiB = 1,152,921,504,606,846,976 B");
  CHECK(describe_unit("ns") == "ns = 0.000000001 s");
  CHECK(describe_unit("MBps") == "MBps = 1,000,000 B/s");
  CHECK(describe_unit("Gb") == "Gb = 1,000,000,000 bit");
  CHECK(describe_unit("qps") == "qps = 1 query/s");
  CHECK(describe_unit("req") == "req: a count noun, no dimension");
  CHECK(describe_unit("nope").empty());
}
