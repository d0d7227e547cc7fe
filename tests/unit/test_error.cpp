// Shows that each kind of error maps to its exit status and that a field's error keeps its parts.
#include <doctest/doctest.h>

#include <cerrno>

#include "base/error.h"

using namespace prepkit;

TEST_CASE("each error kind has its exit status") {
  CHECK(UsageError("x").code() == ExitCode::usage);
  CHECK(DataError("x").code() == ExitCode::data);
  CHECK(NoInputError("x").code() == ExitCode::no_input);
  CHECK(CantCreateError("x").code() == ExitCode::cant_create);
  CHECK(IoError("x").code() == ExitCode::io);
  CHECK(static_cast<int>(ExitCode::usage) == 64);
  CHECK(static_cast<int>(ExitCode::io) == 74);
}

TEST_CASE("FieldError") {
  const FieldError usage("weeks", "expected 2 to 26 weeks, found 40");
  CHECK(std::string(usage.what()) == "weeks: expected 2 to 26 weeks, found 40");
  CHECK(usage.field() == "weeks");
  CHECK(usage.message() == "expected 2 to 26 weeks, found 40");
  CHECK(usage.code() == ExitCode::usage);
  CHECK(FieldError("size", "unknown unit 'zz'", ExitCode::data).code() == ExitCode::data);
}

TEST_CASE("system_message") {
  CHECK(system_message("cannot open a.yaml", ENOENT) == "cannot open a.yaml: No such file or directory");
}
