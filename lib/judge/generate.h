// The generator language of stress inputs (prepkit-bank(5)): one directive a line that writes
// random integers, words, trees, graphs or literal lines, driven by prepkit's own Rng so that a
// bank makes the same input on every machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/error.h"

namespace prepkit {

// A generator that does not parse, or an input that would pass its limits: line() is the
// 1-based line of the generator's source (0 for the whole input), message() says what is wrong.
class GeneratorError : public DataError {
 public:
  GeneratorError(int line, const std::string& message)
      : DataError(line > 0 ? "line " + std::to_string(line) + ": " + message : message),
        line_(line),
        message_(message) {}
  int line() const noexcept { return line_; }
  const std::string& message() const noexcept { return message_; }

 private:
  int line_;
  std::string message_;
};

// The largest count a directive may ask for (N, K, LEN, R*C), and the default limit on the size
// of a generated input.
inline constexpr std::int64_t kMaxGeneratorCount = 10'000'000;
inline constexpr std::size_t kMaxGeneratedBytes = 64u << 20u;

struct Directive;

// A parsed generator program.
class Generator {
 public:
  // Parses `source`; throws GeneratorError naming the line of the first problem.
  explicit Generator(std::string_view source);
  ~Generator();
  Generator(Generator&&) noexcept;
  Generator& operator=(Generator&&) noexcept;

  // The input the program writes with the random numbers of `seed`; throws GeneratorError
  // when it would be larger than `max_bytes`.
  std::string run(std::uint64_t seed, std::size_t max_bytes = kMaxGeneratedBytes) const;

 private:
  std::unique_ptr<Directive> program_;  // a block holding the top-level directives
};

}  // namespace prepkit
