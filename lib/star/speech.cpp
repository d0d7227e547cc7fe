#include "star/speech.h"

#include <cstdint>

#include <fmt/format.h>

#include "base/markdown.h"

namespace prepkit {

namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// One decoded code point and the bytes it took; invalid bytes decode as themselves, one each.
struct CodePoint {
  std::uint32_t value = 0;
  std::size_t length = 1;
};

CodePoint decode(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return {c, 1};
  std::size_t length = 0;
  std::uint32_t value = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2, value = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3, value = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4, value = c & 0x07u;
  } else {
    return {c, 1};
  }
  if (i + length > text.size()) return {c, 1};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0u) != 0x80u) return {c, 1};
    value = (value << 6u) | (byte(i + k) & 0x3Fu);
  }
  return {value, length};
}

enum class Kind { letter, ideograph, apostrophe, hyphen, point, separator };

// Punctuation, spaces, symbols and emoji outside ASCII: never part of a word.
bool is_unicode_separator(std::uint32_t c) {
  return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7 ||
         (c >= 0x2000 && c <= 0x206F) ||  // general punctuation and spaces
         (c >= 0x20A0 && c <= 0x20CF) ||  // currency
         (c >= 0x2100 && c <= 0x2BFF) ||  // letter-like symbols, arrows, maths, boxes, shapes, dingbats
         (c >= 0x3000 && c <= 0x303F) ||  // CJK punctuation and the ideographic space
         (c >= 0xFE00 && c <= 0xFE0F) ||  // variation selectors
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF ||
         (c >= 0x1F000 && c <= 0x1FAFF);  // emoji and pictographs
}

bool is_ideograph(std::uint32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

Kind kind_of(std::uint32_t c) {
  if (c < 0x80) {
    if (is_ascii_alnum(static_cast<char>(c))) return Kind::letter;
    if (c == '\'') return Kind::apostrophe;
    if (c == '-') return Kind::hyphen;
    if (c == '.' || c == ',') return Kind::point;
    return Kind::separator;
  }
  if (c == 0x2019) return Kind::apostrophe;  // the typographic apostrophe
  if (c == 0x2010 || c == 0x2011) return Kind::hyphen;
  if (is_ideograph(c)) return Kind::ideograph;
  if (is_unicode_separator(c)) return Kind::separator;
  return Kind::letter;
}

bool starts_with(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

// Drops the number of an ordered-list item ("12. " or "3) ") at the start of `line`.
std::string_view without_list_number(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  std::size_t digits = 0;
  while (i + digits < line.size() && is_ascii_digit(line[i + digits])) ++digits;
  if (digits == 0 || digits > 9 || i + digits >= line.size()) return line;
  const char mark = line[i + digits];
  if (mark != '.' && mark != ')') return line;
  if (i + digits + 1 < line.size() && line[i + digits + 1] != ' ' && line[i + digits + 1] != '\t') return line;
  return line.substr(i + digits + 1);
}

// The end of a bracketed part that starts at `open` (`(` or `[`), on the same line; npos if
// it never closes.
std::size_t closing(std::string_view line, std::size_t open) {
  const char left = line[open];
  const char right = left == '(' ? ')' : ']';
  int depth = 0;
  for (std::size_t i = open; i < line.size(); ++i) {
    if (line[i] == left) ++depth;
    if (line[i] == right && --depth == 0) return i;
  }
  return std::string_view::npos;
}

bool is_url_start(std::string_view line, std::size_t i) {
  return starts_with(line, i, "http://") || starts_with(line, i, "https://") || starts_with(line, i, "www.");
}

// Appends a code span's content as words: each whitespace-separated token holding a letter or
// digit becomes one word, its punctuation dropped.
void append_code(std::string& out, std::string_view code) {
  std::size_t i = 0;
  while (i < code.size()) {
    while (i < code.size() && (code[i] == ' ' || code[i] == '\t')) ++i;
    std::size_t end = i;
    while (end < code.size() && code[end] != ' ' && code[end] != '\t') ++end;
    std::string token;
    for (std::size_t k = i; k < end; ++k) {
      const auto c = static_cast<unsigned char>(code[k]);
      if (c >= 0x80 || is_ascii_alnum(code[k])) token += code[k];
    }
    if (!token.empty()) out += " " + token + " ";
    i = end;
  }
}

// Appends the spoken part of `line`, a stretch of one line outside HTML comments, to `out`.
void speak(std::string_view line, std::string& out) {
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '`') {
      const BacktickRun run = backtick_run(line, i);
      if (run.code) {
        append_code(out, *run.code);
      } else {
        out += ' ';
      }
      i = run.end;
      continue;
    }
    if (c == '!' && i + 1 < line.size() && line[i + 1] == '[') {  // an image: its alt line is not said
      const std::size_t end = closing(line, i + 1);
      if (end != std::string_view::npos) {
        std::size_t after = end + 1;
        if (after < line.size() && (line[after] == '(' || line[after] == '[')) {
          const std::size_t target = closing(line, after);
          if (target != std::string_view::npos) after = target + 1;
        }
        out += ' ';
        i = after;
        continue;
      }
    }
    if (c == ']' && i + 1 < line.size() && (line[i + 1] == '(' || line[i + 1] == '[')) {  // a link's target
      const std::size_t end = closing(line, i + 1);
      if (end != std::string_view::npos) {
        out += ' ';
        i = end + 1;
        continue;
      }
    }
    if (c == '<' && i + 1 < line.size() &&
        (line[i + 1] == '/' || (line[i + 1] >= 'a' && line[i + 1] <= 'z') ||
         (line[i + 1] >= 'A' && line[i + 1] <= 'Z'))) {
      const std::size_t end = line.find('>', i);
      if (end != std::string_view::npos) {  // an HTML tag or an autolink
        out += ' ';
        i = end + 1;
        continue;
      }
    }
    if (is_url_start(line, i) && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '(' || line[i - 1] == '\t')) {
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
      out += ' ';
      continue;
    }
    out += c;
    ++i;
  }
}

