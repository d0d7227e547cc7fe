// Shows how Markdown is read a line at a time: lines, headings, code spans, fences and comments.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/markdown.h"

using namespace prepkit;

namespace {

using Lines = std::vector<std::string_view>;

// One letter per line of `text` for what the scanner makes of it: t(ext), h(eading), f(ence), c(ode).
std::string kinds(std::string_view text) {
  MarkdownScanner scanner;
  std::string out;
  for (const auto line : split_lines(text)) {
    switch (scanner.scan(line).kind) {
    case LineKind::text: out += 't'; break;
    case LineKind::heading: out += 'h'; break;
    case LineKind::fence: out += 'f'; break;
    case LineKind::code: out += 'c'; break;
    }
  }
  return out;
}

// Each line's stretches outside comments, in brackets, after '<' when it starts in a comment
// and before '>' when it ends in one; lines joined by '/'.
std::string outside(std::string_view text) {
  MarkdownScanner scanner;
  std::string out;
  std::size_t n = 0;
  for (const auto line : split_lines(text)) {
    const MarkdownLine scanned = scanner.scan(line);
    if (n++ > 0) out += '/';
    if (scanned.starts_in_comment) out += '<';
    for (const auto part : scanned.outside) out += "[" + std::string(part) + "]";
    if (scanned.ends_in_comment) out += '>';
  }
  return out;
}

}  // namespace

TEST_CASE("split_lines") {
  SUBCASE("a final newline does not start an empty line") {
    CHECK(split_lines("a\nb\n") == Lines{"a", "b"});
    CHECK(split_lines("a\nb") == Lines{"a", "b"});
  }
  SUBCASE("empty lines in between are kept") {
    CHECK(split_lines("\na\n\n\nb\n\n") == Lines{"", "a", "", "", "b", ""});
    CHECK(split_lines("\n") == Lines{""});
  }
  SUBCASE("empty text has no lines") { CHECK(split_lines("").empty()); }
  SUBCASE("CRLF: one carriage return before the newline or at the end goes") {
    CHECK(split_lines("a\r\nb\r\n") == Lines{"a", "b"});
    CHECK(split_lines("a\r\nb\r") == Lines{"a", "b"});
    CHECK(split_lines("a\r\r\n\r\n") == Lines{"a\r", ""});
    CHECK(split_lines("a\rb") == Lines{"a\rb"});
  }
}

TEST_CASE("atx_heading") {
  SUBCASE("level and text") {
    const auto heading = atx_heading("## Task");
    REQUIRE(heading);
    CHECK(heading->level == 2);
    CHECK(heading->text == "Task");
    CHECK(atx_heading("###### six")->level == 6);
  }
  SUBCASE("a closing run of #s after a space is not text") {
    CHECK(atx_heading("# Title ##")->text == "Title");
    CHECK(atx_heading("# C#")->text == "C#");
    CHECK(atx_heading("#")->text == "");
    CHECK(atx_heading("## ##")->text == "");
  }
  SUBCASE("up to 3 spaces of indent") {
    CHECK(atx_heading("   # three")->text == "three");
    CHECK_FALSE(atx_heading("    # four"));
  }
  SUBCASE("not headings") {
    CHECK_FALSE(atx_heading("#hashtag"));
    CHECK_FALSE(atx_heading("####### seven"));
    CHECK_FALSE(atx_heading("text # not"));
    CHECK_FALSE(atx_heading(""));
  }
  SUBCASE("a tab may follow the #s") { CHECK(atx_heading("#\tTab")->text == "Tab"); }
}

TEST_CASE("backtick_run") {
  SUBCASE("a closed span gives its content and the end of the closing run") {
    const BacktickRun run = backtick_run("a `code` b", 2);
    CHECK(run.length == 1);
    CHECK(run.code == "code");
    CHECK(run.end == 8);
  }
  SUBCASE("only a run of exactly as many backticks closes") {
    CHECK(backtick_run("``a ` b``", 0).code == "a ` b");
    CHECK(backtick_run("`a``b`", 0).code == "a``b");
    CHECK(backtick_run("``a```b``", 0).code == "a```b");
  }
  SUBCASE("an unclosed run ends after itself") {
    const BacktickRun run = backtick_run("x ``y` z", 2);
    CHECK(run.length == 2);
    CHECK_FALSE(run.code);
    CHECK(run.end == 4);
  }
  SUBCASE("a span may hold a shorter run") { CHECK(backtick_run("a `` ` `` b", 2).code == " ` "); }
}

