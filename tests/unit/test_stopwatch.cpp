// Shows how a PhaseTimer times phase by phase (pauses excluded), how a time stands against its
// target, and how durations are read and written.
#include <doctest/doctest.h>

#include "base/stopwatch.h"

using namespace prepkit;

using Times = std::vector<std::optional<long>>;

TEST_CASE("PhaseTimer") {
  SUBCASE("each next() ends a phase; after the last the timer has ended") {
    PhaseTimer timer(4, 1000);
    CHECK(timer.phase() == 0);
    CHECK(timer.phases() == 4);
    CHECK(timer.elapsed(1500) == 500);
    timer.next(31000);
    CHECK(timer.phase() == 1);
    CHECK(timer.phase_elapsed(32000) == 1000);
    timer.next(46000);
    timer.next(136000);
    timer.next(161000);
    CHECK(timer.finished());
    CHECK_FALSE(timer.aborted());
    CHECK(timer.elapsed(999999) == 160000);  // frozen once finished
    CHECK(timer.phase_elapsed(999999) == 0);
    CHECK(timer.phase_times() == Times{30000, 15000, 90000, 25000});
    timer.next(170000);  // nothing more happens
    CHECK(timer.elapsed(170000) == 160000);
  }
  SUBCASE("a pause does not count, and next() during a pause resumes first") {
    PhaseTimer timer(4, 0);
    timer.pause(10000);
    CHECK(timer.paused());
    CHECK(timer.elapsed(50000) == 10000);
    timer.pause(20000);  // already paused: the first pause stands
    timer.resume(60000);
    CHECK(timer.elapsed(65000) == 15000);
    timer.pause(70000);
    timer.next(90000);
    CHECK_FALSE(timer.paused());
    CHECK(timer.phase_times()[0] == 20000);
    CHECK(timer.elapsed(90000) == 20000);
  }
  SUBCASE("an abort keeps the time of the phase under way") {
    PhaseTimer timer(4, 0);
    timer.next(30000);
    timer.abort(42000);
    CHECK(timer.finished());
    CHECK(timer.aborted());
    CHECK(timer.phase_times() == Times{30000, 12000, std::nullopt, std::nullopt});
    timer.pause(50000);  // an ended timer is never paused
    CHECK_FALSE(timer.paused());
  }
  SUBCASE("any number of phases, and never none") {
    PhaseTimer eleven(11, 0);
    for (long i = 1; i <= 11; ++i) eleven.next(i * 60000);
    CHECK(eleven.finished());
    CHECK(eleven.phase_times() == Times(11, 60000L));
    PhaseTimer none(0, 0);
    CHECK(none.phases() == 1);
    CHECK_FALSE(none.finished());
  }
}

TEST_CASE("pace") {
  CHECK(pace(0, 180) == Pace::on_time);
  CHECK(pace(143999, 180) == Pace::on_time);
  CHECK(pace(144000, 180) == Pace::near_target);  // 80 %
  CHECK(pace(180000, 180) == Pace::near_target);
  CHECK(pace(180001, 180) == Pace::over_target);
}

TEST_CASE("format_duration") {
  CHECK(format_duration(0) == "0:00");
  CHECK(format_duration(7) == "0:07");
  CHECK(format_duration(165) == "2:45");
  CHECK(format_duration(3660) == "61:00");
  CHECK(format_duration(-12) == "-0:12");
}

TEST_CASE("parse_duration") {
  CHECK(parse_duration("90") == 90);
  CHECK(parse_duration("90s") == 90);
  CHECK(parse_duration("1:30") == 90);
  CHECK(parse_duration("0:05") == 5);
  CHECK(parse_duration("1m30s") == 90);
  CHECK(parse_duration("2m") == 120);
  CHECK(parse_duration("3:00") == 180);
  CHECK_FALSE(parse_duration(""));
  CHECK_FALSE(parse_duration("1:5"));
  CHECK_FALSE(parse_duration("1:60"));
  CHECK_FALSE(parse_duration("1m60s"));
  CHECK_FALSE(parse_duration("-5"));
  CHECK_FALSE(parse_duration("1.5"));
  CHECK_FALSE(parse_duration("soon"));
  CHECK_FALSE(parse_duration("1m30"));
  CHECK_FALSE(parse_duration("9999999"));
  CHECK_FALSE(parse_duration("1441:00"));
}
