// Shows that the strict YAML reader keeps positions and refuses what prepkit does not allow.
#include <doctest/doctest.h>

#include <string>

#include "base/yaml_tree.h"

using namespace prepkit;

namespace {

std::string problem(const std::string& text, YamlLimits limits = {}) {
  try {
    parse_yaml(text, "f.yaml", limits);
  } catch (const DiagnosticError& e) {
    return e.what();
  }
  return "no problem";
}

}  // namespace

TEST_CASE("parse_yaml builds a tree with positions") {
  const YamlNode root = parse_yaml("a: 1\nb:\n  - x\n  - 'y'\nc:\n", "f.yaml");
  REQUIRE(root.type == YamlNode::Type::map);
  REQUIRE(root.children.size() == 6);
  CHECK(root.find("a")->text == "1");
  CHECK_FALSE(root.find("a")->quoted);
  const YamlNode* b = root.find("b");
  REQUIRE(b->type == YamlNode::Type::sequence);
  CHECK(b->children[1].text == "y");
  CHECK(b->children[1].quoted);
  CHECK(b->children[1].line == 4);
  CHECK(b->children[1].column == 5);
  CHECK(root.find("c")->type == YamlNode::Type::null);
  CHECK(root.find("missing") == nullptr);
}

TEST_CASE("parse_yaml refuses what yaml-cpp lets through") {
  SUBCASE("duplicate keys") {
    CHECK(problem("a: 1\nb: 2\na: 3\n") == "f.yaml:3:1: duplicate key 'a' (first at line 1)");
  }
  SUBCASE("anchors and aliases") {
    CHECK(problem("a: &x 1\nb: 2\n") == "f.yaml:1:4: anchors (&name) are not allowed");
    CHECK(problem("a: [1]\nb: *x\n") == "f.yaml:2:4: aliases (*name) are not allowed");
  }
  SUBCASE("an alias bomb fails at once") {
    CHECK(problem("a: &a [1, 1]\nb: &b [*a, *a]\nc: [*b, *b]\n") == "f.yaml:1:4: anchors (&name) are not allowed");
  }
  SUBCASE("explicit tags") {
    CHECK(problem("a: !!str 1\n") == "f.yaml:1:4: tags such as 'tag:yaml.org,2002:str' are not allowed");
  }
  SUBCASE("an unterminated quote at the end of the file") {
    CHECK(problem("a: \"never closed\n") == "f.yaml:1:4: unterminated quoted string");
    CHECK(problem("a: 'it''s open\n") == "f.yaml:1:4: unterminated quoted string");
  }
  SUBCASE("keys that are not names") { CHECK(problem("? [1, 2]\n: x\n") == "f.yaml:1:3: a key must be a plain name"); }
  SUBCASE("more than one document") {
    CHECK(problem("a: 1\n---\nb: 2\n") == "f.yaml:2:1: only one YAML document is allowed per file");
  }
  SUBCASE("an empty file") {
    CHECK(problem("") == "f.yaml:1:1: the file holds no YAML document");
    CHECK(problem("# only a comment\n") == "f.yaml:1:1: the file holds no YAML document");
  }
  SUBCASE("nesting deeper than the limit") {
    CHECK(problem("a: [[[[1]]]]\n", YamlLimits{3}) == "f.yaml:1:6: nesting too deep (the limit is 3 levels)");
    CHECK(problem(std::string(10000, '[') + std::string(10000, ']')) ==
          "f.yaml:1:17: nesting too deep (the limit is 16 levels)");
  }
  SUBCASE("syntax errors keep yaml-cpp's words and our position") {
    CHECK(problem("a: [1, 2\n") == "f.yaml:2:1: end of sequence flow not found");
    CHECK(problem("a: b: c\n") == "f.yaml:1:5: illegal map value");
  }
  SUBCASE("bad bytes") {
    CHECK(problem(std::string("a: 1\nb: x\0y\n", 11)) == "f.yaml:2:5: NUL byte in text");
    CHECK(problem("a: \xff\n") == "f.yaml:1:4: invalid UTF-8");
    CHECK(problem("a: \xc0\xaf\n") == "f.yaml:1:4: invalid UTF-8");      // overlong
    CHECK(problem("a: \xed\xa0\x80\n") == "f.yaml:1:4: invalid UTF-8");  // a surrogate
  }
}

TEST_CASE("check_utf8 accepts real UTF-8") {
  CHECK_FALSE(check_utf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "f"));
}
