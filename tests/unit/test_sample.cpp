// Shows how questions are filtered, weighted and chosen.
#include <doctest/doctest.h>

#include "bank/sample.h"
#include "base/error.h"
#include "helpers.h"

#include <set>

using namespace prepkit;
using test::day;
using test::ids_of;

namespace {

const std::string kData = PREPKIT_TEST_DATA;

}  // namespace

TEST_CASE("FilterMatch and Filter::scope") {
  const Bank bank = load_banks({kData + "/banks"});
  const QuestionInfo pool = bank.info(*bank.index_of("fx-pool-size"));
  const auto matches = [&](const Filter& filter) { return FilterMatch(filter, bank)(pool); };
  SUBCASE("an empty filter matches everything") {
    CHECK(matches(Filter{}));
    CHECK(FilterMatch(Filter{}, bank).everything());
    CHECK(Filter{}.scope() == "all");
  }
  SUBCASE("values within a list are alternatives; lists must all match") {
    Filter filter;
    filter.subtopics = {"coding", "performance"};
    filter.difficulties = {"medium"};
    CHECK(matches(filter));
    CHECK_FALSE(FilterMatch(filter, bank).everything());
    filter.kinds = {"concept"};
    CHECK_FALSE(matches(filter));
  }
  SUBCASE("areas and subtopics must both match") {
    Filter filter;
    filter.areas = {"ops"};
    CHECK(matches(filter));
    filter.subtopics = {"databases"};
    CHECK_FALSE(matches(filter));
  }
  SUBCASE("tags match any of the question's tags") {
    Filter filter;
    filter.tags = {"nothing", "pooling"};
    CHECK(matches(filter));
    filter.tags = {"nothing"};
    CHECK_FALSE(matches(filter));
  }
  SUBCASE("the scope is canonical") {
    Filter a;
    a.subtopics = {"coding", "apis", "coding"};
    a.areas = {"ops"};
    Filter b;
    b.areas = {"ops"};
    b.subtopics = {"apis", "coding"};
    CHECK(a.scope() == "area=ops;subtopic=apis,coding");
    CHECK(a.scope() == b.scope());
  }
}

TEST_CASE("check_filter") {
  const Bank bank = load_banks({kData + "/banks"});
  Filter filter;
  filter.subtopics = {"databse"};
  CHECK_THROWS_WITH_AS(check_filter(filter, bank),
                       "unknown subtopic 'databse' (did you mean 'databases'?) (expected one of: coding, apis, "
                       "databases, system-design, performance, security-testing, operations, behavioral, ask)",
                       UsageError);
  filter = {};
  filter.tags = {"cachng"};
  CHECK_THROWS_WITH_AS(check_filter(filter, bank), "no question has the tag 'cachng' (did you mean 'caching'?)",
                       UsageError);
  filter = {};
  filter.difficulties = {"hard"};
  CHECK_NOTHROW(check_filter(filter, bank));
}

TEST_CASE("parse_weights") {
  SUBCASE("areas") {
    const Weights w = parse_weights("coding=40,design=35,ops=25");
    CHECK(w.by == Weights::By::area);
    CHECK(w.keys == std::vector<std::string>{"coding", "design", "ops"});
    CHECK(w.values == std::vector<double>{40, 35, 25});
  }
  SUBCASE("subtopics, with coding counted as a subtopic among them") {
    const Weights w = parse_weights("coding=1,databases=2.5");
    CHECK(w.by == Weights::By::subtopic);
  }
  SUBCASE("mistakes") {
    CHECK_THROWS_WITH_AS(parse_weights("coding"), "expected KEY=WEIGHT, found 'coding'", UsageError);
    CHECK_THROWS_WITH_AS(parse_weights("coding=x"), "the weight of 'coding' must be a number of 0 or more, found 'x'",
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_weights("coding=-1"), "the weight of 'coding' must be a number of 0 or more, found '-1'",
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_weights("ops=1,ops=2"), "'ops' is given twice", UsageError);
    CHECK_THROWS_WITH_AS(parse_weights("design=1,databases=2"), "give either areas or subtopics, not a mix",
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_weights("desing=1"),
                         "'desing' is neither an area nor a subtopic (did you mean 'design'?)", UsageError);
    CHECK_THROWS_WITH_AS(parse_weights("ops=0"), "at least one weight must be more than 0", UsageError);
    CHECK_THROWS_WITH_AS(parse_weights(""), "expected KEY=WEIGHT, found ''", UsageError);
  }
}

TEST_CASE("apportion") {
  const std::vector<std::size_t> plenty(3, 100);
  SUBCASE("the documented example: ties go to the weight listed first") {
    CHECK(apportion(10, {40, 35, 25}, plenty) == std::vector<std::size_t>{4, 4, 2});
    CHECK(apportion(10, {40, 25, 35}, plenty) == std::vector<std::size_t>{4, 3, 3});
  }
  SUBCASE("exact shares") { CHECK(apportion(20, {40, 35, 25}, plenty) == std::vector<std::size_t>{8, 7, 5}); }
  SUBCASE("never more than asked for") {
    for (std::size_t n = 0; n < 50; ++n) {
      const auto counts = apportion(n, {1, 1, 1}, plenty);
      CHECK(counts[0] + counts[1] + counts[2] == n);
    }
  }
  SUBCASE("a full share passes the rest on") {
    CHECK(apportion(10, {50, 50}, {2, 100}) == std::vector<std::size_t>{2, 8});
    CHECK(apportion(10, {1, 1, 1}, {1, 1, 3}) == std::vector<std::size_t>{1, 1, 3});
  }
  SUBCASE("a zero weight takes nothing") { CHECK(apportion(5, {0, 1}, {10, 10}) == std::vector<std::size_t>{0, 5}); }
}

TEST_CASE("pick") {
  const Bank bank = load_banks({kData + "/banks"});
  SUBCASE("the same seed gives the same questions") {
    const auto a = ids_of(pick(bank, {{}, 5, {}, 42}).questions);
    const auto b = ids_of(pick(bank, {{}, 5, {}, 42}).questions);
    CHECK(a == b);
    CHECK(std::set<std::string>(a.begin(), a.end()).size() == 5);
    CHECK(a != ids_of(pick(bank, {{}, 5, {}, 43}).questions));
  }
  SUBCASE("a fixed vector for a fixed seed (same on every platform)") {
    CHECK(ids_of(pick(bank, {{}, 3, {}, 7}).questions) ==
          std::vector<std::string>{"fx-mutex-vs-semaphore", "fx-two-sum", "fx-outage-story"});
  }
  SUBCASE("filters apply and a shortfall is counted") {
    Filter filter;
    filter.subtopics = {"databases"};
    const Pick result = pick(bank, {filter, 10, {}, 1});
    CHECK(result.matching == 3);
    CHECK(result.questions.size() == 3);
  }
  SUBCASE("weights split the sample and group it by key") {
    const Pick result = pick(bank, {{}, 5, parse_weights("coding=40,design=35,ops=25"), 3});
    REQUIRE(result.questions.size() == 5);
    std::vector<std::string> areas;
    for (const Question* q : result.questions) areas.push_back(q->area);
    CHECK(areas == std::vector<std::string>{"coding", "coding", "design", "design", "ops"});
  }
}
