// Shows how story notes are read (tolerantly), scaffolded, named, and rewritten without losing
// a byte of the user's text.
#include <doctest/doctest.h>

#include <string>

#include "base/diagnostic.h"
#include "star/story.h"

using namespace prepkit;

namespace {

StoryNote parse(const std::string& text) { return parse_story(text, "n.md", "Fallback title"); }

std::string problem(const std::string& text) {
  try {
    parse(text);
  } catch (const DiagnosticError& e) {
    return e.what();
  }
  return "no problem";
}

std::string crlf(std::string text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

const char* const kFilled =
    "---\n"
    "title: Cut checkout p95 in half\n"
    "theme: performance\n"
    "target: 150\n"
    "created: 2026-11-20\n"
    "tags: [latency, caching]\n"
    "company: Acme  # my own key\n"
    "---\n"
    "\n"
    "Some notes to myself before the first section.\n"
    "\n"
    "## Situation\n"
    "\n"
    "<!-- The slow part: which system, which measure (p95 latency, throughput, cost), and its value at the start. -->\n"
    "Checkout p95 was 1.8 s.\n"
    "\n"
    "## Task\n"
    "I owned the fix.\n"
    "\n"
    "## Action\n"
    "I profiled it:\n"
    "\n"
    "```\n"
    "## Result (inside a code block, not a heading)\n"
    "```\n"
    "\n"
    "## Result\n"
    "p95 fell to 800 ms.\n"
    "\n"
    "## Follow-up questions\n"
    "Why not a CDN?\n";

}  // namespace

TEST_CASE("parse_story reads front matter and sections") {
  const StoryNote note = parse(kFilled);
  CHECK(note.title == "Cut checkout p95 in half");
  CHECK(note.theme == "performance");
  CHECK(note.target_seconds == 150);
  CHECK(note.target_line == 4);
  CHECK(format_date(*note.created) == "2026-11-20");
  CHECK(note.tags == std::vector<std::string>{"latency", "caching"});
  CHECK(note.has_front_matter);
  REQUIRE(note.section(Part::situation));
  CHECK(note.section(Part::situation)->line == 12);
  CHECK(note.section(Part::situation)->words == 5);  // the prompt does not count
  CHECK(note.section(Part::task)->words == 4);
  CHECK(note.section(Part::action)->words == 3);  // the code block is not said
  CHECK(note.section(Part::result)->line == 27);  // not the "## Result" inside the code block
  CHECK(note.section(Part::result)->words == 5);
  CHECK(note.section(Part::result)->text == "p95 fell to 800 ms.\n\n");  // the extra section is not part of it
  CHECK(note.words() == 17);
}

TEST_CASE("parse_story tolerates what people do in editors") {
  SUBCASE("CRLF line endings read the same as LF") {
    const StoryNote note = parse(crlf(kFilled));
    CHECK(note.title == "Cut checkout p95 in half");
    CHECK(note.target_seconds == 150);
    CHECK(note.section(Part::result)->text == "p95 fell to 800 ms.\n\n");
    CHECK(note.words() == 17);
  }
  SUBCASE("no front matter: defaults apply, a level-1 heading gives the title") {
    const StoryNote note = parse("# The outage\n\n## situation\nA queue filled up.\n");
    CHECK_FALSE(note.has_front_matter);
    CHECK(note.title == "The outage");
    CHECK(note.theme.empty());
    CHECK(note.target_seconds == kDefaultTargetSeconds);
    CHECK_FALSE(note.created);
    CHECK(note.section(Part::situation)->words == 4);
    CHECK_FALSE(note.section(Part::task));
  }
  SUBCASE("no title anywhere: the fallback") {
    CHECK(parse("## Task\nx\n").title == "Fallback title");
    CHECK(parse("---\ntitle:\n---\n").title == "Fallback title");
  }
  SUBCASE("headings in another case, with numbers, plurals, colons and closing #s") {
    const StoryNote note =
        parse("## SITUATION\na\n##   2. task ##\nb\n## Actions: what I did\nc\n  ## results\nd\n## Action items\ne\n");
    CHECK(note.section(Part::situation)->words == 1);
    CHECK(note.section(Part::task)->words == 1);
    CHECK(note.section(Part::action)->words == 1);  // "Action items" is another section
    CHECK(note.section(Part::result)->words == 1);
  }
  SUBCASE("a part under a heading of another level is not a section, but is remembered") {
    const StoryNote note = parse("## Situation\na\n### Action\nb c\n# Result\nd\n");
    CHECK_FALSE(note.section(Part::action));
    CHECK_FALSE(note.section(Part::result));
    CHECK(note.section(Part::situation)->words == 3);  // the level-3 heading stays inside it
    REQUIRE(note.stray_headings.size() == 2);
    CHECK(note.stray_headings[0].line == 3);
    CHECK(note.stray_headings[0].level == 3);
    CHECK(note.stray_headings[1].part == Part::result);
  }
  SUBCASE("a repeated heading adds its text to the first") {
    const StoryNote note = parse("## Action\none\n## Task\nt\n## action\ntwo three\n");
    CHECK(note.section(Part::action)->words == 3);
    CHECK(note.section(Part::action)->repeats == std::vector<int>{5});
  }
  SUBCASE("headings inside comments and fences are text") {
    const StoryNote note = parse("## Task\n<!--\n## Action\n-->\n~~~\n## Result\n~~~\n");
    CHECK_FALSE(note.section(Part::action));
    CHECK_FALSE(note.section(Part::result));
  }
  SUBCASE("a comment opens only outside code spans and headings (base/markdown's rule)") {
    CHECK(parse("## Task\nI fixed `<!--` in the parser\n## Action\nb\n").section(Part::action));
    CHECK(parse("# Title <!-- draft\n## Action\nb\n").section(Part::action));
  }
  SUBCASE("a fence closes only on a line of its own") {
    CHECK_FALSE(parse("## Task\n```\n``` not a close\n## Action\n```\n").section(Part::action));
  }
  SUBCASE("a byte-order mark, tags as text, unknown keys, an empty front matter") {
    CHECK(parse("\xEF\xBB\xBF---\ntitle: T\n---\n").title == "T");
    CHECK(parse("---\ntags: a, b ,,c\n---\n").tags == std::vector<std::string>{"a", "b", "c"});
    CHECK(parse("---\nmine: [1, 2]\n---\n").title == "Fallback title");
    CHECK(parse("---\n---\n## Task\n").section(Part::task));
    CHECK(parse("---\ntarget: '2:30'\n---\n").target_seconds == 150);
  }
  SUBCASE("a prompt left in the text without its comment marks does not count") {
    const StoryNote note = parse("## Task\nWhat you were responsible for, and what a good outcome would look like.\n");
    CHECK(note.section(Part::task)->words == 0);
    CHECK(parse("## Task\n*What you were responsible for, and what a good outcome would look like.*\nMine.\n")
              .section(Part::task)
              ->words == 1);
  }
}

TEST_CASE("parse_story refuses malformed front matter, naming the place") {
  CHECK(problem("---\ntitle: x\n") ==
        "n.md:1:1: the front matter that starts here is never closed (expected a line '---')");
  CHECK(problem("---\ntarget: soon\n---\n") ==
        "n.md:2:9: 'target' must be seconds (such as 180) or minutes and seconds (such as 3:00), from 0:10 to 60:00");
  CHECK(problem("---\ntarget: 5\n---\n") ==
        "n.md:2:9: 'target' must be seconds (such as 180) or minutes and seconds (such as 3:00), from 0:10 to 60:00");
  CHECK(problem("---\ncreated: yesterday\n---\n") ==
        "n.md:2:10: 'created': expected a date as YYYY-MM-DD, found 'yesterday'");
  CHECK(problem("---\ncreated: 3026-01-01\n---\n") ==
        "n.md:2:10: 'created': expected a date from 1900-01-01 to 2999-12-31, found '3026-01-01'");
  CHECK(problem("---\ntitle: [a]\n---\n") == "n.md:2:8: 'title' must be text, found a list");
  CHECK(problem("---\ntags: {a: 1}\n---\n") == "n.md:2:7: 'tags' must be a list, such as [latency, caching]");
  CHECK(problem("---\n- a\n---\n") ==
        "n.md:2:1: the front matter must be keys and values, such as 'title: ...' and 'target: 180'");
  CHECK(problem("---\ntitle: a\ntitle: b\n---\n") == "n.md:3:1: duplicate key 'title' (first at line 2)");
  CHECK(problem("---\r\ntitle: a\r\ntarget: x\r\n---\r\n") ==
        "n.md:3:9: 'target' must be seconds (such as 180) or minutes and seconds (such as 3:00), from 0:10 to 60:00");
  CHECK(problem("## Task\nbad \xff byte\n") == "n.md:2:5: invalid UTF-8");
}

TEST_CASE("scaffold_story") {
  const NewStory story{"Cut checkout p95: in half", "performance", 150, *parse_date("2026-11-28")};
  const std::string text = scaffold_story(story);
  const std::string head =
      "---\ntitle: \"Cut checkout p95: in half\"\ntheme: performance\ntarget: 150\ncreated: 2026-11-28\ntags: "
      "[]\n---\n\n";
  CHECK(text.substr(0, head.size()) == head);
  CHECK(text.find("## Result\n\n<!-- The measure before and after") != std::string::npos);
  SUBCASE("reads back with every section present and empty") {
    const StoryNote note = parse(text);
    CHECK(note.title == "Cut checkout p95: in half");
    CHECK(note.target_seconds == 150);
    for (const Part part : kParts) {
      REQUIRE(note.section(part));
      CHECK(note.section(part)->words == 0);
    }
  }
  SUBCASE("another theme gets the generic prompts; no theme is an empty key") {
    const std::string other = scaffold_story({"Mentoring", "", 180, *parse_date("2026-11-28")});
    CHECK(other.find("theme:\n") != std::string::npos);
    CHECK(other.find(std::string(section_prompt(Part::action, ""))) != std::string::npos);
    CHECK(section_prompt(Part::action, "leadership") == section_prompt(Part::action, ""));
    CHECK(section_prompt(Part::action, "Conflict") != section_prompt(Part::action, ""));
  }
}

TEST_CASE("slugify") {
  CHECK(slugify("Cut checkout p95 in half") == "cut-checkout-p95-in-half");
  CHECK(slugify("  The 3 a.m. page -- again!  ") == "the-3-a-m-page-again");
  CHECK(slugify("Don't panic: it’s only prod") == "dont-panic-its-only-prod");
  CHECK(slugify("Zürich façade déjà vu, Łódź") == "zurich-facade-deja-vu-lodz");
  CHECK(slugify("Релиз в пятницу") == "Релиз-в-пятницу");
  CHECK(slugify("性能 🚀 改善") == "性能-改善");
  CHECK(slugify("?!").empty());
  CHECK(slugify(std::string(100, 'a')).size() == 60);
  CHECK(slugify("a-long-title-that-keeps-going-and-going-past-the-limit-of-sixty-bytes") ==
        "a-long-title-that-keeps-going-and-going-past-the-limit-of");
}

TEST_CASE("yaml_scalar") {
  CHECK(yaml_scalar("Cut p95 in half") == "Cut p95 in half");
  CHECK(yaml_scalar("Outage: the sequel") == "\"Outage: the sequel\"");
  CHECK(yaml_scalar("yes") == "\"yes\"");
  CHECK(yaml_scalar("2024 outage") == "\"2024 outage\"");
  CHECK(yaml_scalar("say \"no\" # twice") == "\"say \\\"no\\\" # twice\"");
  CHECK(yaml_scalar("- dash") == "\"- dash\"");
  CHECK(yaml_scalar("") == "\"\"");
  for (const std::string title : {"Outage: the sequel", "yes", "- dash", "a \\ b", "'quoted'", "tab\there"}) {
    CHECK(parse("---\ntitle: " + yaml_scalar(title) + "\n---\n").title == title);
  }
}

TEST_CASE("update_front_matter keeps every byte it does not change") {
  SUBCASE("a key's line is replaced, its comment kept, the rest untouched") {
    const std::string before = kFilled;
    const std::string after = update_front_matter(before, {{"target", "120"}, {"company", "Beta"}});
    std::string expected = before;
    expected.replace(expected.find("target: 150"), 11, "target: 120");
    expected.replace(expected.find("company: Acme"), 13, "company: Beta");
    CHECK(after == expected);
    CHECK(parse(after).target_seconds == 120);
  }
  SUBCASE("CRLF stays CRLF, and a missing key is added before the closing line") {
    const std::string before = crlf(kFilled);
    const std::string after = update_front_matter(before, {{"owner", "me"}});
    std::string expected = before;
    expected.insert(expected.find("---\r\n\r\nSome"), "owner: me\r\n");
    CHECK(after == expected);
  }
  SUBCASE("a value over several lines is replaced whole") {
    const std::string before = "---\ntags:\n  - a\n  - b\ntitle: T\n---\nbody\n";
    CHECK(update_front_matter(before, {{"tags", "[c]"}}) == "---\ntags: [c]\ntitle: T\n---\nbody\n");
    CHECK(update_front_matter("---\ntags:\n- a\n- b\n---\n", {{"tags", "[]"}}) == "---\ntags: []\n---\n");
  }
  SUBCASE("a comment with a # inside quotes is not cut") {
    CHECK(update_front_matter("---\ntitle: \"a # b\" # note\n---\n", {{"title", "C"}}) ==
          "---\ntitle: C # note\n---\n");
  }
  SUBCASE("a note without front matter gets one on top, the text after it as it was") {
    const std::string before = "# Mine\r\n\r\n## Task\r\nx";
    CHECK(update_front_matter(before, {{"target", "90"}}) == "---\r\ntarget: 90\r\n---\r\n\r\n" + before);
    CHECK(update_front_matter("", {{"target", "90"}}) == "---\ntarget: 90\n---\n");
  }
  SUBCASE("a byte-order mark stays first; a key named like another's prefix is not confused") {
    CHECK(update_front_matter("\xEF\xBB\xBF---\ntargets: 1\n---\n", {{"target", "90"}}) ==
          "\xEF\xBB\xBF---\ntargets: 1\ntarget: 90\n---\n");
  }
  SUBCASE("front matter that is never closed is refused") {
    CHECK_THROWS_AS(update_front_matter("---\ntitle: x\n", {{"target", "90"}}), DiagnosticError);
  }
}
