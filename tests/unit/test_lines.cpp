// Shows that lines are read within a cap, whatever their length, and that messages quote input
// as short excerpts that never cut a character.
#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/lines.h"
#include "helpers.h"

using namespace prepkit;

namespace {

struct CloseFile {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, CloseFile>;

// A stream that reads `text`.
File stream_of(const std::string& text) {
  File f(std::tmpfile());
  std::fwrite(text.data(), 1, text.size(), f.get());
  std::rewind(f.get());
  return f;
}

// Every line of `text` read with the cap `max_bytes`.
std::vector<InputLine> lines_of(const std::string& text, std::size_t max_bytes) {
  const File f = stream_of(text);
  std::vector<InputLine> lines;
  while (auto line = read_line(f.get(), max_bytes, "the test input")) lines.push_back(std::move(*line));
  return lines;
}

}  // namespace

TEST_CASE("read_line") {
  SUBCASE("lines end at a newline, a carriage return before it, or the end of the input") {
    const auto lines = lines_of("one\ntwo\r\n\nlast", 10);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == "one");
    CHECK(lines[1].text == "two");
    CHECK(lines[1].length == 3);
    CHECK(lines[2].text.empty());
    CHECK(lines[3].text == "last");
    for (const auto& line : lines) CHECK_FALSE(line.too_long);
  }
  SUBCASE("no input, or a final newline, adds no line") {
    CHECK(lines_of("", 10).empty());
    CHECK(lines_of("a\n", 10).size() == 1);
  }
  SUBCASE("a line of exactly the cap is whole, even before a carriage return") {
    const auto lines = lines_of("12345\n12345\r\n", 5);
    REQUIRE(lines.size() == 2);
    for (const auto& line : lines) {
      CHECK(line.text == "12345");
      CHECK_FALSE(line.too_long);
    }
  }
  SUBCASE("a longer line keeps its beginning and its length, and the next line reads as usual") {
    const auto lines = lines_of("123456\r\nnext\n", 5);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].too_long);
    CHECK(lines[0].text == "12345");
    CHECK(lines[0].length == 6);
    CHECK(lines[1].text == "next");
    CHECK_FALSE(lines[1].too_long);
  }
  SUBCASE("memory stays within the cap however long the line") {
    const File f = stream_of(std::string(10'000'000, 'a') + "\nb\n");
    const auto line = read_line(f.get(), 1000, "the test input");
    REQUIRE(line);
    CHECK(line->too_long);
    CHECK(line->length == 10'000'000);
    CHECK(line->text.size() == 1000);
    CHECK(line->text.capacity() < 4000);
    CHECK(read_line(f.get(), 1000, "the test input")->text == "b");
  }
  SUBCASE("NUL bytes are kept") {
    const auto lines = lines_of(std::string("a\0b\n", 4), 10);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == std::string("a\0b", 3));
  }
  SUBCASE("a read that fails is an I/O error naming the input") {
    test::TempDir dir;
    const File f(std::fopen(dir.path().c_str(), "r"));
    REQUIRE(f);
    CHECK_THROWS_WITH_AS(read_line(f.get(), 10, "the test input"), "cannot read the test input: Is a directory",
                         IoError);
  }
}

TEST_CASE("excerpt") {
  SUBCASE("short text is whole") {
    CHECK(excerpt("") == "");
    CHECK(excerpt("12345", 5) == "12345");
    CHECK(excerpt(std::string(kExcerptChars, 'a')) == std::string(kExcerptChars, 'a'));
  }
  SUBCASE("longer text is cut after the limit, with an ellipsis") {
    CHECK(excerpt("123456", 5) == "12345...");
    CHECK(excerpt(std::string(100'000, 'a')) == std::string(kExcerptChars, 'a') + "...");
  }
  SUBCASE("characters are counted, not bytes, and never cut") {
    CHECK(excerpt("\xc3\xa9\xc3\xa9\xc3\xa9", 3) == "\xc3\xa9\xc3\xa9\xc3\xa9");
    CHECK(excerpt("\xc3\xa9\xc3\xa9\xc3\xa9", 2) == "\xc3\xa9\xc3\xa9...");
    CHECK(excerpt("a\xe2\x82\xac\xe2\x82\xac", 2) == "a\xe2\x82\xac...");
    CHECK(excerpt("\xf0\x9f\x98\x80z", 1) == "\xf0\x9f\x98\x80...");
  }
}

TEST_CASE("excerpt_quoted") {
  const std::string long_value(1000, 'x');
  const std::string cut = std::string(kExcerptChars, 'x') + "...";
  SUBCASE("a message without long quotes is unchanged") {
    for (const std::string message : {"unknown unit 'MBB'; did you mean 'MB', 'MiB'?", "can't read 'it's here' now",
                                      "no quotes at all", "an 'unclosed quote", "'", "''", "Little's law"}) {
      CHECK(excerpt_quoted(message) == message);
    }
  }
  SUBCASE("each long quoted span is cut, the rest kept") {
    CHECK(excerpt_quoted("unknown subtopic '" + long_value + "' (expected one of: a, b)") ==
          "unknown subtopic '" + cut + "' (expected one of: a, b)");
    CHECK(excerpt_quoted("'" + long_value + "' and '" + long_value + "'") == "'" + cut + "' and '" + cut + "'");
    CHECK(excerpt_quoted("found '" + long_value + "don't" + long_value + "'") == "found '" + cut + "'");
  }
  SUBCASE("an apostrophe inside a word opens nothing") {
    CHECK(excerpt_quoted("the editor's '" + long_value + "'") == "the editor's '" + cut + "'");
  }
  SUBCASE("many quotes that never close take linear time") {
    std::string message;
    for (int i = 0; i < 100'000; ++i) message += " 'a";
    CHECK(excerpt_quoted(message) == message);
  }
}
