#include "base/yaml_tree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include "base/suggest.h"

#include <algorithm>
#include <istream>
#include <streambuf>
#include <unordered_map>

namespace prepkit {

const YamlNode* YamlNode::find(std::string_view key) const {
  if (type != Type::map) return nullptr;
  for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
    if (children[i].text == key) return &children[i + 1];
  }
  return nullptr;
}

const char* YamlNode::type_name() const {
  switch (type) {
  case Type::null: return "nothing";
  case Type::scalar: return "a single value";
  case Type::sequence: return "a list";
  case Type::map: return "a mapping";
  }
  return "?";
}

namespace {

// Lets yaml-cpp read a string_view without copying it.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Finds where a quoted scalar that starts at `offset` ends; false when it never does.
bool quote_is_closed(std::string_view text, std::size_t offset) {
  const char quote = text[offset];
  for (std::size_t i = offset + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return true;
      }
    }
  }
  return false;
}

// Builds YamlNodes from yaml-cpp's parse events, refusing what prepkit does not allow.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& file, YamlLimits limits)
      : text_(text), file_(file), limits_(limits) {}

  YamlNode take_root() { return std::move(root_); }
  const YAML::Mark& document_mark() const { return document_mark_; }
  bool has_root() const { return has_root_; }

  void OnDocumentStart(const YAML::Mark& mark) override { document_mark_ = mark; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    refuse_anchor(mark, anchor);
    add(make(YamlNode::Type::null, mark));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { fail(mark, "aliases (*name) are not allowed"); }

  void OnAnchor(const YAML::Mark& mark, const std::string&) override { fail(mark, "anchors (&name) are not allowed"); }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    refuse_anchor(mark, anchor);
    refuse_tag(mark, tag);
    YamlNode node = make(YamlNode::Type::scalar, mark);
    node.text = value;
    node.quoted = tag == "!";
    const auto offset = static_cast<std::size_t>(mark.pos);
    if (node.quoted && offset < text_.size() && (text_[offset] == '"' || text_[offset] == '\'') &&
        !quote_is_closed(text_, offset)) {
      fail(mark, "unterminated quoted string");
    }
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Type::sequence, mark, tag, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Type::map, mark, tag, anchor);
  }

  void OnMapEnd() override {
    const YamlNode& map = open_.back();
    std::unordered_map<std::string_view, int> first_line;
    for (std::size_t i = 0; i < map.children.size(); i += 2) {
      const YamlNode& key = map.children[i];
      if (key.type != YamlNode::Type::scalar) {
        fail_at(key.line, key.column, "a key must be a plain name");
      }
      const auto [it, inserted] = first_line.emplace(key.text, key.line);
      if (!inserted) {
        fail_at(key.line, key.column, fmt::format("duplicate key '{}' (first at line {})", key.text, it->second));
      }
    }
    close();
  }

 private:
  [[noreturn]] void fail_at(int line, int column, const std::string& message) const {
    throw DiagnosticError({file_, line, column, message});
  }
  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
    fail_at(mark.line + 1, mark.column + 1, message);
  }

  void refuse_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) const {
    if (anchor != YAML::NullAnchor) fail(mark, "anchors (&name) are not allowed");
  }
  void refuse_tag(const YAML::Mark& mark, const std::string& tag) const {
    if (!tag.empty() && tag != "?" && tag != "!") {
      fail(mark, fmt::format("tags such as '{}' are not allowed", tag));
    }
  }

  static YamlNode make(YamlNode::Type type, const YAML::Mark& mark) {
    YamlNode node;
    node.type = type;
    node.line = mark.line + 1;
    node.column = mark.column + 1;
    return node;
  }

  void open(YamlNode::Type type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    refuse_anchor(mark, anchor);
    refuse_tag(mark, tag);
    if (static_cast<int>(open_.size()) >= limits_.max_depth) {
      fail(mark, fmt::format("nesting too deep (the limit is {} levels)", limits_.max_depth));
    }
    open_.push_back(make(type, mark));
  }

  void close() {
    YamlNode node = std::move(open_.back());
    open_.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
    if (open_.empty()) {
      root_ = std::move(node);
      has_root_ = true;
    } else {
      open_.back().children.push_back(std::move(node));
    }
  }

  std::string_view text_;
  const std::string& file_;
  YamlLimits limits_;
  std::vector<YamlNode> open_;
  YamlNode root_;
  bool has_root_ = false;
  YAML::Mark document_mark_;
};

}  // namespace

