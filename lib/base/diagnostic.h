// A problem found in an input file, located by file, line and column.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"

namespace prepkit {

// One problem in a file; `line` and `column` are 1-based, 0 when unknown.
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;

  // "FILE:LINE:COL: MESSAGE", leaving out the parts that are unknown.
  std::string str() const;
};

// A DataError (exit 65) that carries the located problem it reports.
class DiagnosticError : public DataError {
 public:
  explicit DiagnosticError(Diagnostic diagnostic) : DataError(diagnostic.str()), diagnostic_(std::move(diagnostic)) {}

  // The problem, with its location.
  const Diagnostic& diagnostic() const noexcept { return diagnostic_; }

 private:
  Diagnostic diagnostic_;
};

}  // namespace prepkit
