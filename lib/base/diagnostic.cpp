#include "base/diagnostic.h"

#include <fmt/format.h>

namespace prepkit {

std::string Diagnostic::str() const {
  if (line <= 0) return fmt::format("{}: {}", file, message);
  if (column <= 0) return fmt::format("{}:{}: {}", file, line, message);
  return fmt::format("{}:{}:{}: {}", file, line, column, message);
}

}  // namespace prepkit
