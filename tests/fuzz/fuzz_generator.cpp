// Fuzz target: the generator language of stress inputs, parsed and run within a small limit.
#include <string>

#include "base/error.h"
#include "fuzz.h"
#include "judge/generate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const prepkit::Generator generator(text);
    (void)generator.run(size, 1u << 20u);
  } catch (const prepkit::Error&) {
  }
  return 0;
}
