// Markdown read a line at a time: the one line splitter, ATX headings, code spans, and the
// fenced code blocks and HTML comments that carry over from one line to the next.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace prepkit {

// The lines of `text` without their endings: a line ends at each '\n', one '\r' at the end of a
// line is dropped ("\r\n" endings, or a '\r' ending the text), and a final '\n' does not start
// another, empty line ("a\nb\n" and "a\nb" both give {"a", "b"}; "" gives none).
std::vector<std::string_view> split_lines(std::string_view text);

// `text` without the spaces and tabs at either end.
std::string_view trim(std::string_view text);

// An ATX heading: its level (1 to 6) and its text without the #s around it.
struct AtxHeading {
  int level = 0;
  std::string_view text;
};

// The heading `line` is: up to 3 spaces, 1 to 6 '#', then the end, a space or a tab; a closing
// run of #s after a space is not part of the text.
std::optional<AtxHeading> atx_heading(std::string_view line);

// A run of backticks in a line, and the code span it opens if the line closes it.
struct BacktickRun {
  std::size_t length = 0;                // how many backticks the run has
  std::optional<std::string_view> code;  // the span's content, when a later run of exactly as many closes it
  std::size_t end = 0;                   // the index just past the closing run, or past this run when unclosed
};

// The run of backticks that starts at `at` in `line` (whose character there is '`').
BacktickRun backtick_run(std::string_view line, std::size_t at);

// What a line of Markdown is, given the lines before it.
enum class LineKind {
  text,     // prose, or part of an HTML comment
  heading,  // an ATX heading outside comments and code
  fence,    // a code fence (``` or ~~~) that opens or closes a fenced code block
  code,     // a line inside a fenced code block
};

// One line as MarkdownScanner::scan sees it.
struct MarkdownLine {
  LineKind kind = LineKind::text;
  // For text and heading lines, the stretches outside HTML comments, in order: the first starts
  // the line unless it `starts_in_comment`, every other starts just after a "-->" (and may be empty).
  std::vector<std::string_view> outside;
  bool starts_in_comment = false;  // whether an HTML comment was open before the line
  bool ends_in_comment = false;    // whether an HTML comment is open after the line
};

// Reads Markdown fed one line at a time (as split_lines gives them), keeping what spans lines.
// A fence is 3 or more ` or ~ after up to 3 spaces; the block it opens is closed by a line of
// the same character, at least as long, after up to 3 spaces and followed only by spaces or
// tabs. An HTML comment opens at "<!--" outside code spans and closes at the next "-->", on that
// line or a later one; no fence or heading is seen inside one, and a heading never opens one
// (an unclosed "<!--" in a heading is text). Nothing inside a fenced code block is a comment.
class MarkdownScanner {
 public:
  // Reads `line`, the line after the last one read, and says what it is.
  MarkdownLine scan(std::string_view line);

  // Whether an HTML comment is open before the next line.
  bool in_comment() const { return in_comment_; }

  // Whether a fenced code block is open before the next line.
  bool in_fence() const { return fence_char_ != 0; }

 private:
  bool in_comment_ = false;
  char fence_char_ = 0;  // the open fence's character, 0 for none
  std::size_t fence_length_ = 0;
};

}  // namespace prepkit
