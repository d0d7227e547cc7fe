#include "judge/problem.h"

#include "base/rng.h"

namespace prepkit {

std::uint64_t stress_seed(std::string_view question_id, std::size_t index) {
  return mix64(hash64(question_id) ^ mix64(index + 1));
}

}  // namespace prepkit
