// The one family of errors the library throws, and the exit code each kind maps to.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace prepkit {

// Exit statuses shared by every program (sysexits where one applies).
enum class ExitCode : int {
  ok = 0,
  check_failed = 1,  // a check (lint) ran and found problems
  usage = 64,        // the command line was wrong
  data = 65,         // an input file or value was malformed
  no_input = 66,     // an input file does not exist or cannot be read
  software = 70,     // a bug: something that should not happen did
  cant_create = 73,  // an output file or folder cannot be created
  io = 74,           // reading or writing failed part-way
};

// A failure the user can act on; what() is the whole one-line message without the
// program name, for example "banks/db.yaml:3:5: unknown difficulty 'tricky'".
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}

  // The exit status a program should end with for this error.
  ExitCode code() const noexcept { return code_; }

 private:
  ExitCode code_;
};

// The command line asked for something impossible (exit 64).
struct UsageError : Error {
  explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

// Input data is malformed (exit 65).
struct DataError : Error {
  explicit DataError(const std::string& message) : Error(ExitCode::data, message) {}
};

// An input is missing or unreadable (exit 66).
struct NoInputError : Error {
  explicit NoInputError(const std::string& message) : Error(ExitCode::no_input, message) {}
};

// An output cannot be created (exit 73).
struct CantCreateError : Error {
  explicit CantCreateError(const std::string& message) : Error(ExitCode::cant_create, message) {}
};

// Reading or writing failed part-way (exit 74).
struct IoError : Error {
  explicit IoError(const std::string& message) : Error(ExitCode::io, message) {}
};

// A value of one named field of a request is wrong ("hours", "per-server"): what() is
// "FIELD: MESSAGE". lib names fields, never flags; a program reports the error under the flag
// that gave the field (cli::naming_flags).
class FieldError : public Error {
 public:
  FieldError(std::string field, const std::string& message, ExitCode code = ExitCode::usage)
      : Error(code, field + ": " + message), field_(std::move(field)), message_(message) {}

  // The field whose value is wrong.
  const std::string& field() const noexcept { return field_; }

  // What is wrong with it, without the field's name.
  const std::string& message() const noexcept { return message_; }

 private:
  std::string field_;
  std::string message_;
};

// Builds "`what`: <strerror(errnum)>", the usual shape of a failed system call's message.
std::string system_message(const std::string& what, int errnum);

}  // namespace prepkit
