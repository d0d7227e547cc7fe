// Shows the exact shape of questions in every format, since pipelines depend on it.
#include <doctest/doctest.h>

#include "bank/question_render.h"

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

TEST_CASE("subtopic_table, tag_table and id_table") {
  const Bank bank = load_banks({std::string(PREPKIT_TEST_DATA) + "/banks"});
  const Table subtopics = subtopic_table(bank);
  CHECK(subtopics.columns == std::vector<std::string>{"subtopic", "area", "questions", "title"});
  CHECK(subtopics.rows.size() == all_subtopics().size());
  std::size_t total = 0;
  for (const auto& row : subtopics.rows) total += std::stoul(row[2]);
  CHECK(total == bank.questions().size());
  const Table tags = tag_table(bank);
  REQUIRE_FALSE(tags.rows.empty());
  for (std::size_t i = 1; i < tags.rows.size(); ++i)
    CHECK(std::stoul(tags.rows[i - 1][1]) >= std::stoul(tags.rows[i][1]));
  const Table ids = id_table(bank);
  REQUIRE(ids.rows.size() == bank.questions().size());
  CHECK(ids.rows[0] == std::vector<std::string>{bank.questions()[0].id, bank.questions()[0].subtopic,
                                                bank.questions()[0].difficulty, bank.questions()[0].kind});
}
