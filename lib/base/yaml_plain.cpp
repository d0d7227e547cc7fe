// The reader for the plain subset of YAML that nearly every bank, plan and settings file uses,
// about ten times faster than yaml-cpp's scanner. It builds the same YamlNode tree yaml-cpp's
// events would, and gives up (leaving the file to yaml-cpp) at anything outside the subset or
// anything wrong, so that every error still comes from one place.
//
// The subset: block mappings of simple keys, block sequences (also of compact mappings,
// "- key: value"), plain and quoted scalars (folded over more-indented lines), one-line flow
// sequences of such scalars, literal and folded block scalars with any chomping, and comments.
// It gives up on control characters (tabs and carriage returns among them), C1 controls, Unicode
// line separators and byte-order marks, document markers and directives,
// anchors, aliases, tags, flow mappings, blank lines within a plain or quoted scalar, a plain
// one's lines that start with an indicator, a line break escaped in a quoted one, keys that are not simple names, empty
// (null) values, sequences not indented under their key, blank lines longer than the text's
// indentation in block scalars, more-indented lines in folded ones, folded ones that keep (+)
// their last line breaks, blank lines kept at the end of the file, duplicate keys, nesting past the limit, and a file
// that does not end with a line break.
#include "base/yaml_tree.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace prepkit {

namespace {

struct GiveUp {};

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == '/';
}

