// Shows that input files are read within limits and that rewrites are atomic and tidy.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "base/diagnostic.h"
#include "base/error.h"
#include "base/files.h"
#include "helpers.h"

using namespace prepkit;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t entries_in(const std::filesystem::path& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

}  // namespace

TEST_CASE("read_file") {
  test::TempDir dir;
  std::ofstream(dir / "a.txt") << "hello";
  SUBCASE("reads a whole file") { CHECK(read_file((dir / "a.txt").string(), 100) == "hello"); }
  SUBCASE("refuses a file over the limit") {
    const std::string name = (dir / "a.txt").string();
    CHECK_THROWS_WITH_AS(read_file(name, 4), (name + ":1:1: file too large (the limit is 4 bytes)").c_str(),
                         DiagnosticError);
  }
  SUBCASE("a missing file is exit 66") {
    const std::string name = (dir / "nope.txt").string();
    CHECK_THROWS_WITH_AS(read_file(name, 4), ("cannot open " + name + ": No such file or directory").c_str(),
                         NoInputError);
  }
  SUBCASE("a folder is not a file") {
    const std::string name = dir.path().string();
    CHECK_THROWS_WITH_AS(read_file(name, 4), (name + ": is a folder, expected a file").c_str(), NoInputError);
  }
}

TEST_CASE("write_file_atomically") {
  test::TempDir dir;
  const auto path = dir / "sub/note.md";
  SUBCASE("creates the folder and the file, leaving no temporary file") {
    write_file_atomically(path, "first");
    CHECK(slurp(path) == "first");
    CHECK(entries_in(path.parent_path()) == 1);
  }
  SUBCASE("replaces a file and keeps its permissions") {
    write_file_atomically(path, "first");
    ::chmod(path.c_str(), 0600);
    write_file_atomically(path, "second, longer");
    CHECK(slurp(path) == "second, longer");
    struct stat info {};
    ::stat(path.c_str(), &info);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(entries_in(path.parent_path()) == 1);
  }
  SUBCASE("a folder that cannot be written is exit 73 and leaves the old file") {
    // Root writes anywhere. (No early return: it would hide the subcases after this one.)
    if (::geteuid() != 0) {
      write_file_atomically(path, "first");
      ::chmod(path.parent_path().c_str(), 0500);
      CHECK_THROWS_AS(write_file_atomically(path, "second"), CantCreateError);
      ::chmod(path.parent_path().c_str(), 0700);
      CHECK(slurp(path) == "first");
    }
  }
  SUBCASE("sweeps the temporaries a killed writer left a minute ago, and nothing else") {
    write_file_atomically(path, "first");
    const auto folder = path.parent_path();
    const auto make = [&](const std::string& name, std::chrono::seconds age) {
      std::ofstream(folder / name) << "half";
      std::filesystem::last_write_time(folder / name, std::filesystem::file_time_type::clock::now() - age);
    };
    const pid_t gone = test::finished_process();
    const std::string mine = std::to_string(::getpid());
    const std::string dead = std::to_string(gone);
    make(".note.md.prepkit-" + dead + ".Ab3xYz", std::chrono::seconds(120));  // its writer was killed
    make(".note.md.prepkit-" + dead + ".Qw7rTy", std::chrono::seconds(1));    // too recent to judge
    make(".note.md.prepkit-" + mine + ".Zz9zZz", std::chrono::seconds(120));  // its writer is alive
    make(".note.md.backup", std::chrono::seconds(120));                       // the user's own file
    make(".note.md.Ab3xYz", std::chrono::seconds(120));                       // not a name the writer makes
    make(".other.md.prepkit-" + dead + ".Ab3xYz", std::chrono::seconds(120));  // another file's
    write_file_atomically(path, "second");
    CHECK(slurp(path) == "second");
    CHECK_FALSE(std::filesystem::exists(folder / (".note.md.prepkit-" + dead + ".Ab3xYz")));
    CHECK(std::filesystem::exists(folder / (".note.md.prepkit-" + dead + ".Qw7rTy")));
    CHECK(std::filesystem::exists(folder / (".note.md.prepkit-" + mine + ".Zz9zZz")));
    CHECK(std::filesystem::exists(folder / ".note.md.backup"));
    CHECK(std::filesystem::exists(folder / ".note.md.Ab3xYz"));
    CHECK(std::filesystem::exists(folder / (".other.md.prepkit-" + dead + ".Ab3xYz")));
    CHECK(entries_in(folder) == 6);
  }
}

TEST_CASE("write_file_atomically leaves the old file or the new one when any step fails") {
  test::TempDir dir;
  const auto path = dir / "note.md";
  write_file_atomically(path, "the old note, whole");
  struct Case {
    WriteStep step;
    const char* expected;  // what the file holds afterwards
    bool throws;
  };
  const Case cases[] = {
      {WriteStep::create, "the old note, whole", true}, {WriteStep::write, "the old note, whole", true},
      {WriteStep::fsync, "the old note, whole", true},  {WriteStep::close, "the old note, whole", true},
      {WriteStep::rename, "the old note, whole", true}, {WriteStep::folder_fsync, "the new note", false},
  };
  for (const auto& c : cases) {
    CAPTURE(static_cast<int>(c.step));
    write_file_atomically(path, "the old note, whole");
    fail_writes_at_for_testing(c.step);
    if (c.throws) {
      CHECK_THROWS_AS(write_file_atomically(path, "the new note"), Error);
    } else {
      CHECK_NOTHROW(write_file_atomically(path, "the new note"));
    }
    fail_writes_at_for_testing(WriteStep::none);
    CHECK(slurp(path) == c.expected);
    CHECK(entries_in(dir.path()) == 1);  // no temporary file left behind
  }
  SUBCASE("the error says which file and why") {
    fail_writes_at_for_testing(WriteStep::write);
    const std::string name = path.string();
    CHECK_THROWS_WITH_AS(write_file_atomically(path, "x"), ("cannot write " + name + ": Input/output error").c_str(),
                         IoError);
    fail_writes_at_for_testing(WriteStep::none);
  }
}

TEST_CASE("human_size") {
  CHECK(human_size(512) == "512 bytes");
  CHECK(human_size(16u << 20u) == "16 MiB");
  CHECK(human_size(2048) == "2 KiB");
}
