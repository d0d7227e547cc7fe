// Fuzz target: plan templates.
#include <string>

#include "base/error.h"
#include "fuzz.h"
#include "plan/plan_template.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    prepkit::parse_template(std::string_view(reinterpret_cast<const char*>(data), size), "t.yaml", "t");
  } catch (const prepkit::Error&) {
  }
  return 0;
}
