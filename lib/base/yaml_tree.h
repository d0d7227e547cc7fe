// A strict YAML reader for prepkit's own files. It builds a small tree with positions, reading the
// plain subset most files use itself and anything else through yaml-cpp, and refuses what
// yaml-cpp 0.7 lets through: duplicate keys, anchors and aliases, explicit
// tags, unterminated quotes at the end of a file, several documents, deep nesting.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace prepkit {

// One node of a parsed YAML document.
struct YamlNode {
  enum class Type { null, scalar, sequence, map };

  Type type = Type::null;
  int line = 0;  // 1-based position of the node's first character
  int column = 0;
  std::string text;     // a scalar's value
  bool quoted = false;  // a scalar written in quotes or as a block: never a number or null
  // A sequence's items; a map's keys and values alternate (key, value, key, value, ...).
  std::vector<YamlNode> children;

  // The value stored under `key` in a map, or nullptr when absent or not a map.
  const YamlNode* find(std::string_view key) const;

  // A word for the node's type, as used in messages ("a list", "a mapping", ...).
  const char* type_name() const;
};

// Limits a YAML document must stay within.
struct YamlLimits {
  int max_depth = 16;        // nested sequences and maps
  bool allow_empty = false;  // a file of only comments is a null document rather than an error
};

// Parses the single document in `text`; `file` names it in messages. Throws
// DiagnosticError with the position of the first problem.
YamlNode parse_yaml(std::string_view text, const std::string& file, YamlLimits limits = {});

// The fast reader parse_yaml tries first (yaml_plain.cpp): for text within the plain subset most
// files use, the tree yaml-cpp's reading gives; nothing for anything else, even a valid file.
std::optional<YamlNode> parse_plain_yaml(std::string_view text, YamlLimits limits = {});

// parse_yaml's reading through yaml-cpp's events, for any valid UTF-8 text.
YamlNode parse_yaml_events(std::string_view text, const std::string& file, YamlLimits limits = {});

// The checks a reader of one of prepkit's YAML files makes of its fields, each failing with a
// DiagnosticError at the node's place in `file`.
class YamlFields {
 public:
  explicit YamlFields(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const YamlNode& node, const std::string& message) const;

  // The value of `key` in `map`; missing, "missing field 'KEY' in OWNER".
  const YamlNode& require(const YamlNode& map, std::string_view key, std::string_view owner) const;

  // Checks that `map` is a mapping of no fields but `keys` (suggesting the nearest for another).
  void only(const YamlNode& map, const std::vector<std::string>& keys, std::string_view owner) const;

  // A scalar that is not empty.
  std::string text(const YamlNode& node, std::string_view what) const;

  // A whole number from `low` to `high`, written without quotes.
  int whole(const YamlNode& node, std::string_view what, int low, int high) const;

 private:
  std::string file_;
};

// Checks that `text` is UTF-8 without NUL bytes; returns the problem found first, if any,
// with its 1-based line and column (counted in characters).
std::optional<Diagnostic> check_utf8(std::string_view text, const std::string& file);

}  // namespace prepkit
