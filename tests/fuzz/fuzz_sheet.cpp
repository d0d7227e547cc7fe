// Fuzz target: capacity sheets.
#include <string>

#include "base/error.h"
#include "estimate/sheet.h"
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    prepkit::evaluate_sheet(std::string_view(reinterpret_cast<const char*>(data), size), "s.yaml");
  } catch (const prepkit::Error&) {
  }
  return 0;
}
