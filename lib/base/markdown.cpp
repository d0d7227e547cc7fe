#include "base/markdown.h"

namespace prepkit {

namespace {

// How many spaces (at most 3) indent `line`.
std::size_t indent_of(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  return i;
}

// How many times `c` repeats in `line` from `at`.
std::size_t run_of(std::string_view line, std::size_t at, char c) {
  std::size_t n = 0;
  while (at + n < line.size() && line[at + n] == c) ++n;
  return n;
}

// A code fence on a line: its character, its length and what follows it.
struct Fence {
  char c = 0;
  std::size_t length = 0;
  std::string_view rest;
};

std::optional<Fence> fence_of(std::string_view line) {
  const std::size_t i = indent_of(line);
  if (i >= line.size() || (line[i] != '`' && line[i] != '~')) return std::nullopt;
  const std::size_t n = run_of(line, i, line[i]);
  if (n < 3) return std::nullopt;
  return Fence{line[i], n, line.substr(i + n)};
}

// The stretches of `line` outside HTML comments; `open` says whether one is open before the
// line and, afterwards, whether one is open after it.
std::vector<std::string_view> outside_comments(std::string_view line, bool& open) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;  // where the current stretch outside a comment starts
  std::size_t i = 0;
  while (open || i < line.size()) {
    if (open) {
      const auto end = line.find("-->", i);
      if (end == std::string_view::npos) return parts;
      open = false;
      start = i = end + 3;
    } else if (line[i] == '`') {
      i = backtick_run(line, i).end;
    } else if (line.compare(i, 4, "<!--") == 0) {
      parts.push_back(line.substr(start, i - start));
      open = true;
      i += 4;
    } else {
      ++i;
    }
  }
  parts.push_back(line.substr(start));
  return parts;
}

}  // namespace

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::optional<AtxHeading> atx_heading(std::string_view line) {
  const std::size_t i = indent_of(line);
  const std::size_t level = run_of(line, i, '#');
  if (level == 0 || level > 6) return std::nullopt;
  std::string_view rest = line.substr(i + level);
  if (!rest.empty() && rest[0] != ' ' && rest[0] != '\t') return std::nullopt;
  rest = trim(rest);
  // A closing run of #s, preceded by a space, is not part of the text.
  const auto hashes = rest.find_last_not_of('#');
  if (hashes == std::string_view::npos) {
    rest = {};
  } else if (hashes + 1 < rest.size() && (rest[hashes] == ' ' || rest[hashes] == '\t')) {
    rest = trim(rest.substr(0, hashes));
  }
  return AtxHeading{static_cast<int>(level), rest};
}

BacktickRun backtick_run(std::string_view line, std::size_t at) {
  const std::size_t length = run_of(line, at, '`');
  for (std::size_t i = at + length; i < line.size();) {
    const std::size_t run = run_of(line, i, '`');
    if (run == length) return {length, line.substr(at + length, i - at - length), i + run};
    i += run == 0 ? 1 : run;
  }
  return {length, std::nullopt, at + length};
}

MarkdownLine MarkdownScanner::scan(std::string_view line) {
  MarkdownLine out;
  out.starts_in_comment = out.ends_in_comment = in_comment_;
  if (fence_char_ != 0) {
    const auto fence = fence_of(line);
    const bool closes = fence && fence->c == fence_char_ && fence->length >= fence_length_ && trim(fence->rest).empty();
    if (closes) fence_char_ = 0;
    out.kind = closes ? LineKind::fence : LineKind::code;
    return out;
  }
  if (!in_comment_) {
    if (const auto fence = fence_of(line)) {
      fence_char_ = fence->c;
      fence_length_ = fence->length;
      out.kind = LineKind::fence;
      return out;
    }
    if (atx_heading(line)) {
      out.kind = LineKind::heading;
      bool open = false;
      out.outside = outside_comments(line, open);
      // An unclosed "<!--" in a heading is text: the last stretch runs to the end of the line.
      if (open) out.outside.back() = line.substr(static_cast<std::size_t>(out.outside.back().data() - line.data()));
      return out;
    }
  }
  out.outside = outside_comments(line, in_comment_);
  out.ends_in_comment = in_comment_;
  return out;
}

}  // namespace prepkit
