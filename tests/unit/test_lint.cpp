// Shows each quality rule of `qpick lint`, with its exact message.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "bank/lint.h"
#include "base/rng.h"

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
  SUBCASE("control characters a terminal would act on, but not tab and newline") {
    Question q = make("db-a");
    q.prompt = "Caf\u00e9 \x1b[2J\ttab\nline";
    q.expect = {"fine\tone", "bell\a"};
    q.follow_ups = {"csi \u009b"};
    q.estimate = "1\x7f";
    CHECK(
        messages({q}) ==
        std::vector<std::string>{
            "b.yaml:7:5: question 'db-a': control character U+001B in the prompt at character 6 (a terminal would act "
            "on it)",
            "b.yaml:7:5: question 'db-a': control character U+0007 in 'expect' point 2 at character 5 (a terminal "
            "would act on it)",
            "b.yaml:7:5: question 'db-a': control character U+009B in follow-up 1 at character 5 (a terminal would "
            "act on it)",
            "b.yaml:7:5: question 'db-a': control character U+007F in the estimate at character 2 (a terminal would "
            "act on it)"});
  }
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
    full.judging.not_judged = "a fixture";
    bare.judging.not_judged = "a fixture";
    CHECK(messages({bare, full}) ==
          std::vector<std::string>{"b.yaml:7:5: question 'code-a': a coding prompt must state its input, output and "
                                   "constraints (with numbers) and give an example"});
  }
  SUBCASE("a coding problem has io, cases and a stress input, or says why it is not judged") {
    Question q = make("code-a", "coding", "coding");
    q.prompt = std::string(200, 'x') + " Example: 1 gives 2.";
    CHECK(messages({q}) ==
          std::vector<std::string>{"b.yaml:7:5: question 'code-a': a coding problem needs io, at least "
                                   "6 cases and a stress input, or judge: \"none: REASON\"; missing: "
                                   "io, cases (it has 0), a stress input"});
    q.judging.io = "a number; its double";
    q.judging.cases.assign(5, JudgeCase{"1\n", {"2\n"}, ""});
    q.judging.stress.push_back(StressInput{"ints 1 1 9", 1, ""});
    CHECK(messages({q}) ==
          std::vector<std::string>{"b.yaml:7:5: question 'code-a': a coding problem needs io, at least "
                                   "6 cases and a stress input, or judge: \"none: REASON\"; missing: "
                                   "cases (it has 5)"});
    q.judging.cases.push_back(q.judging.cases.front());
    CHECK(messages({q}).empty());
    Question none = make("code-b", "coding", "coding");
    none.prompt = q.prompt;
    none.judging.not_judged = "it needs threads";
    CHECK(messages({none}).empty());
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

namespace {

// Questions with the prompts `prompts`, ids q-0, q-1... on lines 1, 2...
std::vector<Question> with_prompts(const std::vector<std::string>& prompts) {
  std::vector<Question> questions;
  for (std::size_t i = 0; i < prompts.size(); ++i) {
    Question q = make(fmt::format("q-{}", i));
    q.prompt = prompts[i];
    q.line = static_cast<int>(i + 1);
    questions.push_back(std::move(q));
  }
  return questions;
}

// The message for question `later` nearly repeating `earlier`, with which it shares `share` of its words.
std::string repeats(std::size_t later, std::size_t earlier, double share) {
  return fmt::format("b.yaml:{}:5: question 'q-{}': prompt shares {:.0f}% of its words with 'q-{}' (line {})",
                     later + 1, later, share * 100, earlier, earlier + 1);
}

// The rules with only the near-duplicate check on, at `share`.
LintRules duplicates_only(double share = 0.5) {
  LintRules rules;
  rules.spread_min_questions = std::numeric_limits<std::size_t>::max();
  rules.duplicate_share = share;
  return rules;
}

}  // namespace

TEST_CASE("lint_bank: which near-duplicates are reported") {
  SUBCASE("a pair at the threshold is, one just under it is not") {
    CHECK(messages(with_prompts({"Alpha, bravo and charlie?", "alpha bravo delta", "alpha bravo echo foxtrot"}),
                   duplicates_only()) == std::vector<std::string>{repeats(1, 0, 0.5)});
  }
  SUBCASE("each question once, beside the earlier prompt it shares most with") {
    CHECK(messages(with_prompts({"alpha bravo charlie delta echo", "alpha bravo charlie delta foxtrot",
                                 "alpha bravo charlie delta foxtrot golf"}),
                   duplicates_only()) == std::vector<std::string>{repeats(1, 0, 4.0 / 6), repeats(2, 1, 5.0 / 6)});
  }
  SUBCASE("on a tie, beside the first") {
    CHECK(messages(with_prompts({"alpha bravo charlie", "Alpha Bravo Charlie", "alpha, bravo, charlie"}),
                   duplicates_only()) == std::vector<std::string>{repeats(1, 0, 1), repeats(2, 0, 1)});
  }
  SUBCASE("prompts that share only words most prompts use") {
    std::vector<std::string> prompts;
    for (int i = 0; i < 60; ++i) {
      prompts.push_back(fmt::format("alpha bravo charlie only{0}a only{0}b only{0}c only{0}d", i));
    }
    prompts.push_back("alpha bravo charlie delta");
    prompts.push_back("alpha bravo charlie echo");
    CHECK(messages(with_prompts(prompts), duplicates_only()) == std::vector<std::string>{repeats(61, 60, 0.6)});
  }
  SUBCASE("prompts without words of four letters are never near-duplicates") {
    CHECK(messages(with_prompts({"a b c", "a b c", "Why?"}), duplicates_only()).empty());
  }
}

TEST_CASE("lint_bank: near-duplicates are the ones a comparison of every pair finds") {
  // Prompts of 1 to 12 words from 40, the first ones far more often than the last, so that many
  // pairs come close to each threshold; with case, punctuation and short words to ignore.
  Rng rng(2026);
  std::vector<std::string> prompts;
  for (int i = 0; i < 300; ++i) {
    std::string prompt = "Why";
    const std::uint32_t words = 1 + rng.below(12);
    for (std::uint32_t w = 0; w < words; ++w) {
      const std::uint32_t word = rng.below(1 + rng.below(40));
      prompt += rng.below(4) == 0 ? fmt::format(", and Word{}", word) : fmt::format(" of word{}", word);
    }
    prompts.push_back(prompt + "?");
  }
  for (const double share : {0.3, 0.5, 0.75, 1.0}) {
    CAPTURE(share);
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
      double best = -1;
      std::size_t earlier = 0;
      for (std::size_t j = 0; j < i; ++j) {
        const double overlap = word_overlap(prompts[i], prompts[j]);
        if (overlap > best) best = overlap, earlier = j;
      }
      if (best >= share) expected.push_back(repeats(i, earlier, best));
    }
    CHECK(expected.size() >= 5);  // enough to show something
    CHECK(messages(with_prompts(prompts), duplicates_only(share)) == expected);
  }
}

