// qpick mock: a mock interview run the way the round is run, phase by phase against the clock
// (a live screen on a terminal, a line a phase without one), then each answer checked against its
// rubric and graded, and the whole mock remembered; qpick mock --list shows past mocks.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "bank/bank.h"
#include "base/date.h"
#include "output/style.h"
#include "output/table.h"

namespace prepkit {

// What `qpick mock` was asked.
struct MockOptions {
  std::string kind;     // design, coding, behavioral, mixed, or a template file
  std::string minutes;  // the whole mock's length, the phases scaled to it; empty for the template's
  bool no_tty = false;  // the line mode even on a terminal
  bool list = false;    // list past mocks instead
};

// Runs the mock `options.kind` on questions of `bank` chosen by `seed`, and records it in the
// state database at `state` (unless interrupted); a behavioural question names the user's STAR
// stories in `stories` to tell it with. Returns the exit status.
int run_mock(const MockOptions& options, const Bank& bank, const std::filesystem::path& state, Date today,
             std::uint64_t seed, const Style& style, const std::string& color, const std::filesystem::path& stories);

// Prints the mocks recorded in `format`.
int run_mock_list(const std::filesystem::path& state, Format format);

}  // namespace prepkit