TEST_CASE("MarkdownScanner::scan") {
  SUBCASE("fence open and close with ``` and with ~~~") {
    CHECK(kinds("a\n```sql\nSELECT 1;\n```\nb") == "tfcft");
    CHECK(kinds("a\n~~~\ncode\n~~~\nb") == "tfcft");
  }
  SUBCASE("a fence closes only with its own character") {
    CHECK(kinds("```\n~~~\ncode\n```\nb") == "fccft");
    CHECK(kinds("~~~\n```\ncode\n~~~\nb") == "fccft");
  }
  SUBCASE("a longer closing fence closes; a shorter one does not") {
    CHECK(kinds("```\ncode\n`````\nb") == "fcft");
    CHECK(kinds("~~~~\n~~~\ncode\n~~~~\nb") == "fccft");
  }
  SUBCASE("a closing fence has nothing after it but spaces and tabs") {
    CHECK(kinds("```\ncode\n``` \t\nb") == "fcft");
    CHECK(kinds("```\ncode\n``` not a close\nb\n```\nc") == "fcccft");
  }
  SUBCASE("fences and headings are indented at most 3 spaces") {
    CHECK(kinds("   ```\ncode\n   ```\nb") == "fcft");
    CHECK(kinds("    ```\nb") == "tt");
    CHECK(kinds("```\n    ```\nb") == "fcc");
    CHECK(kinds("   # h\n    # not") == "ht");
  }
  SUBCASE("an unclosed fence runs to the end") { CHECK(kinds("```\na\n\n# b") == "fccc"); }
  SUBCASE("two backticks or tildes are not a fence") { CHECK(kinds("``\n~~\na") == "ttt"); }
  SUBCASE("a comment across lines") {
    CHECK(outside("a <!-- one\ntwo\nthree --> b") == "[a ]>/<>/<[ b]");
    CHECK(kinds("<!--\n```\n# h\n-->\n# h") == "tttth");
    CHECK(outside("<!--\n-->") == "[]>/<[]");
  }
  SUBCASE("comments and text on one line") {
    CHECK(outside("a <!-- x --> b <!-- y --> c") == "[a ][ b ][ c]");
    CHECK(outside("<!-- x -->") == "[][]");
    CHECK(outside("<!-- x -->\nafter") == "[][]/[after]");
    CHECK(outside("<!-->still open\n-->") == "[]>/<[]");
  }
  SUBCASE("a comment marker in a code span is text") {
    CHECK(outside("`<!--` b") == "[`<!--` b]");
    CHECK(outside("``a ` <!--`` b <!-- c") == "[``a ` <!--`` b ]>");
    CHECK(outside("` <!-- unclosed") == "[` ]>");
  }
  SUBCASE("nothing inside a fenced code block is a comment") {
    CHECK(outside("```\n<!--\n```\nb") == "///[b]");
    CHECK(kinds("```\n<!--\n```\n# h") == "fcfh");
  }
  SUBCASE("a heading never opens a comment; a closed one in it is left out") {
    CHECK(outside("# Title <!-- draft\nb") == "[# Title <!-- draft]/[b]");
    CHECK(outside("## Task <!-- x --> more") == "[## Task ][ more]");
    CHECK(kinds("# Title <!-- draft\n## Task") == "hh");
  }
  SUBCASE("what the scanner carries between lines") {
    MarkdownScanner scanner;
    CHECK_FALSE(scanner.in_comment());
    CHECK_FALSE(scanner.in_fence());
    scanner.scan("a <!-- b");
    CHECK(scanner.in_comment());
    scanner.scan("--> ~~~");
    CHECK_FALSE(scanner.in_comment());
    CHECK_FALSE(scanner.in_fence());
    scanner.scan("~~~ info");
    CHECK(scanner.in_fence());
    CHECK_FALSE(scanner.in_comment());
  }
  SUBCASE("CRLF text reads as LF text") {
    CHECK(kinds("a\r\n```\r\ncode\r\n```\r\nb\r\n") == "tfcft");
    CHECK(outside("a <!-- x\r\ny -->\r\n") == "[a ]>/<[]");
  }
  SUBCASE("empty text and empty lines") {
    CHECK(kinds("") == "");
    CHECK(outside("\n\n") == "[]/[]");
  }
  SUBCASE("no trailing newline") {
    CHECK(kinds("```\ncode") == "fc");
    CHECK(outside("a <!-- b") == "[a ]>");
  }
}

TEST_CASE("trim") {
  CHECK(trim(" \tTask \t") == "Task");
  CHECK(trim("a b") == "a b");
  CHECK(trim(" \t ").empty());
  CHECK(trim("").empty());
}
