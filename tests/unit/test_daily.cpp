// Shows how the question of the day is chosen, kept for the day and kept fresh.
#include <doctest/doctest.h>

#include <set>

#include "bank/daily.h"
#include "helpers.h"

using namespace prepkit;
using test::day;
using test::ids_of;

namespace {

const std::string kData = PREPKIT_TEST_DATA;

}  // namespace

TEST_CASE("choose_daily") {
  const Bank bank = load_banks({kData + "/banks"});
  const DailyRequest request{{}, 2, day("2026-12-01"), 30};
  SUBCASE("the day's earlier choices stay, in order") {
    const auto fresh = choose_daily(bank, request, {});
    REQUIRE(fresh.questions.size() == 2);
    const auto again = choose_daily(bank, request, {{fresh.questions[1]->id}, {}});
    CHECK(ids_of(again.questions) == std::vector<std::string>{fresh.questions[1]->id, again.questions[1]->id});
    CHECK(again.questions[1] != fresh.questions[1]);
  }
  SUBCASE("questions shown recently come last, the least recent first") {
    DailyHistory history;
    for (const auto& q : bank.questions()) history.last_shown[q.id] = 100;
    history.last_shown[bank.questions()[3].id] = 10;
    history.last_shown[bank.questions()[1].id] = 20;
    CHECK(ids_of(choose_daily(bank, request, history).questions) ==
          std::vector<std::string>{bank.questions()[3].id, bank.questions()[1].id});
  }
}

TEST_CASE("daily") {
  const Bank bank = load_banks({kData + "/banks"});
  test::TempDir dir;
  Store store(dir / "state.db");
  SUBCASE("the same day gives the same question, even in a fresh database") {
    const auto first = ids_of(daily(bank, store, {{}, 1, day("2026-12-01"), 30}).questions);
    CHECK(ids_of(daily(bank, store, {{}, 1, day("2026-12-01"), 30}).questions) == first);
    Store other(dir / "other.db");
    CHECK(ids_of(daily(bank, other, {{}, 1, day("2026-12-01"), 30}).questions) == first);
  }
  SUBCASE("no repeats within the fresh window while questions remain") {
    std::set<std::string> seen;
    for (int i = 0; i < 14; ++i) {
      const auto ids = ids_of(daily(bank, store, {{}, 1, add_days(day("2026-12-01"), i), 30}).questions);
      REQUIRE(ids.size() == 1);
      CHECK(seen.insert(ids[0]).second);
    }
    // Every question has now been shown: the least recently shown comes back first.
    const auto again = ids_of(daily(bank, store, {{}, 1, day("2026-12-15"), 30}).questions);
    const auto oldest = ids_of(daily(bank, store, {{}, 1, day("2026-12-01"), 30}).questions);
    CHECK(again == oldest);
  }
  SUBCASE("asking for more later the same day keeps the first ones") {
    const auto one = ids_of(daily(bank, store, {{}, 1, day("2026-12-01"), 30}).questions);
    const auto three = ids_of(daily(bank, store, {{}, 3, day("2026-12-01"), 30}).questions);
    REQUIRE(three.size() == 3);
    CHECK(three[0] == one[0]);
  }
  SUBCASE("each filter has its own question of the day") {
    Filter filter;
    filter.subtopics = {"ask"};
    const auto ids = ids_of(daily(bank, store, {filter, 1, day("2026-12-01"), 30}).questions);
    REQUIRE(ids.size() == 1);
    CHECK(bank.find(ids[0])->subtopic == "ask");
  }
}
