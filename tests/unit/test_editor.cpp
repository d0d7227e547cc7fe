// Shows which editor runs and that the file's name reaches it as one argument, never as shell text.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/editor.h"
#include "base/error.h"
#include "helpers.h"

using namespace prepkit;

TEST_CASE("editor_command") {
  test::ScopedEnv visual("VISUAL", std::nullopt);
  test::ScopedEnv editor("EDITOR", std::nullopt);
  CHECK(editor_command() == "vi");
  {
    test::ScopedEnv set("EDITOR", "nano -w");
    CHECK(editor_command() == "nano -w");
    test::ScopedEnv empty_visual("VISUAL", "");
    CHECK(editor_command() == "nano -w");
    test::ScopedEnv set_visual("VISUAL", "code --wait");
    CHECK(editor_command() == "code --wait");
  }
}

TEST_CASE("run_editor") {
  test::TempDir dir;
  SUBCASE("the editor's own arguments split, the file's name does not") {
    const auto file = dir / "a b; $(touch pwned) 'x'.md";
    std::ofstream(file) << "old";
    const auto log = dir / "log";
    run_editor("printf '%s|' >'" + log.string() + "' --flag", file);
    std::ifstream in(log);
    std::stringstream got;
    got << in.rdbuf();
    CHECK(got.str() == "--flag|" + file.string() + "|");
    CHECK_FALSE(std::filesystem::exists(dir / "pwned"));
  }
  SUBCASE("an editor that fails, or cannot be found, is an IoError") {
    CHECK_THROWS_WITH_AS(run_editor("false", dir / "f.md"), "the editor 'false' failed (exit status 1)", IoError);
    CHECK_THROWS_WITH_AS(run_editor("exit 3;", dir / "f.md"), "the editor 'exit 3;' failed (exit status 3)", IoError);
    CHECK_THROWS_WITH_AS(run_editor("/no/such/editor", dir / "f.md"), "cannot run the editor '/no/such/editor'",
                         IoError);
    CHECK_THROWS_WITH_AS(run_editor("kill -TERM $$;", dir / "f.md"),
                         "the editor 'kill -TERM $$;' was killed by signal 15", IoError);
  }
}
