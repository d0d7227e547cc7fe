// Shows the exact shape of every output format, since pipelines depend on it.
#include <doctest/doctest.h>

#include "error.h"
#include "render.h"

using namespace prepkit;

namespace {

Question sample_question() {
  Question q;
  q.id = "db-index";
  q.subtopic = "databases";
  q.area = "design";
  q.prompt = "Which index\tfits?";
  q.difficulty = "medium";
  q.kind = "concept";
  q.minutes = 10;
  q.tags = {"indexing", "sql"};
  q.expect = {"A compound index", "EXPLAIN"};
  q.follow_ups = {"Cost on writes?"};
  q.estimate = "50M * 40 B in GB";
  return q;
}

}  // namespace

TEST_CASE("parse_format") {
  CHECK(parse_format("tsv") == Format::tsv);
  CHECK_THROWS_WITH_AS(parse_format("jsn"),
                       "unknown format 'jsn' (did you mean 'json'?) (expected one of: text, json, tsv, md)",
                       UsageError);
}

TEST_CASE("wrap") {
  CHECK(wrap("aaa bbb ccc", 7) == "aaa bbb\nccc\n");
  CHECK(wrap("aaa bbb", 7, "  ") == "  aaa\n  bbb\n");
  CHECK(wrap("averyveryverylongword x", 5) == "averyveryverylongword\nx\n");
  CHECK(wrap("caf\xc3\xa9 caf\xc3\xa9", 9) == "caf\xc3\xa9 caf\xc3\xa9\n");  // width counts characters
  CHECK(wrap("", 10).empty());
}

TEST_CASE("render_questions") {
  const Question q = sample_question();
  const std::vector<const Question*> list = {&q};
  SUBCASE("text") {
    CHECK(render_questions(list, Format::text, {}) ==
          "db-index  databases · medium · concept · 10 min\n  Which index fits?\n");
    Style color;
    color.color = true;
    CHECK(render_questions(list, Format::text, color) ==
          "\033[1mdb-index\033[0m  \033[2mdatabases · medium · concept · 10 min\033[0m\n  Which index fits?\n");
  }
  SUBCASE("tsv has a header and no tabs inside cells") {
    CHECK(render_questions(list, Format::tsv, {}) ==
          "id\tsubtopic\tarea\tdifficulty\tkind\tminutes\ttags\tprompt\n"
          "db-index\tdatabases\tdesign\tmedium\tconcept\t10\tindexing,sql\tWhich index fits?\n");
  }
  SUBCASE("json") {
    CHECK(render_questions(list, Format::json, {}) ==
          "[\n  {\n    \"id\": \"db-index\",\n    \"subtopic\": \"databases\",\n    \"area\": \"design\",\n"
          "    \"difficulty\": \"medium\",\n    \"kind\": \"concept\",\n    \"minutes\": 10,\n"
          "    \"tags\": [\n      \"indexing\",\n      \"sql\"\n    ],\n    \"prompt\": \"Which index\\tfits?\"\n  "
          "}\n]\n");
    CHECK(render_questions({}, Format::json, {}) == "[]\n");
  }
  SUBCASE("md") {
    CHECK(render_questions(list, Format::md, {}) ==
          "| id | subtopic | area | difficulty | kind | minutes | tags | prompt |\n"
          "|---|---|---|---|---|---:|---|---|\n"
          "| db-index | databases | design | medium | concept | 10 | indexing,sql | Which index fits? |\n");
  }
}

TEST_CASE("render_question") {
  const Question q = sample_question();
  SUBCASE("text shows everything") {
    CHECK(render_question(q, Format::text, {}) ==
          "db-index  databases · medium · concept · 10 min\n"
          "tags: indexing, sql\n"
          "\n"
          "Which index fits?\n"
          "\n"
          "What a strong answer covers:\n"
          "  - A compound index\n"
          "  - EXPLAIN\n"
          "\n"
          "Follow-ups:\n"
          "  - Cost on writes?\n"
          "\n"
          "Check the numbers:\n"
          "  estimate '50M * 40 B in GB'\n");
  }
  SUBCASE("json carries every field") {
    const std::string json = render_question(q, Format::json, {});
    CHECK(json.find("\"expect\": [\n    \"A compound index\",\n    \"EXPLAIN\"\n  ]") != std::string::npos);
    CHECK(json.find("\"estimate\": \"50M * 40 B in GB\"") != std::string::npos);
  }
  SUBCASE("tsv adds the answer columns") {
    CHECK(render_question(q, Format::tsv, {}) ==
          "id\tsubtopic\tarea\tdifficulty\tkind\tminutes\ttags\tprompt\texpect\tfollow_ups\testimate\n"
          "db-index\tdatabases\tdesign\tmedium\tconcept\t10\tindexing,sql\tWhich index fits?\t"
          "A compound index | EXPLAIN\tCost on writes?\t50M * 40 B in GB\n");
  }
}

TEST_CASE("render_table") {
  const Table table{{"name", "count"}, {false, true}, {{"a", "5"}, {"longer", "12"}}};
  CHECK(render_table(table, Format::text) == "a        5\nlonger  12\n");
  CHECK(render_table(table, Format::tsv) == "name\tcount\na\t5\nlonger\t12\n");
  CHECK(render_table(table, Format::json) ==
        "[\n  {\n    \"name\": \"a\",\n    \"count\": 5\n  },\n  {\n    \"name\": \"longer\",\n    \"count\": 12\n  "
        "}\n]\n");
  CHECK(render_table(table, Format::md) == "| name | count |\n|---|---:|\n| a | 5 |\n| longer | 12 |\n");
}

TEST_CASE("render_problems") {
  const std::vector<Diagnostic> problems = {{"b.yaml", 3, 5, "unknown kind 'x'"}};
  CHECK(render_problems(problems, Format::text) == "b.yaml:3:5: unknown kind 'x'\n");
  CHECK(render_problems(problems, Format::tsv) == "file\tline\tcolumn\tmessage\nb.yaml\t3\t5\tunknown kind 'x'\n");
}
