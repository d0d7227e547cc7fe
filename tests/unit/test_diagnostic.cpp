// Shows how a located problem is written, leaving out the parts of its place that are unknown.
#include <doctest/doctest.h>

#include "base/diagnostic.h"

using namespace prepkit;

TEST_CASE("Diagnostic::str") {
  CHECK(Diagnostic{"b.yaml", 3, 5, "unknown kind 'x'"}.str() == "b.yaml:3:5: unknown kind 'x'");
  CHECK(Diagnostic{"b.yaml", 3, 0, "too long"}.str() == "b.yaml:3: too long");
  CHECK(Diagnostic{"b.yaml", 0, 0, "empty"}.str() == "b.yaml: empty");
}

TEST_CASE("DiagnosticError") {
  const DiagnosticError error({"b.yaml", 2, 1, "duplicate id 'x'"});
  CHECK(std::string(error.what()) == "b.yaml:2:1: duplicate id 'x'");
  CHECK(error.code() == ExitCode::data);
  CHECK(error.diagnostic().line == 2);
}
