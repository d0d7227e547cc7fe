// Shows how a rehearsal's report and a note read in each format.
#include <doctest/doctest.h>

#include "star/story_render.h"

using namespace prepkit;

namespace {

RehearsalRecord rehearsal(Outcome outcome) {
  RehearsalRecord r;
  r.story = "s";
  r.day = *parse_date("2026-12-01");
  r.started_at = "2026-12-01T08:00:00.000Z";
  r.outcome = outcome;
  r.part_ms = {25900, 15000, 95000, 20000};
  if (outcome == Outcome::aborted) r.part_ms = {25900, 4000, std::nullopt, std::nullopt};
  for (const auto& ms : r.part_ms) r.total_ms += ms.value_or(0);
  r.target_seconds = 150;
  r.words = 211;
  return r;
}

StoryCheck check() {
  StoryCheck c;
  c.seconds = {15, 9, 46, 15};
  c.predicted_seconds = 84;
  return c;
}

}  // namespace

TEST_CASE("whole_seconds rounds down, as a stopwatch shows time") {
  CHECK(whole_seconds(0) == 0);
  CHECK(whole_seconds(999) == 0);
  CHECK(whole_seconds(155900) == 155);
}

TEST_CASE("render_rehearsal") {
  SUBCASE("a completed rehearsal, over its target") {
    const std::string text = render_rehearsal(rehearsal(Outcome::completed), check(), Format::text, {});
    CHECK(text.substr(0, text.find("Task")) == "part       time  predicted\nSituation  0:25       0:15\n");
    CHECK(text.substr(text.rfind("total")) == "total      2:35       1:24\n2:35 against a 2:30 target: 0:05 over\n");
  }
  SUBCASE("an aborted one: the parts not reached are blank") {
    const std::string text = render_rehearsal(rehearsal(Outcome::aborted), check(), Format::text, {});
    CHECK(text.find("Action        -       0:46\n") != std::string::npos);
    CHECK(text.substr(text.rfind("total")) == "total      0:29       1:24\naborted during the Task after 0:29\n");
    CHECK(
        render_rehearsal(rehearsal(Outcome::aborted), check(), Format::tsv, {}) ==
        "part\tseconds\tpredicted_seconds\nsituation\t25\t15\ntask\t4\t9\naction\t\t46\nresult\t\t15\ntotal\t29\t84\n");
  }
  SUBCASE("colour marks the verdict only when asked for") {
    Style style;
    style.color = true;
    CHECK(render_rehearsal(rehearsal(Outcome::completed), check(), Format::text, style).find("\033[31m2:35 against") !=
          std::string::npos);
  }
}

TEST_CASE("render_story gives the file itself as Markdown") {
  const std::string raw = "---\r\ntitle: T\r\n---\r\n## Task\r\nx\r\n";
  const StoryNote note = parse_story(raw, "t.md", "T");
  CHECK(render_story({"t", "t.md"}, note, check_story(note, 150), raw, Format::md, {}) == raw);
}

TEST_CASE("render_story shows code blocks as they are, by base/markdown's fence and comment rules") {
  const std::string raw =
      "## Action\n"
      "~~~\n"
      "```\n"
      "<!-- kept: a comment in code is code -->\n"
      "a long line of code that stays on one line\n"
      "~~~\n"
      "<!-- gone -->prose that is wrapped at the width\n";
  const StoryNote note = parse_story(raw, "t.md", "T");
  Style style;
  style.width = 24;
  const std::string text = render_story({"t", "t.md"}, note, check_story(note, 150), raw, Format::text, style);
  CHECK(text.substr(text.find("  ~~~")) ==
        "  ~~~\n"
        "  ```\n"
        "  <!-- kept: a comment in code is code -->\n"
        "  a long line of code that stays on one line\n"
        "  ~~~\n"
        "  prose that is wrapped\n"
        "  at the width\n"
        "\n"
        "Result  (missing)\n");
}
