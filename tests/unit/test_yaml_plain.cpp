// Shows that the fast reader of plain YAML builds exactly the tree yaml-cpp's events give, for
// every YAML file prepkit ships and tests with and for each construct of its subset, and that it
// gives up (leaving the file to yaml-cpp) on everything outside the subset.
#include <doctest/doctest.h>

#include <filesystem>

#include "base/files.h"
#include "base/yaml_tree.h"

using namespace prepkit;

namespace {

const std::string kData = PREPKIT_TEST_DATA;
const std::string kShare = PREPKIT_SHARE;

// Where `a` and `b` first differ ("" when they are the same tree).
std::string difference(const YamlNode& a, const YamlNode& b, const std::string& path = "root") {
  if (a.type != b.type) return path + ": type";
  if (a.line != b.line || a.column != b.column) {
    return path + ": at " + std::to_string(a.line) + ":" + std::to_string(a.column) + ", not " +
           std::to_string(b.line) + ":" + std::to_string(b.column);
  }
  if (a.text != b.text) return path + ": text '" + a.text + "', not '" + b.text + "'";
  if (a.quoted != b.quoted) return path + ": quoted";
  if (a.children.size() != b.children.size()) return path + ": children";
  for (std::size_t i = 0; i < a.children.size(); ++i) {
    const std::string found = difference(a.children[i], b.children[i], path + "/" + std::to_string(i));
    if (!found.empty()) return found;
  }
  return "";
}

// Whether the plain reader took `text`; when it did, its tree must be yaml-cpp's.
bool read_alike(const std::string& text, const std::string& name) {
  const auto plain = parse_plain_yaml(text);
  if (!plain) return false;
  YamlNode events;
  REQUIRE_NOTHROW(events = parse_yaml_events(text, name));
  INFO(name);
  CHECK(difference(*plain, events) == "");
  return true;
}

}  // namespace

TEST_CASE("the plain reader agrees with yaml-cpp on every YAML file shipped or tested") {
  std::size_t files = 0;
  std::size_t taken = 0;
  for (const std::string& root : {kShare, kData}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".yaml" && extension != ".yml")) continue;
      const std::string text = read_file(entry.path().string(), 64u << 20u);
      if (check_utf8(text, "x")) continue;
      try {
        parse_yaml_events(text, "x");
      } catch (const DiagnosticError&) {
        CHECK_FALSE(parse_plain_yaml(text));  // a file yaml-cpp refuses is never taken
        continue;
      }
      ++files;
      if (read_alike(text, entry.path().string())) ++taken;
    }
  }
  CHECK(files > 30);
  CHECK(taken * 10 >= files * 9);  // the subset covers nearly all of them
  for (const char* bank : {"apis", "ask", "behavioral", "coding", "databases", "operations", "performance",
                           "security-testing", "system-design"}) {
    INFO(std::string(bank));
    CHECK(parse_plain_yaml(read_file(kShare + "/banks/" + bank + ".yaml", 16u << 20u)));
  }
}

TEST_CASE("each construct of the subset reads as yaml-cpp reads it") {
  const char* cases[] = {
      "a: 1\nb: two words\n",
      "a: 1  # a comment\n# a line of comment\n\nb: 'it''s'   \n",
      "a: \"say \\\"hi\\\"\\n\\tand \\\\ /\"\n",
      "list:\n  - one\n  - 'two'\n  -   three\nafter: x\n",
      "q:\n  - id: a\n    tags: [x, y z,  'w' ]\n    empty: []\n  - id: b\n    n: 3\n",
      "root:\n  inner:\n    deep: value\n  back: here\n",
      "text: |\n  line one\n    indented\n\n  after a gap\nnext: 1\n",
      "text: |-\n  stripped\n\n\nnext: 1\n",
      "text: |+\n  kept\n\n\nnext: 1\n",
      "text: >-\n  folded\n  into one\n\n  and a break\n",
      "text: >\n  folded\n  clipped\n\n\n",
      "code: |  # a comment on the header\n  x = 1\n  # not a comment here\n",
      "- a\n- b: c\n  d: e\n- |\n  block in a list\n",
      "value: C# and 100% and [brackets] {braces}, commas\n",
      "url: http://example.com/a#b\n",
      "unicode: café — naïve\nmore: ✓\n",
      "a: x:y\n",
      "k: 'quoted # not a comment'\n",
      "k: \"\"\n",
      "k: ''\n",
      "tags: [a, 'b, c', \"d\"]\n",
      "source: [RFC 9110 (section 9), x*y, Gregg's book, a+b]\n",
      "a:\n  b:\n    c:\n      d: deep\n",
      "version: 1.0\nflag: true\nword: yes\n",
      "a: plain\n  continued   \n   and more # then a comment\nb: c\n",
      "list:\n  - one item\n    over two lines\n  - two\n",
      "a: plain\n  # an indented comment\nb: c\n",
      "a: plain\n  more # and a comment\n  # then a comment line\nb: c\n",
      "out: |\n\n  x\nwhy: y\n",
      "out: |-\n\n\n  x\n  y\nwhy: y\n",
      "text: >\n\n  x\n  y\n",
      "a: \"over two:   \n    lines, with a colon\"\nb: 'and  \n  single'\n",
      "list:\n  - \"quoted: over\n    lines\" # and a comment\n  - x\n",
      "q:\n  - id: x\n    p: long\n      text, here\n    n: 1\n",
  };
  for (const std::string text : cases) {
    INFO(text);
    CHECK(read_alike(text, "case"));
  }
}

