// Shows the FSRS-4.5 arithmetic on hand-checked numbers and the interview-date cap.
#include <doctest/doctest.h>

#include "helpers.h"
#include "review/review.h"

using namespace prepkit;
using test::day;

TEST_CASE("retrievability") {
  CHECK(retrievability(0, 5) == doctest::Approx(1.0));
  CHECK(retrievability(5, 5) == doctest::Approx(0.9));  // by definition of stability
  CHECK(retrievability(4, 3.7145) == doctest::Approx(0.89349).epsilon(1e-4));
}

TEST_CASE("next_state: first grades use the initial stabilities w0..w3") {
  const auto again = next_state(std::nullopt, Grade::again, day("2026-12-01"));
  CHECK(again.stability == doctest::Approx(0.4872));
  CHECK(again.difficulty == doctest::Approx(5.1618 + 2 * 1.2298));  // w4 - (G - 3) * w5
  CHECK(interval_days(again) == 1);
  const auto good = next_state(std::nullopt, Grade::good, day("2026-12-01"));
  CHECK(good.stability == doctest::Approx(3.7145));
  CHECK(good.difficulty == doctest::Approx(5.1618));
  CHECK(interval_days(good) == 4);
  CHECK(interval_days(next_state(std::nullopt, Grade::hard, day("2026-12-01"))) == 1);
  CHECK(interval_days(next_state(std::nullopt, Grade::easy, day("2026-12-01"))) == 14);
}

TEST_CASE("next_state: a good review on time grows the interval") {
  // S' = S (e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) + 1) with S = 3.7145, D = 5.1618, R = 0.89349:
  // 3.7145 x (5.1934 x 5.8382 x 0.83579 x 0.117864 + 1) = 14.809 days.
  const auto first = next_state(std::nullopt, Grade::good, day("2026-12-01"));
  const auto second = next_state(first, Grade::good, day("2026-12-05"));
  CHECK(second.stability == doctest::Approx(14.809).epsilon(1e-3));
  CHECK(second.difficulty == doctest::Approx(5.1618));
  CHECK(interval_days(second) == 15);
  CHECK(second.reviews == 2);
}

TEST_CASE("next_state: again shrinks stability and raises difficulty") {
  // S' = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)) = 2.1072 x 0.877958 x 0.654178 x 1.184149 = 1.4331.
  const auto first = next_state(std::nullopt, Grade::good, day("2026-12-01"));
  const auto lapse = next_state(first, Grade::again, day("2026-12-05"));
  CHECK(lapse.stability == doctest::Approx(1.4331).epsilon(1e-3));
  // D' = D + 2 w6, then 3.1% of the way back to w4: 0.031 x 5.1618 + 0.969 x 6.9568 = 6.9012.
  CHECK(lapse.difficulty == doctest::Approx(6.9012).epsilon(1e-4));
  CHECK(interval_days(lapse) == 1);
  CHECK(lapse.lapses == 1);
}

TEST_CASE("next_state: hard and easy scale the growth") {
  const auto first = next_state(std::nullopt, Grade::good, day("2026-12-01"));
  const auto hard = next_state(first, Grade::hard, day("2026-12-05"));
  const auto good = next_state(first, Grade::good, day("2026-12-05"));
  const auto easy = next_state(first, Grade::easy, day("2026-12-05"));
  CHECK(hard.stability < good.stability);
  CHECK(good.stability < easy.stability);
  CHECK(hard.stability > first.stability);  // hard is still a success
}

TEST_CASE("next_due and the interview cap") {
  const auto state = next_state(std::nullopt, Grade::easy, day("2026-12-01"));  // interval 14
  CHECK(format_date(*next_due(state, std::nullopt)) == "2026-12-15");
  SUBCASE("an interval past the interview ends the day before it") {
    CHECK(format_date(*next_due(state, day("2026-12-10"))) == "2026-12-09");
  }
  SUBCASE("an interval that ends in time is kept") {
    CHECK(format_date(*next_due(state, day("2026-12-20"))) == "2026-12-15");
  }
  SUBCASE("a review the day before the interview schedules nothing more") {
    CHECK_FALSE(next_due(state, day("2026-12-02")));
    CHECK_FALSE(next_due(state, day("2026-12-01")));
  }
}

TEST_CASE("grade_before orders by day, then time recorded, then uid") {
  GradeRecord a{"b", "q", "coding", day("2026-12-01"), Grade::good, "2026-12-02T00:00:00.000Z"};
  GradeRecord b{"a", "q", "coding", day("2026-12-02"), Grade::good, "2026-12-01T00:00:00.000Z"};
  CHECK(grade_before(a, b));
  b.day = a.day;
  CHECK(grade_before(b, a));
  b.recorded_at = a.recorded_at;
  CHECK(grade_before(b, a));  // uid "a" < "b"
}
