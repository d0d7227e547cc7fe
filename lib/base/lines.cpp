#include "base/lines.h"

#include <algorithm>
#include <cctype>
#include <cerrno>

#include <fmt/format.h>

#include "base/error.h"

namespace prepkit {

namespace {

// Holds a stream's lock, so that getc_unlocked reads it safely and fast.
class StreamLock {
 public:
  explicit StreamLock(std::FILE* in) : in_(in) { ::flockfile(in_); }
  StreamLock(const StreamLock&) = delete;
  StreamLock& operator=(const StreamLock&) = delete;
  ~StreamLock() { ::funlockfile(in_); }

 private:
  std::FILE* in_;
};

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xc0) == 0x80; }

// Where the character after the first `max_chars` characters of `text` starts, if there is one.
std::optional<std::size_t> cut_point(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (continuation(text[i])) continue;
    if (chars == max_chars) return i;
    ++chars;
  }
  return std::nullopt;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

std::optional<InputLine> read_line(std::FILE* in, std::size_t max_bytes, std::string_view name) {
  InputLine line;
  const StreamLock lock(in);
  int c = 0;
  bool any = false;
  bool last_cr = false;
  while ((c = getc_unlocked(in)) != EOF && c != '\n') {
    any = true;
    ++line.length;
    last_cr = c == '\r';
    // One byte more than the cap is kept, for the "\r" that may end the line.
    if (line.text.size() <= max_bytes) line.text += static_cast<char>(c);
  }
  if (std::ferror(in)) throw IoError(system_message(fmt::format("cannot read {}", name), errno));
  if (c == EOF && !any) return std::nullopt;
  if (last_cr) --line.length;
  line.too_long = line.length > max_bytes;
  line.text.resize(std::min(line.length, max_bytes));
  return line;
}

std::string excerpt(std::string_view text, std::size_t max_chars) {
  const auto cut = cut_point(text, max_chars);
  if (!cut) return std::string(text);
  return std::string(text.substr(0, *cut)) + "...";
}

std::string excerpt_quoted(std::string_view message, std::size_t max_chars) {
  const auto closes = [&](std::size_t at) {
    return message[at] == '\'' && (at + 1 == message.size() || !word_char(message[at + 1]));
  };
  std::string out;
  std::size_t i = 0;
  while (i < message.size()) {
    if (message[i] != '\'' || (i > 0 && word_char(message[i - 1]))) {
      out += message[i++];
      continue;
    }
    std::size_t close = i + 1;
    while (close < message.size() && !closes(close)) ++close;
    if (close == message.size()) break;  // no quote closes after this one: none closes later either
    out += '\'' + excerpt(message.substr(i + 1, close - i - 1), max_chars) + '\'';
    i = close + 1;
  }
  out += message.substr(i);
  return out;
}

}  // namespace prepkit