TEST_CASE("lint_bank: a near-duplicate search cut short by its limits") {
  const std::vector<std::string> copies(20, "alpha bravo charlie delta");
  SUBCASE("within the limits every copy is beside the first") {
    const auto found = messages(with_prompts(copies), duplicates_only());
    REQUIRE(found.size() == 19);
    CHECK(found[18] == repeats(19, 0, 1));
  }
  SUBCASE("allowed one lookup and one comparison a prompt, each copy is beside the one before it") {
    LintRules rules = duplicates_only();
    rules.duplicate_lookups = 19;
    rules.duplicate_comparisons = 19;
    const auto found = messages(with_prompts(copies), rules);
    REQUIRE(found.size() == 19);
    CHECK(found[0] == repeats(1, 0, 1));
    CHECK(found[18] == repeats(19, 18, 1));
  }
  SUBCASE("allowed no lookups, it finds nothing") {
    LintRules rules = duplicates_only();
    rules.duplicate_lookups = 0;
    CHECK(messages(with_prompts(copies), rules).empty());
  }
}

TEST_CASE("lint_bank: progress") {
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  std::vector<Question> questions;
  for (int i = 0; i < 3000; ++i) questions.push_back(make(fmt::format("db-{}", i)));
  lint_bank(Bank(std::move(questions)), without_duplicates(),
            [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
  REQUIRE(calls.size() >= 2);
  CHECK(calls.front() == std::pair<std::size_t, std::size_t>{0, 3000});
  CHECK(calls.back() == std::pair<std::size_t, std::size_t>{3000, 3000});
  CHECK(std::is_sorted(calls.begin(), calls.end()));
}

TEST_CASE("word_overlap") {
  CHECK(word_overlap("", "") == 0);
  CHECK(word_overlap("Index Tuning", "index tuning!") == 1);
  CHECK(word_overlap("a an the of", "a an") == 0);  // short words do not count
  CHECK(word_overlap("alpha beta", "alpha gamma") == doctest::Approx(1.0 / 3));
}
