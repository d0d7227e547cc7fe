// The live rehearsal screen of `star time` on a terminal: the part being told, a running clock
// that changes colour near and past the target, and single keys (Enter, space, q). The terminal
// is put back as it was however the rehearsal ends: finished, aborted, interrupted (Ctrl-C,
// SIGTERM), hung up or suspended (Ctrl-Z, where the clock stops until the user goes on).
#pragma once

#include <array>
#include <string>

#include "star/rehearsal.h"

namespace prepkit::live {

// What the screen shows besides the clock.
struct Screen {
  std::string title;
  int target_seconds = 0;
  std::array<long, 4> predicted_seconds{};  // per part
  bool color = false;
};

// How a live rehearsal ended.
struct Ending {
  bool interrupted = false;  // by a signal or a hangup: nothing is to be recorded
  int signal = 0;            // the signal that interrupted it
};

// Whether standard input is a terminal that a live rehearsal can run on.
bool available();

// Whether the live screen should use colour for a --color value (auto, always or never): auto
// means unless NO_COLOR is set or TERM is dumb. Throws UsageError for another value.
bool use_color(const std::string& mode);

// Runs the rehearsal timed by `timer` (started just before) on the terminal until it finishes
// (the Result ends, or q aborts it) or a signal interrupts it, then erases the screen it drew.
// Throws IoError when the terminal cannot be set up.
Ending run(RehearsalTimer& timer, const Screen& screen);

// The time now on the clock `run` uses, in milliseconds (monotonic).
long now_ms();

}  // namespace prepkit::live
