#include "output/style.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>

#include <fmt/format.h>

namespace prepkit {

std::string paint(std::string_view text, std::string_view code, const Style& style) {
  if (!style.color || text.empty()) return std::string(text);
  return fmt::format("{}{}{}", code, text, ansi::reset);
}

bool locale_is_utf8() {
  const char* value = nullptr;
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    value = std::getenv(name);
    if (value && *value) break;
  }
  if (!value || !*value) return false;
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
}

std::string_view separator(const Style& style) { return style.unicode ? "·" : "-"; }

std::string meter(int filled, int cells, const Style& style) {
  std::string out;
  for (int i = 0; i < cells; ++i) out += i < filled ? (style.unicode ? "█" : "#") : (style.unicode ? "·" : ".");
  return out;
}

std::string printable(std::string_view text) {
  static constexpr std::string_view kOwnCodes[] = {ansi::bold,   ansi::dim,  ansi::red,  ansi::green,
                                                   ansi::yellow, ansi::cyan, ansi::reset};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      out += static_cast<char>(c);
    } else if (c == 0x1b) {
      const auto own = std::find_if(std::begin(kOwnCodes), std::end(kOwnCodes),
                                    [&](std::string_view code) { return text.substr(i, code.size()) == code; });
      if (own != std::end(kOwnCodes)) {
        out += *own;
        i += own->size() - 1;
      } else {
        out += "^[";
      }
    } else if (c < 0x20 || c == 0x7f) {
      out += '^';
      out += static_cast<char>(c ^ 0x40);
    } else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      out += "\uFFFD";  // a C1 control, such as U+009B (CSI)
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
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
