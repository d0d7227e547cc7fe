#include "output/ics.h"

namespace prepkit {

std::string ics_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
    case '\\': out += "\\\\"; break;
    case ';': out += "\\;"; break;
    case ',': out += "\\,"; break;
    case '\n': out += "\\n"; break;
    case '\r': break;
    default: out += c;
    }
  }
  return out;
}

std::string ics_line(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  std::size_t i = 0;
  while (i < line.size()) {
    // The whole UTF-8 character starting here, so a fold never splits one.
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(line[i]);
    if (lead >= 0xF0) {
      length = 4;
    } else if (lead >= 0xE0) {
      length = 3;
    } else if (lead >= 0xC0) {
      length = 2;
    }
    length = std::min(length, line.size() - i);
    if (width + length > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, length));
    width += length;
    i += length;
  }
  return out + "\r\n";
}

}  // namespace prepkit
