// Shows each capacity model's working and answer on hand-checked numbers.
#include <doctest/doctest.h>

#include <cmath>

#include "base/error.h"
#include "estimate/capacity.h"

using namespace prepkit;

namespace {

Quantity q(const char* text) { return Expression::parse(text).evaluate(); }

std::vector<std::string> lines(const Working& w) {
  std::vector<std::string> out;
  for (const auto& step : w.steps) out.push_back(step.name + " | " + step.formula + " | " + show(step.value).text());
  return out;
}

}  // namespace

TEST_CASE("model_input checks the dimension") {
  CHECK(model_input("size", "100B", {1, 0}, "a size").value == 100);
  CHECK(model_input("rps", "2000", {0, -1}, "a rate").dim == Dimension{0, -1});  // per second
  CHECK_THROWS_WITH_AS(model_input("size", "3 s", {1, 0}, "a size in bytes, such as 100 B"),
                       "size: expected a size in bytes, such as 100 B, found s ('3 s')", FieldError);
  CHECK_THROWS_WITH_AS(model_input("size", "3 zz", {1, 0}, "a size"), "size: unknown unit 'zz'", FieldError);
  CHECK_THROWS_WITH_AS(model_input("items", "-5", {0, 0}, "a count"), "items: must not be negative, found '-5'",
                       FieldError);
}

TEST_CASE("storage_model") {
  StorageInputs in{q("100M"), q("100 B"), q("3"), q("20%"), std::nullopt, std::nullopt};
  CHECK(lines(storage_model(in)) ==
        std::vector<std::string>{"raw size | 100M \xc3\x97 100 B | 10 GB (9.31 GiB)",
                                 "with overhead | 10 GB \xc3\x97 (1 + 20%) | 12 GB (11.2 GiB)",
                                 "with replicas | 12 GB \xc3\x97 3 | 36 GB (33.5 GiB)"});
  SUBCASE("linear growth: items per day over a year") {
    in.growth = "1M/day";
    const Working w = storage_model(in);
    CHECK(lines(w).back() == "after 1 year | 465M \xc3\x97 100 B \xc3\x97 (1 + 20%) \xc3\x97 3 | 167.4 GB (156 GiB)");
    CHECK(w.steps.back().value.value == doctest::Approx(465e6 * 100 * 1.2 * 3));
  }
  SUBCASE("compound growth: a percentage per month over a year") {
    in.growth = "5%/month";
    in.period = q("360 day");
    const Working w = storage_model(in);
    // 100M x 1.05^12 = 179.6M items; x 100 B x 1.2 x 3 = 64.7 GB.
    CHECK(w.steps.back().value.value == doctest::Approx(100e6 * std::pow(1.05, 12) * 100 * 1.2 * 3));
    in.growth = "5% per month";
    CHECK(storage_model(in).steps.back().value.value == w.steps.back().value.value);
  }
  SUBCASE("growth too large to represent: the step is named") {
    in.growth = "1000%/day";
    in.period = q("100 year");
    CHECK_THROWS_WITH_AS(storage_model(in), "storage: items after growth: the result is too large to represent",
                         DataError);
    in.growth = "1e300/s";
    in.period = q("1e300 s");
    CHECK_THROWS_WITH_AS(storage_model(in), "storage: items added: the result is too large to represent", DataError);
  }
  SUBCASE("growth per no time at all") {
    in.growth = "5%/0 day";
    CHECK_THROWS_WITH_AS(storage_model(in), "growth: the time unit must be more than zero, found '5%/0 day'",
                         FieldError);
  }
  SUBCASE("growth in the wrong shape") {
    in.growth = "5 GB";
    CHECK_THROWS_WITH_AS(storage_model(in),
                         "growth: expected items per time, such as 1M/day, or a percentage per time unit, such as "
                         "5%/month, found GB ('5 GB')",
                         FieldError);
  }
}

