#include "rehearsal_screen.h"

#include <fmt/format.h>

#include "common/live.h"
#include "output/style.h"
#include "star/speech.h"
#include "star/story.h"

namespace prepkit {

std::vector<std::string> draw_rehearsal(const PhaseTimer& timer, const RehearsalScreen& screen, long now,
                                        bool suspended, std::size_t width) {
  Style style{screen.color};
  style.unicode = screen.unicode;
  const char* done = style.unicode ? "✓" : "+";
  const char* current = style.unicode ? "▶" : ">";
  std::vector<std::string> lines;
  // The title is the user's text, written straight to the terminal: shown, never obeyed.
  lines.push_back(live::fit(fmt::format(" {} {} target {}", printable(screen.title), separator(style),
                                        format_duration(screen.target_seconds)),
                            width - 1));
  for (std::size_t i = 0; i < 4; ++i) {
    const auto name = fmt::format("{:<9}", part_name(kParts[i]));
    const auto about = paint(fmt::format("about {}", format_duration(screen.predicted_seconds[i])), ansi::dim, style);
    if (i < timer.phase()) {
      const long ms = timer.phase_times()[i].value_or(0);
      lines.push_back(
          fmt::format(" {} {}  {:>5}  {}", paint(done, ansi::green, style), name, format_duration(ms / 1000), about));
    } else if (i == timer.phase()) {
      lines.push_back(fmt::format(" {} {}  {:>5}  {}", paint(current, ansi::bold, style),
                                  paint(name, ansi::bold, style), format_duration(timer.phase_elapsed(now) / 1000),
                                  about));
    } else {
      lines.push_back(fmt::format("   {}  {:>5}  {}", name, "", about));
    }
  }
  lines.emplace_back();
  const long elapsed = timer.elapsed(now);
  std::string clock =
      live::clock_text(elapsed) + " / " + live::clock_text(static_cast<long>(screen.target_seconds) * 1000);
  std::string state;
  switch (pace(elapsed, screen.target_seconds)) {
  case Pace::on_time: clock = paint(clock, ansi::green, style); break;
  case Pace::near_target:
    clock = paint(clock, ansi::yellow, style);
    state = "  80% of the target";
    break;
  case Pace::over_target:
    clock = paint(clock, ansi::red, style);
    state = "  over the target";
    break;
  }
  if (timer.paused()) state += suspended ? "  paused while suspended" : "  paused";
  lines.push_back(fmt::format(" {}{}", clock, paint(state, ansi::bold, style)));
  lines.push_back(paint(live::fit(" Enter: next part   space: pause   q: stop", width - 1), ansi::dim, style));
  return lines;
}

}  // namespace prepkit
