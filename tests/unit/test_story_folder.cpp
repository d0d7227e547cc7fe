// Shows how the stories folder is listed, how a STORY argument is resolved, and that notes are
// created without ever replacing one and rewritten atomically.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/diagnostic.h"
#include "base/error.h"
#include "helpers.h"
#include "star/story_folder.h"

using namespace prepkit;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t entries_in(const std::filesystem::path& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

std::vector<std::string> slugs(const std::vector<StoryFile>& files) {
  std::vector<std::string> out;
  for (const auto& file : files) out.push_back(file.slug);
  return out;
}

const Date kDay = *parse_date("2026-11-28");

}  // namespace

TEST_CASE("list_stories") {
  test::TempDir dir;
  SUBCASE("a folder that does not exist holds no stories") { CHECK(list_stories(dir / "none").empty()); }
  SUBCASE("*.md files only, hidden ones and folders left out, by slug") {
    for (const char* name : {"b-story.md", "a-story.md", ".a-story.md.Xy12ab", ".hidden.md", "notes.txt"}) {
      std::ofstream(dir / name) << "x";
    }
    std::filesystem::create_directory(dir / "folder.md");
    CHECK(slugs(list_stories(dir.path())) == std::vector<std::string>{"a-story", "b-story"});
  }
  SUBCASE("a file where the folder should be") {
    std::ofstream(dir / "file") << "x";
    const std::string name = (dir / "file").string();
    CHECK_THROWS_WITH_AS(list_stories(dir / "file"), (name + ": is not a folder").c_str(), NoInputError);
  }
}

TEST_CASE("find_story") {
  test::TempDir dir;
  for (const char* name : {"cut-checkout-p95.md", "cut-costs.md", "conflict-over-schema.md", "cut.md"}) {
    std::ofstream(dir / name) << "x";
  }
  const std::string folder = dir.path().string();
  SUBCASE("an exact slug wins over the prefix of others") { CHECK(find_story(dir.path(), "cut").slug == "cut"); }
  SUBCASE("a unique prefix") { CHECK(find_story(dir.path(), "cut-ch").slug == "cut-checkout-p95"); }
  SUBCASE("an ambiguous prefix is exit 64, listing the candidates") {
    CHECK_THROWS_WITH_AS(find_story(dir.path(), "cut-c"),
                         "'cut-c' could be any of 2 stories: cut-checkout-p95, cut-costs (give more of the name)",
                         UsageError);
  }
  SUBCASE("an unknown name is exit 66, with the closest slugs") {
    CHECK_THROWS_WITH_AS(find_story(dir.path(), "cut-chekout"),
                         ("no story 'cut-chekout' in " + folder + " (did you mean 'cut-checkout-p95'?)").c_str(),
                         NoInputError);
    CHECK_THROWS_WITH_AS(find_story(dir.path(), "zzzzzzzz"), ("no story 'zzzzzzzz' in " + folder).c_str(),
                         NoInputError);
    CHECK_THROWS_WITH_AS(find_story(dir / "empty", "x"),
                         ("no story 'x': " + (dir / "empty").string() + " holds no stories yet").c_str(), NoInputError);
  }
  SUBCASE("a path is taken as it is") {
    const StoryFile file = find_story(dir.path(), "elsewhere/My-Story.md");
    CHECK(file.slug == "My-Story");
    CHECK(file.path == "elsewhere/My-Story.md");
    CHECK(find_story(dir.path(), "x.md").slug == "x");
  }
}

TEST_CASE("create_story") {
  test::TempDir dir;
  const NewStory story{"Cut checkout p95 in half", "performance", 180, kDay};
  SUBCASE("creates the folder and a note named by the title's slug") {
    const auto path = create_story(dir / "stories", story);
    CHECK(path == dir / "stories/cut-checkout-p95-in-half.md");
    CHECK(slurp(path) == scaffold_story(story));
    CHECK(entries_in(dir / "stories") == 1);  // no temporary file left behind
  }
  SUBCASE("never replaces an existing file, and leaves no temporary file") {
    const auto path = dir / "cut-checkout-p95-in-half.md";
    std::ofstream(path) << "mine";
    CHECK_THROWS_WITH_AS(create_story(dir.path(), story),
                         (path.string() + " already exists (a story is never overwritten)").c_str(), CantCreateError);
    CHECK(slurp(path) == "mine");
    CHECK(entries_in(dir.path()) == 1);
  }
  SUBCASE("a title with nothing to name the file after") {
    CHECK_THROWS_WITH_AS(create_story(dir.path(), {"!!!", "", 180, kDay}),
                         "the title '!!!' has no letter or digit to name the file after", UsageError);
  }
  SUBCASE("a title that is not UTF-8 would make a note that does not read: refused") {
    CHECK_THROWS_WITH_AS(create_story(dir.path(), {"caf\xE9", "", 180, kDay}), "the title is not valid UTF-8 text",
                         UsageError);
    CHECK(entries_in(dir.path()) == 0);
  }
}

TEST_CASE("rewrite_front_matter") {
  test::TempDir dir;
  const auto path = dir / "s.md";
  const std::string before = "---\r\ntitle: Old # keep\r\n---\r\nMy own text, \xE2\x80\x9Cquoted\xE2\x80\x9D\r\n";
  std::ofstream(path, std::ios::binary) << before;
  SUBCASE("changes the value and nothing else, atomically") {
    rewrite_front_matter({"s", path}, {{"title", "New"}, {"target", "90"}});
    CHECK(slurp(path) ==
          "---\r\ntitle: New # keep\r\ntarget: 90\r\n---\r\nMy own text, \xE2\x80\x9Cquoted\xE2\x80\x9D\r\n");
    CHECK(entries_in(dir.path()) == 1);
  }
  SUBCASE("refuses a change that would not read back, leaving the note as it was") {
    CHECK_THROWS_WITH_AS(
        rewrite_front_matter({"s", path}, {{"target", "soon"}}),
        (path.string() + ": the change would not read back ('target' must be seconds (such as 180) or minutes and "
                         "seconds (such as 3:00), from 0:10 to 60:00); the note is unchanged")
            .c_str(),
        DataError);
    CHECK(slurp(path) == before);
  }
  SUBCASE("refuses a note that does not read") {
    std::ofstream(path, std::ios::binary) << "---\ntitle: [\n---\n";
    CHECK_THROWS_AS(rewrite_front_matter({"s", path}, {{"title", "New"}}), DiagnosticError);
  }
}
