#include "base/rng.h"

#include <sys/random.h>

#include <chrono>
#include <cstring>
#include <unordered_map>

namespace prepkit {

Rng::Rng(std::uint64_t seed, std::uint64_t stream) : increment_((stream << 1u) | 1u) {
  next();
  state_ += seed;
  next();
}

std::uint32_t Rng::next() {
  const std::uint64_t old = state_;
  state_ = old * 6364136223846793005ULL + increment_;
  const auto xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
  const auto rot = static_cast<std::uint32_t>(old >> 59u);
  return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

std::uint32_t Rng::below(std::uint32_t bound) {
  // Reject the few low values that would make some results more likely than others.
  const std::uint32_t threshold = (0u - bound) % bound;
  for (;;) {
    const std::uint32_t r = next();
    if (r >= threshold) return r % bound;
  }
}

std::vector<std::uint32_t> Rng::choose_of(std::uint32_t n, std::size_t k) {
  std::unordered_map<std::uint32_t, std::uint32_t> moved;  // the item at each place that no longer holds its own
  const auto at = [&](std::uint32_t place) {
    const auto it = moved.find(place);
    return it == moved.end() ? place : it->second;
  };
  std::vector<std::uint32_t> chosen;
  chosen.reserve(k);
  for (std::uint32_t i = 0; i < k && i + 1 < n; ++i) {
    const std::uint32_t j = i + below(n - i);
    chosen.push_back(at(j));
    moved[j] = at(i);
  }
  while (chosen.size() < k) chosen.push_back(at(static_cast<std::uint32_t>(chosen.size())));
  return chosen;
}

std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30u)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27u)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31u);
}

std::uint64_t hash64(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::uint64_t checksum64(std::string_view data) {
  constexpr std::uint64_t kMultiplier = 0xff51afd7ed558ccdULL;
  std::uint64_t lanes[4] = {0x9e3779b97f4a7c15ULL ^ data.size(), 0xc2b2ae3d27d4eb4fULL, 0x165667b19e3779f9ULL,
                            0x27d4eb2f165667c5ULL};
  const auto step = [](std::uint64_t h, const char* at) {
    std::uint64_t word = 0;
    std::memcpy(&word, at, 8);
    h = (h ^ word) * kMultiplier;
    return h ^ (h >> 32u);
  };
  std::size_t i = 0;
  for (; i + 32 <= data.size(); i += 32) {
    for (std::size_t lane = 0; lane < 4; ++lane) lanes[lane] = step(lanes[lane], data.data() + i + 8 * lane);
  }
  for (; i + 8 <= data.size(); i += 8) lanes[0] = step(lanes[0], data.data() + i);
  std::uint64_t tail = 0;
  if (i < data.size()) std::memcpy(&tail, data.data() + i, data.size() - i);
  return mix64(lanes[0] ^ mix64(lanes[1] ^ mix64(lanes[2] ^ mix64(lanes[3] ^ tail))));
}

std::uint64_t entropy_seed() {
  std::uint64_t seed = 0;
  if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) == static_cast<ssize_t>(sizeof seed)) return seed;
  return mix64(static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
}

}  // namespace prepkit
