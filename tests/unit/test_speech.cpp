// Shows how spoken words are counted in Markdown.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "star/speech.h"

using namespace prepkit;

namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  for (const auto word : split_words(text)) out.emplace_back(word);
  return out;
}

}  // namespace

TEST_CASE("split_words") {
  SUBCASE("punctuation is not a word, and does not join words") {
    CHECK(words_of("Hello, world! -- a test; (really) ... & | * #") ==
          std::vector<std::string>{"Hello", "world", "a", "test", "really"});
    CHECK(words_of("read/write, TCP/IP") == std::vector<std::string>{"read", "write", "TCP", "IP"});
  }
  SUBCASE("apostrophes and hyphens inside a word keep it whole") {
    CHECK(words_of("I don't own the on-call rota; it’s the team's") ==
          std::vector<std::string>{"I", "don't", "own", "the", "on-call", "rota", "it’s", "the", "team's"});
    CHECK(words_of("'quoted' and trailing- -leading") ==
          std::vector<std::string>{"quoted", "and", "trailing", "leading"});
  }
  SUBCASE("numbers with points and commas are one word; units and signs are not words") {
    CHECK(words_of("p95 fell 3.5x from 1,200 ms to 40% ($2M saved).") ==
          std::vector<std::string>{"p95", "fell", "3.5x", "from", "1,200", "ms", "to", "40", "2M", "saved"});
    CHECK(words_of("It ended. 2 more") == std::vector<std::string>{"It", "ended", "2", "more"});
  }
  SUBCASE("Unicode letters, spaces, dashes and emoji") {
    CHECK(words_of("naïve Zürich café — déjà vu") == std::vector<std::string>{"naïve", "Zürich", "café", "déjà", "vu"});
    CHECK(words_of("Москва\u00a0и\u2003Київ") == std::vector<std::string>{"Москва", "и", "Київ"});
    CHECK(words_of("shipped 🚀 on time ✅") == std::vector<std::string>{"shipped", "on", "time"});
    CHECK(words_of("«guillemets» “quotes” ‘single’") == std::vector<std::string>{"guillemets", "quotes", "single"});
  }
  SUBCASE("each Chinese or Japanese character is a word") {
    CHECK(words_of("性能を改善") == std::vector<std::string>{"性", "能", "を", "改", "善"});
    CHECK(words_of("API性能") == std::vector<std::string>{"API", "性", "能"});
  }
  SUBCASE("invalid UTF-8 does not crash and counts as letters") { CHECK(split_words("a\xff\xfe b").size() == 2); }
}

TEST_CASE("spoken_text and count_words") {
  SUBCASE("HTML comments, on one line or several, are not said") {
    CHECK(count_words("<!-- a prompt here --> Two words") == 2);
    CHECK(count_words("before <!-- a\nlong\ncomment --> after") == 2);
  }
  SUBCASE("a code span is one word per token") {
    CHECK(count_words("I set `max_connections` to `200` and ran `SELECT * FROM orders`") == 10);
    CHECK(count_words("unclosed ` backtick") == 2);
    CHECK(count_words("``code with ` inside``") == 3);
  }
  SUBCASE("fenced code blocks are not said") {
    CHECK(count_words("One two\n```sql\nSELECT a, b FROM t;\n```\nthree") == 3);
    CHECK(count_words("~~~~\n~~~\nstill code\n~~~~\nsaid") == 1);
  }
  SUBCASE("a fence closes only on a line of its own") {
    CHECK(count_words("```\ncode\n``` not a close\nstill code\n```\nsaid") == 1);
  }
  SUBCASE("a comment is found before links, URLs and tags, and opens even after a definition") {
    CHECK(count_words("see http://x.org<!-- a note --> now") == 2);
    CHECK(count_words("[1]: https://x <!-- a note\nstill a note -->said") == 1);
  }
  SUBCASE("only a run of as many backticks closes a code span") { CHECK(count_words("``a`````b`` c") == 2); }
  SUBCASE("links keep their text; images, URLs and tags are not said") {
    CHECK(count_words("see [the runbook](https://wiki/x/y) now") == 4);
    CHECK(count_words("see [the runbook][1] now\n[1]: https://wiki/x") == 4);
    CHECK(count_words("![a diagram of the queue](q.png) shows it") == 2);
    CHECK(count_words("docs at https://example.com/a-b-c and www.x.org/y") == 3);
    CHECK(count_words("line<br>break <b>bold</b> <https://x.y/z>") == 3);
    CHECK(count_words("latency < 200 ms and a<b") == 6);
  }
  SUBCASE("headings, Markdown markers and list numbers are not said") {
    CHECK(count_words("# Heading\n- one\n* two\n1. three\n12) four\n> quote **bold** _it_ | cell |") == 8);
    CHECK(count_words("### A sub-heading\n#hashtag and #123") == 3);
    CHECK(count_words("2. The 3 services") == 3);
  }
  SUBCASE("CRLF line endings count the same") {
    CHECK(count_words("one two\r\nthree\r\n```\r\ncode\r\n```\r\nfour") == 4);
  }
  SUBCASE("an empty text has no words") {
    CHECK(count_words("") == 0);
    CHECK(count_words("\n\n  \n") == 0);
  }
}

TEST_CASE("speaking_seconds") {
  CHECK(speaking_seconds(150, 150) == 60);
  CHECK(speaking_seconds(0, 150) == 0);
  CHECK(speaking_seconds(1, 150) == 0);  // 0.4 s
  CHECK(speaking_seconds(2, 150) == 1);  // 0.8 s
  CHECK(speaking_seconds(375, 150) == 150);
  CHECK(speaking_seconds(100, 120) == 50);
}
