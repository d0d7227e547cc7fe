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
    CHECK(evaluate_sheet("qps: 2000\nservers: qps / 500\n", "s.yaml")[1].value.value == 4);
  }
  SUBCASE("numbers grouped by commas, and per") {
    const auto grouped = evaluate_sheet("a: 1,500,000 req per day\n", "s.yaml");
    CHECK(show(grouped[0].value).text() == "17.4 req/s");
  }
}

TEST_CASE("evaluate_sheet warns of a byte unit written for a magnitude") {
  const auto values = evaluate_sheet("audience: 5B users\nper_user: 2 KB\n", "s.yaml");
  CHECK(values[0].warnings ==
        std::vector<std::string>{"s.yaml:1:11: '5B users': B is a byte, not a billion; did you mean '5G users'?"});
  CHECK(values[1].warnings.empty());
  SUBCASE("a name of the sheet is a value, not a count noun") {
    CHECK(evaluate_sheet("users: 2M\ntotal: 5B users\n", "s.yaml")[1].warnings.empty());
  }
}

TEST_CASE("evaluate_sheet reports mistakes with their place") {
  CHECK(problem("a: b + 1\nb: a * 2\n") == "s.yaml:1:4: cycle: a -> b -> a");
  CHECK(problem("a: a\n") == "s.yaml:1:4: cycle: a -> a");
  CHECK(problem("a: 1\nb: zz + a\n") == "s.yaml:2:4: b: unknown name 'zz' (neither a value of this sheet nor a unit)");
  CHECK(
      problem("links: 1\nb: linkz * 2\n") ==
      "s.yaml:2:4: b: unknown name 'linkz' (neither a value of this sheet nor a unit); did you mean 'links', 'link'?");
  CHECK(problem("a: 1 mbps\n") ==
        "s.yaml:1:4: a: unknown name 'mbps' (neither a value of this sheet nor a unit); did you mean 'Mbps', 'MBps'?");
  CHECK(problem("x: 1\n") == "s.yaml:1:1: 'x' means multiplication: choose another name");
  CHECK(problem("per: 1\n") == "s.yaml:1:1: 'per' means division: choose another name");
  CHECK(problem("day: 3\n") == "s.yaml:1:1: 'day' is a unit: choose another name");
  CHECK(problem("Total: 3\n") ==
        "s.yaml:1:1: invalid name 'Total' (expected lower-case letters, digits and underscores)");
  CHECK(problem("a: 1 GB + 1 s\n") == "s.yaml:1:4: a: cannot add GB and s");
  CHECK(problem("a: (1\n") == "s.yaml:1:4: a: missing ')'");
  CHECK(problem("a: [1, 2]\n") == "s.yaml:1:4: 'a' must be an expression such as 100M or 'links * 500 B'");
  CHECK(problem("- a\n") == "s.yaml:1:1: expected a mapping of names to values, one per line");
  CHECK(problem("a: 1\na: 2\n") == "s.yaml:2:1: duplicate key 'a' (first at line 1)");
}
