// Shows each quality rule of `qpick lint`, with its exact message.
#include <doctest/doctest.h>

#include "bank/lint.h"

using namespace prepkit;

namespace {

Question make(std::string id, std::string subtopic = "databases", std::string kind = "concept") {
  Question q;
  q.id = std::move(id);
  q.subtopic = std::move(subtopic);
  q.area = find_subtopic(q.subtopic)->area;
  q.kind = std::move(kind);
  q.difficulty = "medium";
  q.prompt = "Prompt about " + q.id;
  q.minutes = 5;
  q.tags = {"t"};
  q.expect = {"one", "two"};
  q.follow_ups = {"f"};
  q.file = "b.yaml";
  q.line = 7;
  q.column = 5;
  return q;
}

// The rules with the near-duplicate check off: the made-up prompts are alike on purpose.
LintRules without_duplicates() {
  LintRules rules;
  rules.duplicate_share = 2;
  return rules;
}

std::vector<std::string> messages(std::vector<Question> questions, const LintRules& rules = without_duplicates()) {
  std::vector<std::string> out;
  for (const auto& d : lint_bank(Bank(std::move(questions)), rules)) out.push_back(d.str());
  return out;
}

}  // namespace

TEST_CASE("lint_bank: the shape of each question") {
  SUBCASE("a good question has no problems") { CHECK(messages({make("db-a")}).empty()); }
  SUBCASE("tags and expect points within their ranges") {
    Question q = make("db-a");
    q.tags = {"a", "b", "c", "d", "e", "f"};
    q.expect = {"only one"};
    CHECK(messages({q}) ==
          std::vector<std::string>{"b.yaml:7:5: question 'db-a': has 6 tags (expected 1 to 5)",
                                   "b.yaml:7:5: question 'db-a': has 1 'expect' point (expected 2 to 6)"});
  }
  SUBCASE("design and performance questions need follow-ups") {
    Question design = make("db-a", "databases", "design");
    design.follow_ups.clear();
    Question perf = make("perf-a", "performance");
    perf.follow_ups.clear();
    Question plain = make("db-b");
    plain.follow_ups.clear();
    CHECK(
        messages({design, perf, plain}) ==
        std::vector<std::string>{"b.yaml:7:5: question 'db-a': a design question needs at least one follow-up",
                                 "b.yaml:7:5: question 'perf-a': a performance question needs at least one follow-up"});
  }
  SUBCASE("coding prompts carry constraints and an example") {
    Question bare = make("code-a", "coding", "coding");
    bare.prompt = "Reverse a linked list.";
    Question full = make("code-b", "coding", "coding");
    full.prompt =
        "Given the head of a singly linked list with 0 to 5000 nodes, each value between -5000 and 5000, return "
        "the head of the reversed list. Example: 1 -> 2 -> 3 becomes 3 -> 2 -> 1.";
    CHECK(messages({bare, full}) ==
          std::vector<std::string>{"b.yaml:7:5: question 'code-a': a coding prompt must state its input, output and "
                                   "constraints (with numbers) and give an example"});
  }
}

TEST_CASE("lint_bank: difficulty spread") {
  std::vector<Question> questions;
  for (int i = 0; i < 30; ++i) {
    Question q = make("db-" + std::to_string(i));
    q.difficulty = i < 6 ? "easy" : i < 10 ? "hard" : "medium";
    questions.push_back(q);
  }
  CHECK(messages(questions) ==
        std::vector<std::string>{"b.yaml:1:1: subtopic 'databases': 4 of 30 questions are hard (13%); at least 20% "
                                 "should be"});
  questions.resize(29);  // under 30 questions a subtopic need not be spread
  CHECK(messages(questions).empty());
}

TEST_CASE("lint_bank: near-duplicate prompts") {
  Question a = make("db-a");
  a.prompt = "Explain how a compound index on customer and created columns speeds ordering queries";
  Question b = make("db-b");
  b.prompt = "Explain how a compound index on customer and created columns speeds sorting queries";
  b.line = 20;
  Question c = make("db-c");
  c.prompt = "Describe replication lag and read-your-writes consistency";
  CHECK(messages({a, b, c}, LintRules{}) ==
        std::vector<std::string>{"b.yaml:20:5: question 'db-b': prompt shares 80% of its words "
                                 "with 'db-a' (line 7)"});
}

TEST_CASE("word_overlap") {
  CHECK(word_overlap("", "") == 0);
  CHECK(word_overlap("Index Tuning", "index tuning!") == 1);
  CHECK(word_overlap("a an the of", "a an") == 0);  // short words do not count
  CHECK(word_overlap("alpha beta", "alpha gamma") == doctest::Approx(1.0 / 3));
}
