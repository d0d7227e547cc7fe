// Shows how text is painted, measured and wrapped for the terminal.
#include <doctest/doctest.h>

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
