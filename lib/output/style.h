// How text looks on a terminal: the colour codes, the style of a run (colour, width), painting
// text in a colour, display width and word wrapping.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace prepkit {

// The terminal codes prepkit colours text with, when Style::color allows.
namespace ansi {
inline constexpr std::string_view bold = "\033[1m";
inline constexpr std::string_view dim = "\033[2m";
inline constexpr std::string_view red = "\033[31m";
inline constexpr std::string_view green = "\033[32m";
inline constexpr std::string_view yellow = "\033[33m";
inline constexpr std::string_view cyan = "\033[36m";
inline constexpr std::string_view reset = "\033[0m";
}  // namespace ansi

// How text output should look.
struct Style {
  bool color = false;        // ANSI colours (only on a terminal, never with NO_COLOR)
  std::size_t width = 80;    // wrap prose at this many columns
  bool unicode = true;       // symbols beyond ASCII, such as · and █ (only in a UTF-8 locale)
  std::size_t columns = 80;  // the terminal's width, which charts may fill
};

// Whether the locale's character set is UTF-8, from the first of LC_ALL, LC_CTYPE and LANG that
// is set and not empty, as POSIX orders them; none set is the C locale, which is ASCII.
bool locale_is_utf8();

// "·" between facts on one line, or "-" where only ASCII will do.
std::string_view separator(const Style& style);

// A meter of `cells` characters with the first `filled` full: "███·······", or "###......." in
// ASCII.
std::string meter(int filled, int cells, const Style& style);

// `text` with every control character a terminal would obey made visible, so that text from a
// bank, a note or an argument cannot move the cursor, clear the screen or retitle the window:
// C0 controls and DEL in caret notation (ESC is "^["), C1 controls as U+FFFD. Tab and newline
// stay, and so does CR before LF (calendar files end lines with CRLF), and the colour codes
// prepkit writes itself (the ansi:: constants above).
std::string printable(std::string_view text);

// `text` in the colour or weight `code` (one of ansi::*) when `style` has colour on.
std::string paint(std::string_view text, std::string_view code, const Style& style);

// The display width of UTF-8 `text`, counting code points.
std::size_t columns_of(std::string_view text);

// Wraps `text` into lines of at most `width` columns, each prefixed by `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent = "");

}  // namespace prepkit