YamlNode parse_yaml(std::string_view text, const std::string& file, YamlLimits limits) {
  if (auto problem = check_utf8(text, file)) throw DiagnosticError(*problem);
  if (auto plain = parse_plain_yaml(text, limits)) return std::move(*plain);
  return parse_yaml_events(text, file, limits);
}

YamlNode parse_yaml_events(std::string_view text, const std::string& file, YamlLimits limits) {
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  TreeBuilder builder(text, file, limits);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder) || !builder.has_root()) {
      if (limits.allow_empty) return YamlNode{};
      throw DiagnosticError({file, 1, 1, "the file holds no YAML document"});
    }
    TreeBuilder rest(text, file, limits);
    if (parser.HandleNextDocument(rest)) {
      throw DiagnosticError({file, rest.document_mark().line + 1, rest.document_mark().column + 1,
                             "only one YAML document is allowed per file"});
    }
  } catch (const YAML::DeepRecursion& e) {
    throw DiagnosticError({file, e.mark.line + 1, e.mark.column + 1,
                           fmt::format("nesting too deep (the limit is {} levels)", limits.max_depth)});
  } catch (const YAML::Exception& e) {
    // An alias to an undefined anchor fails inside yaml-cpp before the builder sees it.
    const bool alias = e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR;
    throw DiagnosticError({file, e.mark.is_null() ? 1 : e.mark.line + 1, e.mark.is_null() ? 1 : e.mark.column + 1,
                           alias ? "aliases (*name) are not allowed" : e.msg});
  }
  return builder.take_root();
}

std::optional<Diagnostic> check_utf8(std::string_view text, const std::string& file) {
  int line = 1;
  int column = 1;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if (c == 0) return Diagnostic{file, line, column, "NUL byte in text"};
    std::size_t length = 1;
    std::uint32_t min = 0;
    std::uint32_t code = c;
    if (c >= 0x80) {
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2, min = 0x80, code = c & 0x1Fu;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3, min = 0x800, code = c & 0x0Fu;
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4, min = 0x10000, code = c & 0x07u;
      } else {
        return Diagnostic{file, line, column, "invalid UTF-8"};
      }
      if (i + length > n) return Diagnostic{file, line, column, "invalid UTF-8"};
      for (std::size_t k = 1; k < length; ++k) {
        if ((p[i + k] & 0xC0u) != 0x80u) return Diagnostic{file, line, column, "invalid UTF-8"};
        code = (code << 6u) | (p[i + k] & 0x3Fu);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return Diagnostic{file, line, column, "invalid UTF-8"};
      }
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
  return std::nullopt;
}

void YamlFields::fail(const YamlNode& node, const std::string& message) const {
  throw DiagnosticError({file_, node.line, node.column, message});
}

const YamlNode& YamlFields::require(const YamlNode& map, std::string_view key, std::string_view owner) const {
  const YamlNode* node = map.find(key);
  if (!node) fail(map, fmt::format("missing field '{}' in {}", key, owner));
  return *node;
}

void YamlFields::only(const YamlNode& map, const std::vector<std::string>& keys, std::string_view owner) const {
  if (map.type != YamlNode::Type::map) fail(map, fmt::format("{} must be a mapping", owner));
  for (std::size_t i = 0; i < map.children.size(); i += 2) {
    const std::string& key = map.children[i].text;
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      fail(map.children[i], fmt::format("unknown field '{}' in {}{}", key, owner, did_you_mean(key, keys)));
    }
  }
}

std::string YamlFields::text(const YamlNode& node, std::string_view what) const {
  if (node.type != YamlNode::Type::scalar || node.text.empty()) fail(node, fmt::format("'{}' must be text", what));
  return node.text;
}

int YamlFields::whole(const YamlNode& node, std::string_view what, int low, int high) const {
  const std::string& t = node.text;
  const bool digits = node.type == YamlNode::Type::scalar && !node.quoted && !t.empty() && t.size() <= 6 &&
                      std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int value = digits ? std::stoi(t) : -1;
  if (value < low || value > high)
    fail(node, fmt::format("'{}' must be a whole number from {} to {}", what, low, high));
  return value;
}

}  // namespace prepkit
