// Fuzz target: the fast reader of plain YAML against yaml-cpp's reading. Whatever text the fast
// reader takes, yaml-cpp must read too, to the very same tree; anything else it must leave alone.
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "base/yaml_tree.h"
#include "fuzz.h"

namespace {

bool same(const prepkit::YamlNode& a, const prepkit::YamlNode& b) {
  if (a.type != b.type || a.line != b.line || a.column != b.column || a.text != b.text || a.quoted != b.quoted ||
      a.children.size() != b.children.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.children.size(); ++i) {
    if (!same(a.children[i], b.children[i])) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (prepkit::check_utf8(text, "f.yaml")) return 0;
  const auto plain = prepkit::parse_plain_yaml(text);
  if (!plain) return 0;
  try {
    if (!same(*plain, prepkit::parse_yaml_events(text, "f.yaml"))) std::abort();
  } catch (const prepkit::Error&) {
    std::abort();  // taken by the fast reader, refused by yaml-cpp
  }
  return 0;
}
