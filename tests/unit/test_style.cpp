// Shows how text is painted, measured and wrapped for the terminal.
#include <doctest/doctest.h>

#include "helpers.h"
#include "output/style.h"

using namespace prepkit;

TEST_CASE("paint") {
  Style plain;
  CHECK(paint("x", ansi::bold, plain) == "x");
  Style color;
  color.color = true;
  CHECK(paint("x", ansi::bold, color) == "\033[1mx\033[0m");
  CHECK(paint("", ansi::bold, color).empty());
}

TEST_CASE("columns_of") {
  CHECK(columns_of("abc") == 3);
  CHECK(columns_of("caf\xc3\xa9 \xe2\x96\x88") == 6);
}

TEST_CASE("wrap") {
  CHECK(wrap("aaa bbb ccc", 7) == "aaa bbb\nccc\n");
  CHECK(wrap("aaa bbb", 7, "  ") == "  aaa\n  bbb\n");
  CHECK(wrap("averyveryverylongword x", 5) == "averyveryverylongword\nx\n");
  CHECK(wrap("caf\xc3\xa9 caf\xc3\xa9", 9) == "caf\xc3\xa9 caf\xc3\xa9\n");  // width counts characters
  CHECK(wrap("", 10).empty());
}

TEST_CASE("locale_is_utf8 reads LC_ALL, then LC_CTYPE, then LANG") {
  test::ScopedEnv all("LC_ALL", "");
  test::ScopedEnv ctype("LC_CTYPE", "");
  {
    test::ScopedEnv lang("LANG", "en_GB.UTF-8");
    CHECK(locale_is_utf8());
    test::ScopedEnv c("LC_CTYPE", "C");
    CHECK_FALSE(locale_is_utf8());
    test::ScopedEnv over("LC_ALL", "C.utf8");
    CHECK(locale_is_utf8());
  }
  test::ScopedEnv lang("LANG", "");
  CHECK_FALSE(locale_is_utf8());  // nothing set: the C locale
}

TEST_CASE("separator and meter fall back to ASCII") {
  Style unicode;
  Style ascii;
  ascii.unicode = false;
  CHECK(separator(unicode) == "·");
  CHECK(separator(ascii) == "-");
  CHECK(meter(3, 10, unicode) == "███·······");
  CHECK(meter(3, 10, ascii) == "###.......");
  CHECK(meter(0, 4, ascii) == "....");
  CHECK(meter(4, 4, ascii) == "####");
}

TEST_CASE("printable makes the controls a terminal would obey visible") {
  CHECK(printable("plain text, café — ok\tnext\n") == "plain text, café — ok\tnext\n");
  CHECK(printable("title\033]0;pwned\a\033[2J") == "title^[]0;pwned^G^[[2J");
  CHECK(printable("over\rwrite") == "over^Mwrite");
  CHECK(printable("line\r\n") == "line\r\n");  // CRLF, as a calendar file ends its lines
  CHECK(printable(std::string("nul\0del\x7f", 8)) == "nul^@del^?");
  CHECK(printable("csi\xc2\x9b"
                  "2J") == "csi\uFFFD2J");
  // The colour codes prepkit writes itself pass; any other escape does not.
  CHECK(printable("\033[1mbold\033[0m") == "\033[1mbold\033[0m");
  CHECK(printable("\033[1;31mx") == "^[[1;31mx");
}
