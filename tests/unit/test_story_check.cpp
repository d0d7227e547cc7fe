// Shows what `star check` finds in a note, with each message exactly as the user reads it.
#include <doctest/doctest.h>

#include <string>

#include "star/story.h"
#include "star/story_check.h"

using namespace prepkit;

namespace {

std::string words(std::size_t n, const std::string& word = "word") {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += word + " ";
  return out;
}

// A note with the given sections' text, in order, under a front matter with `target`.
std::string note_text(const std::string& situation, const std::string& task, const std::string& action,
                      const std::string& result, int target = 180) {
  return "---\ntitle: T\ntarget: " + std::to_string(target) + "\n---\n## Situation\n" + situation + "\n## Task\n" +
         task + "\n## Action\n" + action + "\n## Result\n" + result + "\n";
}

std::vector<std::string> messages(const std::string& text, int rate = 150) {
  const StoryCheck check = check_story(parse_story(text, "s.md", "T"), rate);
  std::vector<std::string> out;
  for (const auto& finding : check.findings) out.push_back(finding.code + " " + finding.where.str());
  return out;
}

const std::string kGoodAction = "I profiled the service and I moved the lookups into one batch. " + words(40);
const std::string kGoodResult = "p95 fell from 900 ms to 300 ms.";

}  // namespace

TEST_CASE("check_story measures each part") {
  const std::string text = note_text(words(20), words(10), words(90), words(30) + "down 40%");
  const StoryCheck check = check_story(parse_story(text, "s.md", "T"), 150);
  CHECK(check.words == std::array<std::size_t, 4>{20, 10, 90, 32});
  CHECK(check.seconds == std::array<long, 4>{8, 4, 36, 13});
  CHECK(check.total_words == 152);
  CHECK(check.predicted_seconds == 61);
  CHECK(check.target_seconds == 180);
  CHECK(check.rate == 150);
  CHECK(check.findings.empty());
}

TEST_CASE("check_story findings") {
  SUBCASE("a fresh scaffold: every part empty, nothing else") {
    const std::string text = scaffold_story({"Reliability", "reliability", 180, *parse_date("2026-11-28")});
    CHECK(messages(text) == std::vector<std::string>{
                                "empty-section s.md:12:1: Situation is empty",
                                "empty-section s.md:16:1: Task is empty",
                                "empty-section s.md:20:1: Action is empty",
                                "empty-section s.md:24:1: Result is empty",
                            });
  }
  SUBCASE("missing sections, and a part under the wrong heading level") {
    CHECK(messages("## Situation\nwe were down\n### Action\nI fixed it\n") ==
          std::vector<std::string>{
              "missing-section s.md: no Task section (expected a heading '## Task')",
              "missing-section s.md: no Result section (expected a heading '## Result')",
              "missing-section s.md:3:1: no Action section: this heading is level 3, a section needs level 2 "
              "('## Action')",
          });
  }
  SUBCASE("a repeated section") {
    CHECK(messages(note_text(words(10), words(5), kGoodAction, kGoodResult) + "## Action\nmore\n") ==
          std::vector<std::string>{
              "repeated-section s.md:13:1: a second Action heading: its text is counted with the first, at line 9"});
  }
  SUBCASE("over the target, on the target's line, with the words to cut") {
    const auto found = messages(note_text(words(20), words(10), kGoodAction + words(200), kGoodResult, 60), 150);
    CHECK(found == std::vector<std::string>{
                       "over-target s.md:3:1: about 1:56 to say, 0:56 over the 1:00 target: cut about 140 words"});
    const auto no_line =
        messages("## Situation\n" + words(400) + "\n## Task\nx\n## Action\nI " + words(500) + "\n## Result\n3 x\n");
    CHECK(no_line.front() == "over-target s.md: about 6:02 to say, 3:02 over the 3:00 target: cut about 455 words");
  }
  SUBCASE("a Result without a number") {
    CHECK(messages(note_text(words(10), words(5), kGoodAction, "It got much faster and everyone was happy.")) ==
          std::vector<std::string>{"no-number s.md:11:1: Result has no number: say what changed in a way one can "
                                   "measure (\"p95 fell from 900 ms to 300 ms\")"});
    CHECK(messages(note_text(words(10), words(5), kGoodAction, "Latency halved.")).empty());
    CHECK(messages(note_text(words(10), words(5), kGoodAction, "Pages went from three a week to none.")).empty());
  }
  SUBCASE("an Action told as we") {
    CHECK(messages(note_text(words(10), words(5), "We profiled it, we found the lock and our fix shipped. " + words(40),
                             kGoodResult)) ==
          std::vector<std::string>{
              "we-not-i s.md:9:1: Action says \"we\" 3 times and \"I\" not at all: tell what you did yourself"});
    CHECK(
        messages(note_text(words(10), words(5), "We agreed, then I wrote it; we shipped. " + words(40), kGoodResult)) ==
        std::vector<std::string>{
            "we-not-i s.md:9:1: Action says \"we\" twice and \"I\" once: tell what you did yourself"});
    CHECK(messages(note_text(words(10), words(5), "We met; I wrote the fix and my tests. " + words(40), kGoodResult))
              .empty());
    CHECK(messages(note_text(words(10), words(5), "The US team and I shipped it. " + words(40), kGoodResult)).empty());
  }
  SUBCASE("a lopsided shape") {
    CHECK(messages(note_text(words(60), words(20), "I " + words(70), kGoodResult)) ==
          std::vector<std::string>{
              "long-setup s.md:5:1: Situation and Task are 50% of the story: keep the setup to about a third"});
    CHECK(messages(note_text(words(20), words(10), "I " + words(20), "Saved 3 hours. " + words(30))) ==
          std::vector<std::string>{
              "short-action s.md:9:1: Action (21 words) should be the largest part, but Result has 33"});
    CHECK(messages(note_text(words(30), words(2), "I " + words(29), "3 " + words(19))) ==
          std::vector<std::string>{
              "short-action s.md:9:1: Action (30 words) should be the largest part, but Situation has 30"});
  }
  SUBCASE("a lopsided shape is not judged while a part is empty") {
    CHECK(messages(note_text(words(60), "", "I " + words(10), kGoodResult)) ==
          std::vector<std::string>{"empty-section s.md:7:1: Task is empty"});
  }
}

TEST_CASE("count_pronouns and has_number") {
  const Pronouns said = count_pronouns(
      "I did it; me, my, mine, myself. I'm here, I’ve been. We, us, our, ours, "
      "ourselves; we're. i is not I. The US is not us. `we` in code");
  CHECK(said.singular == 8);
  CHECK(said.plural == 8);
  CHECK(has_number("99.9% uptime"));
  CHECK(has_number("cut it in half"));
  CHECK(has_number("a dozen fewer pages"));
  CHECK_FALSE(has_number("much better than before"));
  CHECK_FALSE(has_number("<!-- 42 --> nothing said"));
}