TEST_CASE("the plain reader gives up on what lies outside its subset") {
  const char* cases[] = {
      "a:\tb\n",           // a tab
      "a: b\r\nc: d\r\n",  // carriage returns
      "\xEF\xBB\xBF"
      "a: b\n",                  // a byte-order mark
      "---\na: b\n",             // a document marker
      "a: b\n---\nc: d\n",       // two documents
      "%YAML 1.2\n---\na: b\n",  // a directive
      "a: b",                    // no line break at the end
      "a: &x b\nc: *x\n",        // an anchor and an alias
      "a: !tag b\n",             // a tag
      "a: {b: c}\n",             // a flow mapping
      "a: [b, [c]]\n",           // a nested flow sequence
      "a: [b,\n  c]\n",          // a flow sequence over two lines
      "a: [b, ]\n",              // a trailing comma
      "a: [café]\n",             // non-ASCII in a flow sequence
      "a: [what? x]\n",          // a question mark in one, which yaml-cpp refuses
      "a: b\x04"
      "c\n",  // a control character, which yaml-cpp refuses
      "a: b\xC2\x85"
      "c\n",                           // a C1 control (NEL), a line break to YAML 1.1
      "a: plain\n\n  continued\n",     // a blank line within a plain scalar
      "a: plain\n  # note\n  more\n",  // text after a comment line within one
      "a: plain\n  [more]\n",          // a continuation that starts with an indicator
      "-a: b\n",                       // a key that starts like an entry
      "a: plain # note\n  more\n",     // text after a comment
      "a: \"open\n\n  quote\"\n",      // a blank line within a quoted scalar
      "a: \"open\\\n  quote\"\n",      // an escaped line break
      "a: \"open\nquote\"\n",          // a continuation not indented
      "a: 'unterminated\n",            // an unterminated quote
      "a:\n",                          // an empty value
      "a: ~\n",                        // null
      "a: null\n",                     // null
      "a: b\na: c\n",                  // a duplicate key
      "\"quoted key\": b\n",           // a key that is not a simple name
      "a b: c\n",                      // a key with a space
      "a: b: c\n",                     // a mapping value inside a plain scalar
      "a: |2\n    x\n",                // an indentation indicator
      "a: |\n   \n  x\n",              // a leading blank line longer than the text's indentation
      "a: >\n  x\n    more\n  y\n",    // a more-indented line in a folded scalar
      "a: |\n  x\n     \n  y\n",       // a blank line longer than the indentation
      "a: |+\n  x\n\n",                // blank lines kept at the end of the file
      "a: >+\n  x\n\nb: c\n",          // folded text that keeps its last line breaks
      "list:\n- one\n",                // a sequence not indented under its key
      "n: -5\n",                       // a plain scalar that starts like an entry
      "a: |\nb: c\n",                  // an empty block scalar
      "  a: b\n",                      // an indented root
      "just a scalar\n",               // a scalar root
      "- - a\n",                       // a compact nested sequence
      "a: \"\\x41\"\n",                // an escape outside the subset
      "a: b\n  c: d\n",                // a stray more-indented line
      "? a\n: b\n",                    // a complex key
      "a: - b\n",                      // a sequence after a key on one line
      "a: `b`\n",                      // a reserved indicator
  };
  for (const std::string text : cases) {
    INFO(text);
    CHECK_FALSE(parse_plain_yaml(text));
  }
}

TEST_CASE("the plain reader leaves too deep a nesting to yaml-cpp, which reports it") {
  const std::string deep = "a:\n  b:\n    c:\n      d: e\n";
  CHECK(parse_plain_yaml(deep, YamlLimits{4, false}));
  CHECK_FALSE(parse_plain_yaml(deep, YamlLimits{3, false}));
  CHECK_THROWS_WITH_AS(parse_yaml(deep, "f.yaml", YamlLimits{3, false}),
                       "f.yaml:4:7: nesting too deep (the limit is 3 levels)", DiagnosticError);
}
