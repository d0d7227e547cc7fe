// What the live screen of `star time` shows: the story's title and target, each part with the
// time it took or is taking beside the time predicted for it, and the clock, which changes colour
// near and past the target.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "base/stopwatch.h"

namespace prepkit {

struct RehearsalScreen {
  std::string title;
  int target_seconds = 0;
  std::array<long, 4> predicted_seconds{};  // per part
  bool color = false;
  bool unicode = true;  // block characters and symbols beyond ASCII
};

// The screen's lines at `now` for `timer` (four parts), cut to `width` columns.
std::vector<std::string> draw_rehearsal(const PhaseTimer& timer, const RehearsalScreen& screen, long now,
                                        bool suspended, std::size_t width);

}  // namespace prepkit
