// Shows where prepkit looks for its files, and that flags beat environment variables.
#include <doctest/doctest.h>

#include "base/error.h"
#include "base/paths.h"
#include "helpers.h"

using namespace prepkit;
using test::ScopedEnv;

TEST_CASE("xdg_dir") {
  test::TempDir home_dir;
  ScopedEnv home("HOME", home_dir.path().string());
  SUBCASE("an absolute XDG value wins") {
    ScopedEnv xdg("XDG_STATE_HOME", "/x/state");
    CHECK(xdg_dir("XDG_STATE_HOME", ".local/state") == "/x/state");
  }
  SUBCASE("a relative XDG value is ignored") {
    ScopedEnv xdg("XDG_STATE_HOME", "relative/state");
    CHECK(xdg_dir("XDG_STATE_HOME", ".local/state") == (home_dir.path() / ".local/state"));
  }
  SUBCASE("no usable home is exit 73") {
    ScopedEnv xdg("XDG_STATE_HOME", std::nullopt);
    ScopedEnv no_home("HOME", std::nullopt);
    CHECK_THROWS_WITH_AS(xdg_dir("XDG_STATE_HOME", ".local/state"),
                         "cannot tell where to keep files: neither $XDG_STATE_HOME nor $HOME is an absolute path",
                         CantCreateError);
  }
  SUBCASE("a HOME that does not exist is exit 73: nothing is made in its place") {
    ScopedEnv xdg("XDG_STATE_HOME", std::nullopt);
    ScopedEnv missing("HOME", (home_dir.path() / "gone").string());
    const std::string message = "cannot tell where to keep files: $HOME (" + (home_dir.path() / "gone").string() +
                                ") does not exist, and $XDG_STATE_HOME is not set";
    CHECK_THROWS_WITH_AS(xdg_dir("XDG_STATE_HOME", ".local/state"), message.c_str(), CantCreateError);
    CHECK_FALSE(std::filesystem::exists(home_dir.path() / "gone"));
  }
}

TEST_CASE("state_path") {
  test::TempDir home_dir;
  ScopedEnv home("HOME", home_dir.path().string());
  ScopedEnv xdg("XDG_STATE_HOME", std::nullopt);
  ScopedEnv env("PREPKIT_STATE", std::nullopt);
  CHECK(state_path("").value == (home_dir.path() / ".local/state/prepkit/prepkit.db"));
  CHECK(state_path("").origin == Origin::fallback);
  ScopedEnv set("PREPKIT_STATE", "/tmp/s.db");
  CHECK(state_path("").value == "/tmp/s.db");
  CHECK(state_path("").origin == Origin::environment);
  CHECK(state_path("/flag.db").value == "/flag.db");
  CHECK(state_path("/flag.db").origin == Origin::flag);
}

TEST_CASE("bank_sources") {
  SUBCASE("flags first") {
    ScopedEnv env("PREPKIT_BANKS", "/a:/b");
    CHECK(bank_sources({"/c"}).value == std::vector<std::string>{"/c"});
    CHECK(bank_sources({"/c"}).origin == Origin::flag);
  }
  SUBCASE("then PREPKIT_BANKS, colon-separated, empty parts skipped") {
    ScopedEnv env("PREPKIT_BANKS", "/a::/b:");
    CHECK(bank_sources({}).value == std::vector<std::string>{"/a", "/b"});
    CHECK(bank_sources({}).variable == "PREPKIT_BANKS");
  }
  SUBCASE("a PREPKIT_BANKS with no folder in it counts as unset") {
    ScopedEnv env("PREPKIT_BANKS", "::");
    const auto sources = bank_sources({}, {"/extra"});
    REQUIRE(sources.value.size() == 2);
    CHECK(sources.value[1] == "/extra");
    CHECK(sources.origin == Origin::file);
  }
}

TEST_CASE("stories_dir") {
  test::TempDir home_dir;
  ScopedEnv home("HOME", home_dir.path().string());
  ScopedEnv xdg("XDG_DATA_HOME", std::nullopt);
  ScopedEnv env("PREPKIT_STORIES", std::nullopt);
  CHECK(stories_dir("", std::nullopt).value == (home_dir.path() / ".local/share/prepkit/stories"));
  CHECK(stories_dir("", std::filesystem::path("/configured")).value == "/configured");
  CHECK(stories_dir("", std::filesystem::path("/configured")).origin == Origin::file);
  {
    ScopedEnv data("XDG_DATA_HOME", "/x/data");
    CHECK(stories_dir("", std::nullopt).value == "/x/data/prepkit/stories");
  }
  ScopedEnv set("PREPKIT_STORIES", "/env/stories");
  CHECK(stories_dir("", std::filesystem::path("/configured")).value == "/env/stories");
  CHECK(stories_dir("flag/dir", std::filesystem::path("/configured")).value == "flag/dir");
}

TEST_CASE("cache_dir") {
  test::TempDir home_dir;
  ScopedEnv home("HOME", home_dir.path().string());
  ScopedEnv xdg("XDG_CACHE_HOME", std::nullopt);
  ScopedEnv env("PREPKIT_CACHE", std::nullopt);
  CHECK(cache_dir().value == (home_dir.path() / ".cache/prepkit"));
  ScopedEnv set("PREPKIT_CACHE", "/c");
  CHECK(cache_dir().value == "/c");
  CHECK(cache_dir().origin == Origin::environment);
  ScopedEnv no_home("HOME", std::nullopt);
  ScopedEnv unset("PREPKIT_CACHE", std::nullopt);
  CHECK(cache_dir().value.empty());
}