bool is_null_word(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

class PlainReader {
 public:
  PlainReader(std::string_view text, YamlLimits limits) : text_(text), limits_(limits) {
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t end = text.find('\n', at);
      starts_.push_back(at);
      at = end + 1;  // the text ends with a line break (checked by read())
    }
    starts_.push_back(text.size());
  }

  YamlNode read() {
    const std::size_t first = next_content(0);
    if (first == lines() || indent(first) != 0) throw GiveUp{};
    YamlNode root = block(first, 0, 0);
    if (next_content(next_) != lines()) throw GiveUp{};
    return root;
  }

 private:
  std::size_t lines() const { return starts_.size() - 1; }
  std::string_view line(std::size_t l) const { return text_.substr(starts_[l], starts_[l + 1] - starts_[l] - 1); }

  std::size_t indent(std::size_t l) const {
    const std::string_view s = line(l);
    const std::size_t first = s.find_first_not_of(' ');
    return first == std::string_view::npos ? s.size() : first;
  }

  bool blank(std::size_t l) const { return line(l).find_first_not_of(' ') == std::string_view::npos; }

  // The first line from `l` that holds more than spaces or a comment.
  std::size_t next_content(std::size_t l) const {
    for (; l < lines(); ++l) {
      const std::string_view s = line(l);
      const std::size_t first = s.find_first_not_of(' ');
      if (first != std::string_view::npos && s[first] != '#') return l;
    }
    return lines();
  }

  // Whether what follows `at` on line `l` is only spaces, then maybe a comment after a space.
  bool rest_is_empty(std::size_t l, std::size_t at) const {
    const std::string_view s = line(l);
    const std::size_t first = s.find_first_not_of(' ', at);
    return first == std::string_view::npos || (s[first] == '#' && first > at);
  }

  bool entry_at(std::size_t l, std::size_t column) const {
    const std::string_view s = line(l);
    return column < s.size() && s[column] == '-' && (column + 1 == s.size() || s[column + 1] == ' ');
  }

  // The length of the simple key at `column` of line `l` ("name:" then a space or the end).
  std::size_t key_at(std::size_t l, std::size_t column) const {
    const std::string_view s = line(l);
    std::size_t end = column;
    while (end < s.size() && is_name_char(s[end])) ++end;
    const bool key = end > column && s[column] != '-' && end < s.size() && s[end] == ':' &&
                     (end + 1 == s.size() || s[end + 1] == ' ');
    return key ? end - column : 0;
  }

  static YamlNode make(YamlNode::Type type, std::size_t l, std::size_t column) {
    YamlNode node;
    node.type = type;
    node.line = static_cast<int>(l) + 1;
    node.column = static_cast<int>(column) + 1;
    return node;
  }

  void enter(int depth) const {
    if (depth >= limits_.max_depth) throw GiveUp{};
  }

  // The block node whose first character is at `column` of line `l`.
  YamlNode block(std::size_t l, std::size_t column, int depth) {
    if (entry_at(l, column)) return sequence(l, column, depth);
    if (key_at(l, column)) return mapping(l, column, depth);
    throw GiveUp{};
  }

  // The value of a key or entry that ends line `l`: a block on the lines after it.
  YamlNode value_below(std::size_t l, std::size_t parent, int depth) {
    const std::size_t below = next_content(l + 1);
    if (below == lines() || indent(below) <= parent) throw GiveUp{};
    return block(below, indent(below), depth);
  }

  YamlNode mapping(std::size_t l, std::size_t column, int depth) {
    enter(depth);
    YamlNode map = make(YamlNode::Type::map, l, column);
    std::unordered_set<std::string_view> keys;
    for (;;) {
      const std::size_t size = key_at(l, column);
      if (size == 0) throw GiveUp{};
      const std::string_view name = line(l).substr(column, size);
      if (!keys.insert(name).second || is_null_word(name)) throw GiveUp{};
      YamlNode key = make(YamlNode::Type::scalar, l, column);
      key.text = std::string(name);
      const std::size_t after = column + size + 1;
      YamlNode value =
          rest_is_empty(l, after) ? value_below(l, column, depth + 1) : inline_value(l, after, column, depth + 1);
      map.children.push_back(std::move(key));
      map.children.push_back(std::move(value));
      const std::size_t next = next_content(next_);
      if (next == lines() || indent(next) < column) break;
      if (indent(next) > column || entry_at(next, column)) throw GiveUp{};
      l = next;
    }
    return map;
  }

  YamlNode sequence(std::size_t l, std::size_t column, int depth) {
    enter(depth);
    YamlNode seq = make(YamlNode::Type::sequence, l, column);
    for (;;) {
      const std::string_view s = line(l);
      if (rest_is_empty(l, column + 1)) {
        seq.children.push_back(value_below(l, column, depth + 1));
      } else {
        const std::size_t at = s.find_first_not_of(' ', column + 1);
        if (key_at(l, at)) {
          seq.children.push_back(mapping(l, at, depth + 1));
        } else if (entry_at(l, at)) {
          throw GiveUp{};
        } else {
          seq.children.push_back(inline_value(l, at, column, depth + 1));
        }
      }
      const std::size_t next = next_content(next_);
      if (next == lines() || indent(next) < column) break;
      if (indent(next) > column || !entry_at(next, column)) throw GiveUp{};
      l = next;
    }
    return seq;
  }

  // The value that starts at or after `from` on line `l`, within a block indented `parent`.
  YamlNode inline_value(std::size_t l, std::size_t from, std::size_t parent, int depth) {
    const std::string_view s = line(l);
    const std::size_t at = s.find_first_not_of(' ', from);
    next_ = l + 1;
    const char c = s[at];
    if (c == '|' || c == '>') return block_scalar(l, at, parent);
    YamlNode node;
    std::size_t end = 0;
    if (c == '[') {
      enter(depth);
      node = flow_sequence(l, at, end);
    } else if (c == '"' || c == '\'') {
      node = quoted(l, at, end, parent);
      l = next_ - 1;  // the line it ends on
    } else {
      node = plain(l, at, end, parent);
    }
    if (!rest_is_empty(l, end)) throw GiveUp{};
    return node;
  }

  // Whether a plain scalar may start with `c` here: never with an indicator, nor with '-'.
  static bool plain_start(char c) {
    return (is_name_char(c) && c != '-') || c == '(' || c == '+' || c == '$' || c == '<' || c == '=' || c == '^';
  }

  // The text of a plain scalar's line from `at` to the end or a comment, without the spaces
  // around it; `commented` says whether a comment follows. Gives up on what would make it a key.
  std::string_view plain_line(std::string_view s, std::size_t at, bool& commented) const {
    std::size_t stop = s.find(" #", at);
    commented = stop != std::string_view::npos;
    if (!commented) stop = s.size();
    std::string_view text = s.substr(at, stop - at);
    text = text.substr(0, text.find_last_not_of(' ') + 1);
    if (text.empty() || text.find(": ") != std::string_view::npos || text.back() == ':') throw GiveUp{};
    return text;
  }

  // A plain scalar from `at` on line `l`, folded over the lines after it that are indented more
  // than `parent`; `end` is where it stops on line `l`.
  YamlNode plain(std::size_t l, std::size_t at, std::size_t& end, std::size_t parent) {
    const std::string_view s = line(l);
    if (!plain_start(s[at]) && !(static_cast<unsigned char>(s[at]) >= 0x80)) throw GiveUp{};
    bool commented = false;
    const std::string_view first = plain_line(s, at, commented);
    YamlNode node = make(YamlNode::Type::scalar, l, at);
    node.text = std::string(first);
    end = at + first.size();
    // A comment ends the scalar; otherwise each more-indented line goes on it after a space.
    for (std::size_t k = l + 1; !commented && k < lines() && !blank(k) && indent(k) > parent; ++k) {
      const std::string_view more = line(k);
      const std::size_t from = indent(k);
      if (more[from] == '#') break;  // a comment line ends it too
      if (entry_at(k, from) || std::string_view("[]{}&*!|>%@`?:,").find(more[from]) != std::string_view::npos) {
        throw GiveUp{};
      }
      node.text += ' ';
      node.text += plain_line(more, from, commented);
      next_ = k + 1;
    }
    if (is_null_word(node.text)) throw GiveUp{};
    return node;
  }

  // A quoted scalar from `at` on line `l`; `end` is just past its closing quote. In a flow
  // sequence (no `parent`) it stays on its line; in a block it may fold over lines indented more
  // than `parent`, each line break becoming a space, and next_ is the line after its last.
  YamlNode quoted(std::size_t l, std::size_t at, std::size_t& end, std::optional<std::size_t> parent = {}) {
    const YamlNode start = make(YamlNode::Type::scalar, l, at);
    std::string_view s = line(l);
    const char quote = s[at];
    std::string text;
    std::size_t i = at + 1;
    for (;; ++i) {
      if (i >= s.size()) {
        // The line ends inside the quotes: the scalar goes on at the next line's first character.
        if (!parent || ++l >= lines() || blank(l) || indent(l) <= *parent) throw GiveUp{};
        text.erase(text.find_last_not_of(' ') + 1);
        text += ' ';
        s = line(l);
        i = indent(l) - 1;
        continue;
      }
      const char c = s[i];
      if (c == quote) {
        if (quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
          text += '\'';
          ++i;
          continue;
        }
        break;
      }
      if (quote == '"' && c == '\\') {
        if (++i >= s.size()) throw GiveUp{};
        switch (s[i]) {
        case '\\': text += '\\'; break;
        case '"': text += '"'; break;
        case '/': text += '/'; break;
        case 'n': text += '\n'; break;
        case 't': text += '\t'; break;
        default: throw GiveUp{};
        }
        continue;
      }
      text += c;
    }
    YamlNode node = start;
    node.text = std::move(text);
    node.quoted = true;
    end = i + 1;
    next_ = l + 1;
    return node;
  }

  // A flow sequence of scalars on one line; `end` is just past its ']'.
  YamlNode flow_sequence(std::size_t l, std::size_t at, std::size_t& end) {
    const std::string_view s = line(l);
    if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) throw GiveUp{};
    YamlNode seq = make(YamlNode::Type::sequence, l, at);
    std::size_t i = s.find_first_not_of(' ', at + 1);
    if (i != std::string_view::npos && s[i] == ']') {
      end = i + 1;
      return seq;
    }
    for (;;) {
      if (i == std::string_view::npos) throw GiveUp{};
      if (s[i] == '"' || s[i] == '\'') {
        std::size_t after = 0;
        seq.children.push_back(quoted(l, i, after));
        i = after;
      } else {
        if (!plain_start(s[i])) throw GiveUp{};
        const std::size_t stop = s.find_first_of(",]", i);
        if (stop == std::string_view::npos) throw GiveUp{};
        std::string_view text = s.substr(i, stop - i);
        text = text.substr(0, text.find_last_not_of(' ') + 1);
        // yaml-cpp reads a '?' anywhere in a flow sequence as a key, and some others its own way.
        if (text.find_first_of("?#:[]{}\"&!|>%@`") != std::string_view::npos || is_null_word(text)) throw GiveUp{};
        YamlNode item = make(YamlNode::Type::scalar, l, i);
        item.text = std::string(text);
        seq.children.push_back(std::move(item));
        i += text.size();
      }
      i = s.find_first_not_of(' ', i);
      if (i == std::string_view::npos) throw GiveUp{};
      if (s[i] == ']') break;
      if (s[i] != ',') throw GiveUp{};
      i = s.find_first_not_of(' ', i + 1);
      if (i == std::string_view::npos || s[i] == ']') throw GiveUp{};
    }
    end = i + 1;
    return seq;
  }

  // A literal (|) or folded (>) block scalar whose indicator is at `at` of line `l`.
  YamlNode block_scalar(std::size_t l, std::size_t at, std::size_t parent) {
    const std::string_view header = line(l);
    const bool folded = header[at] == '>';
    char chomp = ' ';
    std::size_t after = at + 1;
    if (after < header.size() && (header[after] == '-' || header[after] == '+')) chomp = header[after++];
    if (!rest_is_empty(l, after) || (after < header.size() && header[after] != ' ')) throw GiveUp{};
    // The first line of text sets the indentation; blank lines before it each give a break.
    std::size_t first = l + 1;
    while (first < lines() && blank(first)) ++first;
    if (first == lines()) throw GiveUp{};
    const std::size_t width = indent(first);
    if (width <= parent) throw GiveUp{};
    std::string text;
    for (std::size_t k = l + 1; k < first; ++k) {
      if (line(k).size() > width) throw GiveUp{};
      text += '\n';
    }
    std::size_t breaks = 0;  // blank lines since the last line of text
    std::size_t k = first;
    for (; k < lines(); ++k) {
      const std::string_view s = line(k);
      if (blank(k)) {
        if (s.size() > width) throw GiveUp{};
        ++breaks;
        continue;
      }
      const std::size_t in = indent(k);
      if (in < width) break;
      if (folded && in > width) throw GiveUp{};
      if (k > first) {
        if (folded) {
          text.append(breaks == 0 ? 1 : breaks, breaks == 0 ? ' ' : '\n');
        } else {
          text.append(breaks + 1, '\n');
        }
      }
      breaks = 0;
      text.append(s.substr(width));
    }
    // yaml-cpp keeps no blank line at the very end of a file, nor after folded text.
    if (chomp == '+' && (folded || (k == lines() && breaks > 0))) throw GiveUp{};
    if (chomp != '-') text.append(chomp == '+' ? breaks + 1 : 1, '\n');
    next_ = k;
    YamlNode node = make(YamlNode::Type::scalar, l, at);
    node.text = std::move(text);
    node.quoted = true;
    return node;
  }

  std::string_view text_;
  YamlLimits limits_;
  std::vector<std::size_t> starts_;  // where each line starts, then the end of the text
  std::size_t next_ = 0;             // the first line after the node read last
};

// Whether `text` holds a character yaml-cpp treats specially wherever it appears: a control
// character other than the line feed (a tab or carriage return among them), DEL, a C1 control,
// a Unicode line or paragraph separator, or a byte-order mark.
bool has_special_characters(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return true;
    if ((c == 0xE2 || c == 0xEF) && i + 2 < text.size()) {
      const std::string_view three = text.substr(i, 3);
      if (three == "\xE2\x80\xA8" || three == "\xE2\x80\xA9" || three == "\xEF\xBB\xBF") return true;
    }
  }
  return false;
}

}  // namespace

std::optional<YamlNode> parse_plain_yaml(std::string_view text, YamlLimits limits) {
  if (text.empty() || text.back() != '\n' || has_special_characters(text)) return std::nullopt;
  for (const std::string_view marker : {"\n---", "\n...", "\n%"}) {
    if (text.find(marker) != std::string_view::npos) return std::nullopt;
  }
  if (text.substr(0, 3) == "---" || text.substr(0, 3) == "..." || text[0] == '%') return std::nullopt;
  try {
    return PlainReader(text, limits).read();
  } catch (const GiveUp&) {
    return std::nullopt;
  }
}

}  // namespace prepkit
