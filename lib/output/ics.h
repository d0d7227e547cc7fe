// iCalendar (RFC 5545) building blocks: TEXT escaping, line folding at 75 octets without
// splitting a UTF-8 character, and CRLF line ends.
#pragma once

#include <string>
#include <string_view>

namespace prepkit {

// Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes \n.
std::string ics_escape(std::string_view text);

// One content line, folded so that no physical line exceeds 75 octets (continuations start
// with a space), each ending in CRLF.
std::string ics_line(std::string_view line);

}  // namespace prepkit
