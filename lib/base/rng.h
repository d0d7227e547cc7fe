// prepkit's own random numbers: PCG32 with unbiased bounded draws, so a seed gives the same
// sequence on every platform and build (std distributions differ between libraries).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace prepkit {

// PCG-XSH-RR 32-bit generator (64-bit state), as described by M. E. O'Neill.
class Rng {
 public:
  // Seeds the generator with `seed` on stream `stream` (streams give independent sequences).
  explicit Rng(std::uint64_t seed, std::uint64_t stream = 54);

  // The next 32 random bits.
  std::uint32_t next();

  // A uniform draw from [0, `bound`) with no modulo bias; `bound` must be at least 1.
  std::uint32_t below(std::uint32_t bound);

  // Puts a uniformly chosen `k` of the elements of `items` first, in random order
  // (a partial Fisher-Yates shuffle); the rest keep no particular order.
  template <typename T>
  void choose_front(std::vector<T>& items, std::size_t k) {
    const std::size_t n = items.size();
    for (std::size_t i = 0; i < k && i + 1 < n; ++i) {
      const std::size_t j = i + below(static_cast<std::uint32_t>(n - i));
      std::swap(items[i], items[j]);
    }
  }

  // The first `k` (<= `n`) numbers that choose_front(items, k) would put first for items 0, 1,
  // ..., n - 1, drawing the same numbers, without making that list: in time and space of `k`.
  std::vector<std::uint32_t> choose_of(std::uint32_t n, std::size_t k);

 private:
  std::uint64_t state_ = 0;
  std::uint64_t increment_ = 0;
};

// A 64-bit mix of `x` (the splitmix64 finaliser): turns nearby numbers into unrelated seeds.
std::uint64_t mix64(std::uint64_t x);

// A stable 64-bit hash of `text` (FNV-1a), the same on every platform.
std::uint64_t hash64(std::string_view text);

// A fast 64-bit checksum of `data`, in four independent lanes of eight bytes so that the
// multiplications overlap, for detecting changed or corrupt files (not for seeding: its values
// are not part of any stable output).
std::uint64_t checksum64(std::string_view data);

// A seed from the operating system's entropy, for runs without --seed.
std::uint64_t entropy_seed();

}  // namespace prepkit
