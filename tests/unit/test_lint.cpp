// Shows each quality rule of `qpick lint`, with its exact message.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
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
  rules.similar_above = 2;
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

TEST_CASE("lint_bank: near-duplicate questions") {
  Question a = make("db-a");
  a.prompt = "Explain how a compound index on customer and created columns speeds ordering queries";
  Question b = make("db-b");
  b.prompt = "Explain how a compound index on customer and created columns speeds ordering queries";
  b.line = 20;
  Question c = make("db-c");
  c.prompt = "Describe replication lag and read-your-writes consistency";
  CHECK(messages({a, b, c}, LintRules{}) ==
        std::vector<std::string>{"b.yaml:20:5: question 'db-b': prompt and points 100% alike with 'db-a' (line 7)"});
  SUBCASE("the points count as well as the prompt") {
    a.prompt = "Which index helps here?";
    a.expect = {"customer and created columns in that order", "equality columns first, the range column last"};
    b.prompt = "Why is this query slow?";
    b.expect = a.expect;
    c.expect = {"read your own writes from the leader", "monotonic reads with sticky sessions"};
    std::vector<Question> questions = {a, b, c};
    for (const char* topic : {"vacuum", "sharding", "backups", "caching", "queues", "locks"}) {
      Question other = make(fmt::format("db-{}", topic));
      other.prompt = fmt::format("Tell me about {}", topic);
      other.expect = {topic, fmt::format("{} in production", topic)};
      questions.push_back(other);
    }
    const auto found = messages(questions, LintRules{});
    REQUIRE(found.size() == 1);
    CHECK(found[0].starts_with("b.yaml:20:5: question 'db-b': prompt and points "));
  }
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

// The message for question `later` nearly repeating `earlier`, `similarity` alike.
std::string repeats(std::size_t later, std::size_t earlier, double similarity) {
  return fmt::format("b.yaml:{}:5: question 'q-{}': prompt and points {:.0f}% alike with 'q-{}' (line {})", later + 1,
                     later, std::floor(similarity * 100 + 1e-9), earlier, earlier + 1);
}

// The rules with only the near-duplicate check on, at `threshold`.
LintRules duplicates_only(double threshold = 0.4) {
  LintRules rules;
  rules.spread_min_questions = std::numeric_limits<std::size_t>::max();
  rules.similar_above = threshold;
  return rules;
}

// The TF-IDF cosine of every pair of `texts`, computed the plain way: cosines[i][j].
std::vector<std::vector<double>> every_cosine(const std::vector<std::string>& texts) {
  std::vector<std::map<std::string, double>> counts;
  std::map<std::string, double> users;
  for (const auto& text : texts) {
    std::map<std::string, double> count;
    for (const auto& term : similarity_terms(text)) ++count[term];
    for (const auto& [term, n] : count) ++users[term];
    counts.push_back(count);
  }
  std::vector<std::map<std::string, double>> vectors;
  for (auto& count : counts) {
    double squares = 0;
    for (auto& [term, n] : count) {
      n = (1 + std::log(n)) * std::log(static_cast<double>(texts.size()) / users[term]);
      squares += n * n;
    }
    for (auto& [term, n] : count) n = squares > 0 ? n / std::sqrt(squares) : 0;
    vectors.push_back(count);
  }
  std::vector<std::vector<double>> cosines(texts.size(), std::vector<double>(texts.size()));
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (std::size_t j = 0; j < texts.size(); ++j) {
      for (const auto& [term, weight] : vectors[i]) {
        if (const auto it = vectors[j].find(term); it != vectors[j].end()) cosines[i][j] += weight * it->second;
      }
    }
  }
  return cosines;
}

}  // namespace

TEST_CASE("lint_bank: which near-duplicates are reported") {
  SUBCASE("each question once, beside the earlier question most like it") {
    const std::vector<std::string> prompts = {"alpha bravo charlie delta echo",
                                              "alpha bravo charlie delta echo foxtrot",
                                              "alpha bravo charlie delta echo foxtrot golf",
                                              "hotel india",
                                              "juliet kilo",
                                              "lima mike"};
    const auto cosines = every_cosine(prompts);
    CHECK(cosines[1][0] >= 0.4);
    CHECK(cosines[2][1] > cosines[2][0]);
    CHECK(messages(with_prompts(prompts), duplicates_only()) ==
          std::vector<std::string>{repeats(1, 0, cosines[1][0]), repeats(2, 1, cosines[2][1])});
  }
  SUBCASE("on a tie, beside the first") {
    CHECK(messages(with_prompts({"alpha bravo charlie", "Alpha Bravo Charlie", "alpha, bravo, charlie", "delta"}),
                   duplicates_only()) == std::vector<std::string>{repeats(1, 0, 1), repeats(2, 0, 1)});
  }
  SUBCASE("a term every question uses weighs nothing") {
    CHECK(messages(with_prompts({"alpha bravo", "alpha charlie", "alpha delta"}), duplicates_only()).empty());
  }
  SUBCASE("texts without terms of three characters are never near-duplicates") {
    CHECK(messages(with_prompts({"a b c", "a b c", "Why?"}), duplicates_only()).empty());
  }
}

TEST_CASE("lint_bank: near-duplicates are the ones a comparison of every pair finds") {
  // Prompts of 1 to 12 terms from 40, the first ones far more often than the last, so that many
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
  auto texts = prompts;
  for (auto& text : texts) text += " one two";  // the points make() gives every question
  const auto cosines = every_cosine(texts);
  for (const double threshold : {0.2, 0.4, 0.6, 0.9}) {
    CAPTURE(threshold);
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
      double best = -1;
      std::size_t earlier = 0;
      for (std::size_t j = 0; j < i; ++j) {
        if (cosines[i][j] > best + 1e-9) best = cosines[i][j], earlier = j;
      }
      if (best >= threshold - 1e-9) expected.push_back(repeats(i, earlier, best));
    }
    CHECK(expected.size() >= 5);  // enough to show something
    CHECK(messages(with_prompts(prompts), duplicates_only(threshold)) == expected);
  }
}

TEST_CASE("lint_bank: a near-duplicate search cut short by its limits") {
  std::vector<std::string> copies(20, "alpha bravo charlie delta");
  copies.emplace_back("echo foxtrot");  // so that the copies' terms weigh something
  SUBCASE("within the limits every copy is beside the first") {
    const auto found = messages(with_prompts(copies), duplicates_only());
    REQUIRE(found.size() == 19);
    CHECK(found[18] == repeats(19, 0, 1));
  }
  SUBCASE("allowed one lookup and one comparison a question, each copy is beside the one before it") {
    LintRules rules = duplicates_only();
    rules.similarity_lookups = 20;
    rules.similarity_comparisons = 20;
    const auto found = messages(with_prompts(copies), rules);
    REQUIRE(found.size() == 19);
    CHECK(found[0] == repeats(1, 0, 1));
    CHECK(found[18] == repeats(19, 18, 1));
  }
  SUBCASE("allowed no lookups, it finds nothing") {
    LintRules rules = duplicates_only();
    rules.similarity_lookups = 0;
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

TEST_CASE("similarity_terms") {
  CHECK(similarity_terms("").empty());
  CHECK(similarity_terms("Index Tuning, of IDs!") == std::vector<std::string>{"index", "tuning", "ids"});
  CHECK(similarity_terms("a an the of") == std::vector<std::string>{"the"});  // two letters do not count
  CHECK(similarity_terms("caches cache keys gas") == std::vector<std::string>{"cache", "cache", "keys", "gas"});
  CHECK(similarity_terms("p99 HTTP/2") == std::vector<std::string>{"p99", "http"});
}
