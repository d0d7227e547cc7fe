// Shows RFC 5545 escaping and folding.
#include <doctest/doctest.h>

#include "output/ics.h"

using namespace prepkit;

TEST_CASE("ics_escape") { CHECK(ics_escape("a, b; c\\d\nnext") == "a\\, b\\; c\\\\d\\nnext"); }

TEST_CASE("ics_line folds at 75 octets") {
  CHECK(ics_line("SUMMARY:short") == "SUMMARY:short\r\n");
  const std::string long_line = "DESCRIPTION:" + std::string(100, 'x');
  const std::string folded = ics_line(long_line);
  CHECK(folded.substr(0, 75) == long_line.substr(0, 75));
  CHECK(folded.substr(75, 3) == "\r\n ");
  CHECK(folded.size() == long_line.size() + 3 + 2);
  SUBCASE("never inside a UTF-8 character") {
    std::string text = "SUMMARY:" + std::string(66, 'a');
    for (int i = 0; i < 10; ++i) text += "\xc3\xa9";  // é, two octets each
    const std::string out = ics_line(text);
    const std::size_t fold = out.find("\r\n ");
    REQUIRE(fold != std::string::npos);
    CHECK(fold <= 75);
    CHECK((static_cast<unsigned char>(out[fold + 3]) & 0xC0u) != 0x80u);  // not a continuation octet
  }
}
