// Shows that the random numbers are the published PCG32 sequence and that bounded draws are fair.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <string>

#include "base/rng.h"

using prepkit::Rng;

TEST_CASE("Rng::next gives the PCG32 reference sequence") {
  // The first outputs of pcg32_srandom_r(42, 54) in the reference implementation's demo.
  Rng rng(42, 54);
  const std::array<std::uint32_t, 6> expected = {0xa15c02b7, 0x7b47f409, 0xba1d3330,
                                                 0x83d2f293, 0xbfa4784b, 0xcbed606e};
  for (const auto value : expected) CHECK(rng.next() == value);
}

TEST_CASE("Rng::below stays in range and is deterministic") {
  SUBCASE("fixed vector for a small bound") {
    Rng rng(7);
    std::array<std::uint32_t, 8> got{};
    for (auto& value : got) value = rng.below(10);
    Rng again(7);
    for (const auto value : got) CHECK(again.below(10) == value);
    for (const auto value : got) CHECK(value < 10);
  }
  SUBCASE("a bound of one always gives zero") {
    Rng rng(1);
    for (int i = 0; i < 100; ++i) CHECK(rng.below(1) == 0);
  }
  SUBCASE("every value of a bound that does not divide 2^32 appears about equally") {
    Rng rng(2024);
    std::array<int, 3> counts{};
    for (int i = 0; i < 30000; ++i) ++counts[rng.below(3)];
    for (const int count : counts) CHECK(count > 9500);
    for (const int count : counts) CHECK(count < 10500);
  }
}

TEST_CASE("Rng::choose_front picks distinct elements") {
  std::vector<int> items(20);
  std::iota(items.begin(), items.end(), 0);
  Rng rng(99);
  rng.choose_front(items, 5);
  std::vector<int> sorted = items;
  std::sort(sorted.begin(), sorted.end());
  for (int i = 0; i < 20; ++i) CHECK(sorted[static_cast<std::size_t>(i)] == i);  // still a permutation

  SUBCASE("asking for more than there are is safe") {
    std::vector<int> two = {1, 2};
    rng.choose_front(two, 5);
    CHECK(two.size() == 2);
  }
}

TEST_CASE("Rng::choose_of chooses what choose_front would from 0 to n - 1") {
  for (const std::uint32_t n : {1u, 2u, 3u, 10u, 1000u}) {
    for (const std::size_t k : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{n / 2}, std::size_t{n}}) {
      if (k > n) continue;
      for (const std::uint64_t seed : {1u, 7u, 12345u}) {
        std::vector<std::uint32_t> items(n);
        std::iota(items.begin(), items.end(), 0u);
        Rng a(seed);
        a.choose_front(items, k);
        items.resize(k);
        Rng b(seed);
        CHECK(b.choose_of(n, k) == items);
        CHECK(a.next() == b.next());  // the same numbers were drawn
      }
    }
  }
}

TEST_CASE("checksum64 changes with any one byte, in each lane, and with the length") {
  std::string data(100, '\0');
  for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 7);
  const std::uint64_t whole = prepkit::checksum64(data);
  for (std::size_t i = 0; i < data.size(); ++i) {
    std::string changed = data;
    changed[i] = static_cast<char>(changed[i] ^ 1);
    CHECK(prepkit::checksum64(changed) != whole);
  }
  // Swapping two 8-byte words between lanes is a change too.
  std::string swapped = data;
  std::swap_ranges(swapped.begin(), swapped.begin() + 8, swapped.begin() + 8);
  CHECK(prepkit::checksum64(swapped) != whole);
  for (std::size_t n = 0; n < 70; ++n)
    CHECK(prepkit::checksum64(std::string(n, '\0')) != prepkit::checksum64(std::string(n + 1, '\0')));
}

TEST_CASE("hash64 and mix64 are fixed functions") {
  CHECK(prepkit::hash64("") == 0xcbf29ce484222325ULL);
  CHECK(prepkit::hash64("a") == 0xaf63dc4c8601ec8cULL);  // FNV-1a 64 of "a"
  CHECK(prepkit::mix64(0) == 0xe220a8397b1dcdafULL);     // splitmix64's first output from seed 0
}
