// Input read a line at a time within a cap, and the short excerpts of input that messages quote,
// so that neither a huge line nor a huge argument costs memory or floods the terminal.
#pragma once

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace prepkit {

// One line of input, as read_line read it.
struct InputLine {
  std::string text;        // the line without its end ("\n", "\r\n"); when too long, only its beginning
  std::size_t length = 0;  // the length of the whole line in bytes, without its end
  bool too_long = false;   // the line was longer than the cap: `text` holds its first bytes only
};

// Reads the next line of `in`, keeping at most `max_bytes` bytes of it: the rest of a longer line
// is read and dropped, so memory stays bounded whatever the input. A line ends at "\n" or at the
// end of the input, and a "\r" before that end is dropped. Returns nothing at the end of the
// input; throws IoError ("cannot read `name`: REASON") when reading fails.
std::optional<InputLine> read_line(std::FILE* in, std::size_t max_bytes, std::string_view name);

// The most characters of echoed input a message quotes.
inline constexpr std::size_t kExcerptChars = 60;

// `text` as a message quotes it: whole when it has at most `max_chars` characters, else its first
// `max_chars` characters and "...". A UTF-8 character is never cut.
std::string excerpt(std::string_view text, std::size_t max_chars = kExcerptChars);

// `message` with each quoted span ('like this': a quote after a non-word character up to a quote
// before one) longer than `max_chars` characters cut to its excerpt; the last safeguard that keeps
// a message one short line whatever it quotes.
std::string excerpt_quoted(std::string_view message, std::size_t max_chars = kExcerptChars);

}  // namespace prepkit
