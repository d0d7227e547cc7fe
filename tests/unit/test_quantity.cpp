// Shows the unit table and how results are shown: well-chosen units, three figures, twins.
#include <doctest/doctest.h>

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
}

TEST_CASE("suggest_units") {
  CHECK(suggest_units("GBs") == std::vector<std::string>{"GB/s"});
  CHECK(suggest_units("reqs").empty() == false);
  CHECK(suggest_units("gb") == std::vector<std::string>{"GB"});
  CHECK(suggest_units("mbps") == std::vector<std::string>{"Mbps"});
  CHECK(suggest_units("zzzzzz").empty());
}

TEST_CASE("three_figures") {
  CHECK(three_figures(11.574074) == "11.6");
  CHECK(three_figures(10) == "10");
  CHECK(three_figures(9.3132) == "9.31");
  CHECK(three_figures(1234) == "1230");
  CHECK(three_figures(0.0051234) == "0.00512");
  CHECK(three_figures(9.9996) == "10");
  CHECK(three_figures(-2.5) == "-2.5");
  CHECK(three_figures(0) == "0");
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
  CHECK(shown("1 GB * 1 s") == "1000000000 B\xc2\xb7s");
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
  CHECK(describe_unit("req") == "req: a count noun, no dimension");
  CHECK(describe_unit("nope").empty());
}
