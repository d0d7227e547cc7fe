// Shows how a rehearsal is timed part by part (pauses excluded) and what rehearsals add up to.
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

TEST_CASE("RehearsalTimer") {
  SUBCASE("each Enter ends a part; after the Result it is complete") {
    RehearsalTimer timer(1000);
    CHECK(timer.part() == 0);
    CHECK(timer.elapsed(1500) == 500);
    timer.next(31000);
    CHECK(timer.part() == 1);
    CHECK(timer.part_elapsed(32000) == 1000);
    timer.next(46000);
    timer.next(136000);
    timer.next(161000);
    CHECK(timer.finished());
    CHECK(timer.outcome() == Outcome::completed);
    CHECK(timer.elapsed(999999) == 160000);  // frozen once finished
    CHECK(timer.part_times() == std::array<std::optional<long>, 4>{30000, 15000, 90000, 25000});
    timer.next(170000);  // nothing more happens
    CHECK(timer.elapsed(170000) == 160000);
  }
  SUBCASE("a pause does not count, and Enter during a pause resumes first") {
    RehearsalTimer timer(0);
    timer.pause(10000);
    CHECK(timer.paused());
    CHECK(timer.elapsed(50000) == 10000);
    timer.pause(20000);  // already paused: the first pause stands
    timer.resume(60000);
    CHECK(timer.elapsed(65000) == 15000);
    timer.pause(70000);
    timer.next(90000);
    CHECK_FALSE(timer.paused());
    CHECK(timer.part_times()[0] == 20000);
    CHECK(timer.elapsed(90000) == 20000);
  }
  SUBCASE("an abort keeps the time of the part being told") {
    RehearsalTimer timer(0);
    timer.next(30000);
    timer.abort(42000);
    CHECK(timer.finished());
    CHECK(timer.outcome() == Outcome::aborted);
    CHECK(timer.part_times() == std::array<std::optional<long>, 4>{30000, 12000, std::nullopt, std::nullopt});
  }
}

TEST_CASE("pace") {
  CHECK(pace(0, 180) == Pace::on_time);
  CHECK(pace(143999, 180) == Pace::on_time);
  CHECK(pace(144000, 180) == Pace::near_target);  // 80 %
  CHECK(pace(180000, 180) == Pace::near_target);
  CHECK(pace(180001, 180) == Pace::over_target);
}

TEST_CASE("make_rehearsal and utc_timestamp") {
  RehearsalTimer timer(0);
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
