// Capacity sheets: a YAML mapping of named inputs and derived values that refer to each other
// by name (`links: 100M`, `per_link: 500 B`, `storage: links * per_link * 3`), evaluated in
// dependency order, the design-doc arithmetic kept in one checked file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "estimate/quantity.h"

namespace prepkit {

// One named value of a sheet.
struct SheetValue {
  std::string name;
  std::string expression;  // as written
  Quantity value;
  int line = 0;
  std::vector<std::string> warnings;  // "s.yaml:3:8: '5B users': B is a byte, ..." (Expression::warnings)
};

// Evaluates the sheet in `text` (named `file` in messages); values come back in file order.
// Throws DiagnosticError (exit 65) with file:line:col for a malformed sheet, a bad name, an
// unknown name, a cycle (`cycle: a -> b -> a`) or an expression that fails.
std::vector<SheetValue> evaluate_sheet(std::string_view text, const std::string& file,
                                       const std::vector<std::string>& extra_nouns = {});

}  // namespace prepkit
