// Shows what a timed rehearsal records and what rehearsals add up to.
#include <doctest/doctest.h>

#include "star/rehearsal.h"

using namespace prepkit;

namespace {

RehearsalRecord record(const std::string& story, long total_ms, Outcome outcome = Outcome::completed, int target = 180,
                       int words = 0) {
  RehearsalRecord r;
  r.story = story;
  r.day = *parse_date("2026-12-01");
  r.total_ms = total_ms;
  r.outcome = outcome;
  r.target_seconds = target;
  r.words = words;
  return r;
}

}  // namespace

TEST_CASE("make_rehearsal and utc_timestamp") {
  PhaseTimer timer(4, 0);
  timer.next(30000);
  timer.abort(40000);
  const auto started = std::chrono::system_clock::time_point(std::chrono::milliseconds(1795851000123));
  const RehearsalRecord r = make_rehearsal("s", *parse_date("2026-11-28"), started, timer, 120, 300);
  CHECK(r.started_at == "2026-11-28T07:30:00.123Z");
  CHECK(r.uid.size() == 16);
  CHECK(r.total_ms == 40000);
  CHECK(r.outcome == Outcome::aborted);
  CHECK(r.target_seconds == 120);
  CHECK(r.words == 300);
}

TEST_CASE("rehearsal stats") {
  SUBCASE("median, best, last, the last five, the trend, under target, the rate") {
    const std::vector<RehearsalRecord> records = {
        record("a", 200000, Outcome::completed, 180, 450),
        record("a", 190000),
        record("b", 100000),
        record("a", 5000, Outcome::aborted),
        record("a", 185000),
        record("a", 175000),
        record("a", 170000, Outcome::completed, 180, 425),
        record("a", 165000),
    };
    const auto all = rehearsal_stats(records);
    REQUIRE(all.size() == 2);
    const RehearsalStats& a = all[0];
    CHECK(a.story == "a");
    CHECK(a.completed == 6);
    CHECK(a.aborted == 1);
    CHECK(*a.median_ms == 180000);  // (175 + 185) / 2
    CHECK(*a.best_ms == 165000);
    CHECK(*a.last_ms == 165000);
    CHECK(a.recent_ms == std::vector<long>{190000, 185000, 175000, 170000, 165000});
    CHECK(*a.trend_ms == -6500);
    CHECK(a.under_target == 3);
    CHECK(*a.words_per_minute == 142);  // the median of 135 and 150, rounded down
    CHECK(all[1].story == "b");
    CHECK_FALSE(all[1].trend_ms);  // one rehearsal has no trend
  }
  SUBCASE("a story without rehearsals") {
    const RehearsalStats none = story_stats("x", {record("a", 1000)});
    CHECK(none.completed == 0);
    CHECK_FALSE(none.median_ms);
    CHECK_FALSE(none.last_day);
  }
  SUBCASE("only aborted rehearsals give no times") {
    const RehearsalStats s = story_stats("a", {record("a", 1000, Outcome::aborted)});
    CHECK(s.aborted == 1);
    CHECK_FALSE(s.best_ms);
    CHECK(s.last_day);
  }
  SUBCASE("describe_trend") {
    CHECK(describe_trend(-6500) == "faster 7 s a run");
    CHECK(describe_trend(4000) == "slower 4 s a run");
    CHECK(describe_trend(400) == "steady");
  }
}