// Appends the spoken part of `line`, read by the scanner as `scanned`, to `out`: a text line's
// stretches outside comments, a space where each comment ends, and no ordered-list number.
void speak_line(std::string_view line, const MarkdownLine& scanned, std::string& out) {
  if (scanned.kind != LineKind::text) return;  // headings label the text; code is not said
  for (std::size_t k = 0; k < scanned.outside.size(); ++k) {
    std::string_view part = scanned.outside[k];
    if (k > 0 || scanned.starts_in_comment) {
      out += ' ';
    } else {
      part.remove_prefix(line.size() - without_list_number(line).size());
    }
    speak(part, out);
  }
}

}  // namespace

std::string spoken_text(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  MarkdownScanner scanner;
  for (const std::string_view line : split_lines(markdown)) {
    // A link reference definition ("[1]: https://...") is not said.
    const bool definition = !scanner.in_comment() && !scanner.in_fence() && !line.empty() && line.front() == '[' &&
                            line.find("]:") != std::string_view::npos;
    const MarkdownLine scanned = scanner.scan(line);
    if (!definition) speak_line(line, scanned, out);
    out += '\n';
  }
  return out;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  std::size_t word_start = std::string_view::npos;
  std::uint32_t previous = 0;  // the last code point of the word being read
  const auto finish = [&](std::size_t end) {
    if (word_start != std::string_view::npos) words.push_back(text.substr(word_start, end - word_start));
    word_start = std::string_view::npos;
  };
  while (i < text.size()) {
    const CodePoint cp = decode(text, i);
    const Kind kind = kind_of(cp.value);
    if (kind == Kind::letter) {
      if (word_start == std::string_view::npos) word_start = i;
      previous = cp.value;
      i += cp.length;
      continue;
    }
    if (kind == Kind::ideograph) {
      finish(i);
      words.push_back(text.substr(i, cp.length));
      i += cp.length;
      continue;
    }
    // A joiner keeps the word going only between two letters (or, for a point, two digits).
    if (word_start != std::string_view::npos && kind != Kind::separator && i + cp.length < text.size()) {
      const CodePoint next = decode(text, i + cp.length);
      const bool joins = kind == Kind::point ? previous < 0x80 && is_ascii_digit(static_cast<char>(previous)) &&
                                                   next.value < 0x80 && is_ascii_digit(static_cast<char>(next.value))
                                             : kind_of(next.value) == Kind::letter;
      if (joins) {
        i += cp.length;
        continue;
      }
    }
    finish(i);
    i += cp.length;
  }
  finish(text.size());
  return words;
}

std::size_t count_words(std::string_view markdown) { return split_words(spoken_text(markdown)).size(); }

long speaking_seconds(std::size_t words, int rate) {
  if (rate <= 0) return 0;
  return static_cast<long>((words * 60 + static_cast<std::size_t>(rate) / 2) / static_cast<std::size_t>(rate));
}

}  // namespace prepkit
