// The live screen of a timed run on a terminal (a story told aloud in `star time`, a mock
// interview in `qpick mock`): lines redrawn in place every second, and single keys: Enter ends
// the phase, space pauses, q stops. The terminal is put back as it was however the run ends:
// finished, stopped, interrupted (Ctrl-C, SIGTERM), hung up or suspended (Ctrl-Z, where the
// clock stops until the user goes on). Also the single-key questions asked after such a run.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/stopwatch.h"

namespace prepkit::live {

// How a live run ended.
struct Ending {
  bool interrupted = false;  // by a signal or a hangup: nothing is to be recorded
  int signal = 0;            // the signal that interrupted it
};

// Whether standard input is a terminal that a live run can use.
bool available();

// Whether the live screen should use colour for a --color value (auto, always or never): auto
// means unless NO_COLOR is set or TERM is dumb. Throws UsageError for another value.
bool use_color(const std::string& mode);

// The lines of the screen at `now` for a terminal `width` columns wide. `suspended`: the clock
// was stopped because the program was suspended, not by the user's pause.
using Draw = std::function<std::vector<std::string>(long now, bool suspended, std::size_t width)>;

// Runs `timer` (started just before) on the terminal, drawn by `draw`, until it finishes (its
// last phase ends, or q stops it) or a signal interrupts it, then erases the screen it drew.
// Throws IoError when the terminal cannot be set up.
Ending run(PhaseTimer& timer, const Draw& draw);

// Writes `prompt` to standard output and waits for one of `keys` (Enter is '\n'), which it echoes
// before returning it. Other keys are ignored; nothing comes back at the end of the input
// (Ctrl-D). A signal that would end the program ends it, with the terminal put back first.
std::optional<char> read_key(std::string_view prompt, std::string_view keys);

// Standard input read a line at a time for a run without a terminal, each line trimmed of
// spaces, counted so that a message can name it ("<stdin>:3:1: ...").
class LineInput {
 public:
  // The next line, or nothing at the end of the input. Throws DiagnosticError for a line over
  // 1000 bytes.
  std::optional<std::string> next();

  // Throws DiagnosticError at the last line read.
  [[noreturn]] void fail(const std::string& message) const;

 private:
  int number_ = 0;
};

// Runs `timer` from `input`, one line per phase: an empty line ends the phase now, a time such as
// 1:30 says how long it took, and q stops. `announce` is called as each phase starts; `phase`
// names one in messages ("part"). Returns false when the input ended first.
bool run_lines(PhaseTimer& timer, LineInput& input, const std::function<void(std::size_t)>& announce,
               std::string_view phase);

// Ends the program the way `signal` would have, so a calling shell sees it; returns the exit
// status to use should the signal not end it.
int end_by(int signal);

// The time now on the clock `run` uses, in milliseconds (monotonic).
long now_ms();

// "01:23": a running clock of `ms`, in minutes and seconds.
std::string clock_text(long ms);

// `text` cut to `width` code points.
std::string fit(std::string_view text, std::size_t width);

}  // namespace prepkit::live
