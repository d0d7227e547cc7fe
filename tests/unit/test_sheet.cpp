// Shows capacity sheets evaluated in dependency order, and each mistake with its place.
#include <doctest/doctest.h>

#include "base/diagnostic.h"
#include "estimate/sheet.h"

using namespace prepkit;

namespace {

std::string problem(const std::string& text) {
  try {
    evaluate_sheet(text, "s.yaml");
  } catch (const DiagnosticError& e) {
    return e.what();
  }
  return "no problem";
}

}  // namespace

TEST_CASE("evaluate_sheet") {
  const auto values = evaluate_sheet(
      "storage: links * per_link * replicas\nlinks: 100M\nper_link: 500 B\nreplicas: 3\nqps: 1M req/day\n", "s.yaml");
  REQUIRE(values.size() == 5);
  CHECK(values[0].name == "storage");  // file order, though evaluated last
  CHECK(show(values[0].value).text() == "150 GB (140 GiB)");
  CHECK(values[0].line == 1);
  CHECK(show(values[4].value).text() == "11.6 req/s");
  SUBCASE("names may reuse count nouns but not units") {
    CHECK(evaluate_sheet("users: 2M\nreqs: users * 10\n", "s.yaml")[1].value.value == 20e6);
  }
}

TEST_CASE("evaluate_sheet reports mistakes with their place") {
  CHECK(problem("a: b + 1\nb: a * 2\n") == "s.yaml:1:4: cycle: a -> b -> a");
  CHECK(problem("a: a\n") == "s.yaml:1:4: cycle: a -> a");
  CHECK(problem("a: 1\nb: zz + a\n") == "s.yaml:2:4: b: unknown name 'zz' (neither a value of this sheet nor a unit)");
  CHECK(problem("x: 1\n") == "s.yaml:1:1: 'x' means multiplication: choose another name");
  CHECK(problem("day: 3\n") == "s.yaml:1:1: 'day' is a unit: choose another name");
  CHECK(problem("Total: 3\n") ==
        "s.yaml:1:1: invalid name 'Total' (expected lower-case letters, digits and underscores)");
  CHECK(problem("a: 1 GB + 1 s\n") == "s.yaml:1:4: a: cannot add GB and s");
  CHECK(problem("a: (1\n") == "s.yaml:1:4: a: missing ')'");
  CHECK(problem("a: [1, 2]\n") == "s.yaml:1:4: 'a' must be an expression such as 100M or 'links * 500 B'");
  CHECK(problem("- a\n") == "s.yaml:1:1: expected a mapping of names to values, one per line");
  CHECK(problem("a: 1\na: 2\n") == "s.yaml:2:1: duplicate key 'a' (first at line 1)");
}
