#include "output/style.h"

#include <algorithm>

#include <fmt/format.h>

namespace prepkit {

std::string paint(std::string_view text, std::string_view code, const Style& style) {
  if (!style.color || text.empty()) return std::string(text);
  return fmt::format("{}{}{}", code, text, ansi::reset);
}

std::size_t columns_of(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }));
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  std::string line(indent);
  std::size_t line_columns = columns_of(indent);
  bool line_has_word = false;
  std::size_t i = 0;
  const auto flush = [&] {
    out += line;
    out += '\n';
    line.assign(indent);
    line_columns = columns_of(indent);
    line_has_word = false;
  };
  while (i < text.size()) {
    if (text[i] == '\n') {
      flush();
      ++i;
      continue;
    }
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n') ++end;
    const std::string_view word = text.substr(i, end - i);
    const std::size_t word_columns = columns_of(word);
    if (line_has_word && line_columns + 1 + word_columns > width) flush();
    if (line_has_word) {
      line += ' ';
      ++line_columns;
    }
    line += word;
    line_columns += word_columns;
    line_has_word = true;
    i = end;
  }
  if (line_has_word) flush();
  return out;
}

}  // namespace prepkit
