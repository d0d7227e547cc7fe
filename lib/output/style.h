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
  bool color = false;      // ANSI colours (only on a terminal, never with NO_COLOR)
  std::size_t width = 80;  // wrap prose at this many columns
};

// `text` in the colour or weight `code` (one of ansi::*) when `style` has colour on.
std::string paint(std::string_view text, std::string_view code, const Style& style);

// The display width of UTF-8 `text`, counting code points.
std::size_t columns_of(std::string_view text);

// Wraps `text` into lines of at most `width` columns, each prefixed by `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent = "");

}  // namespace prepkit