TEST_CASE("traffic_model") {
  TrafficInputs in{q("1M req"), q("3"), std::pair{10.0, 1.0}, q("2 KB")};
  CHECK(lines(traffic_model(in)) == std::vector<std::string>{"average rate | 1M req / 86,400 s | 11.6 req/s",
                                                             "peak rate | 11.6 req/s \xc3\x97 3 | 34.7 req/s",
                                                             "peak reads | 34.7 req/s \xc3\x97 10 of 10:1 | 31.6 req/s",
                                                             "peak writes | 34.7 req/s \xc3\x97 1 of 10:1 | 3.16 req/s",
                                                             "peak ingress | 3.16 req/s \xc3\x97 2 kB | 50.5 kbit/s",
                                                             "peak egress | 31.6 req/s \xc3\x97 2 kB | 505 kbit/s"});
  CHECK(parse_ratio("read-write", "4:1") == std::pair{4.0, 1.0});
  CHECK_THROWS_WITH_AS(parse_ratio("read-write", "4"), "read-write: expected READ:WRITE such as 10:1, found '4'",
                       FieldError);
  CHECK_THROWS_WITH_AS(parse_ratio("read-write", "0:0"), "read-write: expected READ:WRITE such as 10:1, found '0:0'",
                       FieldError);
  CHECK_THROWS_WITH_AS(traffic_model({q("1e300"), std::nullopt, std::nullopt, q("1e300 B")}),
                       "traffic: average bandwidth: the result is too large to represent", DataError);
}

TEST_CASE("servers_model") {
  // 20000 / 800 = 25 at full load; 20000 / (800 x 0.7) = 35.7 -> 36; plus 2 spares = 38.
  ServerInputs in{q("20000 req/s"), q("800 req/s"), q("30%"), q("2")};
  const Working w = servers_model(in);
  CHECK(w.steps[0].value.value == 25);
  CHECK(w.steps[1].value.value == 36);
  CHECK(w.steps.back().value.value == 38);
  in.headroom = q("100%");
  CHECK_THROWS_WITH_AS(servers_model(in), "headroom: must be less than 100%", FieldError);
  CHECK_THROWS_WITH_AS(servers_model({q("1e300 req/s"), q("1e-300 req/s"), std::nullopt, std::nullopt}),
                       "servers: servers at full load: the result is too large to represent", DataError);
  SUBCASE("numbers in the working follow the display rules") {
    const Working big = servers_model({q("10M req/s"), q("7 req/s"), std::nullopt, std::nullopt});
    CHECK(lines(big) == std::vector<std::string>{"servers at full load | 10M req/s / 7 req/s | 1.43M",
                                                 "rounded up | 1.43M | 1,428,572"});
  }
}

TEST_CASE("cache_model") {
  CacheInputs in{q("10000 req/s"), q("90%"), q("1 ms"), q("20 ms"), q("10M"), q("2 KB"), q("20%")};
  CHECK(lines(cache_model(in)) ==
        std::vector<std::string>{"served by the cache | 10k req/s \xc3\x97 90% | 9k req/s",
                                 "mean latency | 90% \xc3\x97 1 ms + 10% \xc3\x97 20 ms | 2.9 ms",
                                 "memory for the hot set | 10M \xc3\x97 20% \xc3\x97 2 kB | 4 GB (3.73 GiB)",
                                 "load on the database | 10k req/s \xc3\x97 (1 - 90%) | 1k req/s"});
  in.items = q("1e300");
  in.size = q("1e300 B");
  CHECK_THROWS_WITH_AS(cache_model(in), "cache: memory for the hot set: the result is too large to represent",
                       DataError);
}

TEST_CASE("pool_model") {
  CHECK(lines(pool_model(q("2000 req/s"), q("50 ms"))) ==
        std::vector<std::string>{"in flight on average | 2k req/s \xc3\x97 50 ms (Little's law) | 100 req",
                                 "pool size | 100, rounded up | 100"});
  CHECK(pool_model(q("300 req/s"), q("85 ms")).steps.back().value.value == 26);  // 25.5 rounded up
  CHECK_THROWS_WITH_AS(pool_model(q("1e300 req/s"), q("1e300 s")),
                       "pool: in flight on average: the result is too large to represent", DataError);
}

TEST_CASE("latency_table") {
  const auto all = latency_table();
  REQUIRE(all.size() == 14);
  CHECK(all.front().operation == "L1 cache reference");
  for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].seconds <= all[i].seconds);
  CHECK(latency_table("SSD").size() == 2);
  CHECK(latency_table("nothing like this").empty());
}
