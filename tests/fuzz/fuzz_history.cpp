// Fuzz target: history files for qpick import (JSON or TSV).
#include <string>

#include "base/error.h"
#include "fuzz.h"
#include "review/history.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    prepkit::parse_history(std::string_view(reinterpret_cast<const char*>(data), size), "h");
  } catch (const prepkit::Error&) {
  }
  return 0;
}
