// Fuzz target: the settings file.
#include <string>

#include "base/config.h"
#include "base/error.h"
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    prepkit::parse_config(std::string_view(reinterpret_cast<const char*>(data), size), "config.yaml");
  } catch (const prepkit::Error&) {
  }
  return 0;
}
