// Fuzz target: the bank loader (strict YAML reader and validation).
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/error.h"
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  prepkit::BankContent content;
  std::vector<prepkit::Diagnostic> problems;
  prepkit::parse_bank(std::string_view(reinterpret_cast<const char*>(data), size), "f.yaml", {}, content, problems);
  return 0;
}
