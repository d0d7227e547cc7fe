// Fuzz target: estimate's expressions, with and without a target unit.
#include <string>

#include "base/error.h"
#include "estimate/expression.h"
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const prepkit::Answer answer = prepkit::evaluate_query(text, std::nullopt);
    (void)answer.shown.text();
    (void)prepkit::terse(answer.value, answer.target ? &*answer.target : nullptr);
  } catch (const prepkit::Error&) {
  }
  return 0;
}
