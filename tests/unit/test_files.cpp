// Shows that input files are read within limits and that rewrites are atomic and tidy.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

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
  SUBCASE("a FIFO found in a folder is refused at once, without waiting for a writer") {
    const std::string name = (dir / "x.yaml").string();
    REQUIRE(::mkfifo(name.c_str(), 0600) == 0);
    CHECK_THROWS_WITH_AS(read_file(name, 100), (name + ": is a FIFO, expected a regular file").c_str(), NoInputError);
  }
  SUBCASE("a device found is refused, named is read as a stream within the limit") {
    CHECK_THROWS_WITH_AS(read_file("/dev/null", 100), "/dev/null: is a character device, expected a regular file",
                         NoInputError);
    CHECK(read_file("/dev/null", 100, FileOrigin::named).empty());
    CHECK_THROWS_WITH_AS(read_file("/dev/zero", 100, FileOrigin::named),
                         "/dev/zero:1:1: file too large (the limit is 100 bytes)", DiagnosticError);
  }
  SUBCASE("a FIFO named by the user waits for its writer and reads what it writes") {
    const std::string name = (dir / "pipe").string();
    REQUIRE(::mkfifo(name.c_str(), 0600) == 0);
    std::thread writer([&] { std::ofstream(name) << "from the pipe"; });
    CHECK(read_file(name, 100, FileOrigin::named) == "from the pipe");
    writer.join();
  }
}

TEST_CASE("MappedFile") {
  test::TempDir dir;
  std::ofstream(dir / "a.bin") << "mapped bytes";
  SUBCASE("maps a whole file, which stays readable while a holder keeps it") {
    auto mapped = MappedFile::open((dir / "a.bin").string(), 100);
    std::filesystem::remove(dir / "a.bin");
    CHECK(mapped->bytes() == "mapped bytes");
  }
  SUBCASE("an empty file maps to no bytes") {
    std::ofstream(dir / "empty.bin").close();
    CHECK(MappedFile::open((dir / "empty.bin").string(), 100)->bytes().empty());
  }
  SUBCASE("refuses a file over the limit, a missing file, a folder and a FIFO") {
    const std::string name = (dir / "a.bin").string();
    CHECK_THROWS_WITH_AS(MappedFile::open(name, 4), (name + ":1:1: file too large (the limit is 4 bytes)").c_str(),
                         DiagnosticError);
    const std::string missing = (dir / "nope.bin").string();
    CHECK_THROWS_WITH_AS(MappedFile::open(missing, 4),
                         ("cannot open " + missing + ": No such file or directory").c_str(), NoInputError);
    const std::string folder = dir.path().string();
    CHECK_THROWS_WITH_AS(MappedFile::open(folder, 4), (folder + ": is a folder, expected a regular file").c_str(),
                         NoInputError);
    const std::string fifo = (dir / "pipe").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH_AS(MappedFile::open(fifo, 4), (fifo + ": is a FIFO, expected a regular file").c_str(),
                         NoInputError);
  }
}

TEST_CASE("file_type_name") {
  CHECK(file_type_name(S_IFREG | 0644) == "a regular file");
  CHECK(file_type_name(S_IFDIR | 0755) == "a folder");
  CHECK(file_type_name(S_IFIFO | 0600) == "a FIFO");
  CHECK(file_type_name(S_IFCHR | 0666) == "a character device");
  CHECK(file_type_name(S_IFBLK | 0660) == "a block device");
  CHECK(file_type_name(S_IFSOCK | 0777) == "a socket");
}

TEST_CASE("write_new_file") {
  test::TempDir dir;
  const auto path = dir / "note.md";
  write_new_file(path, "first", "notes are kept");
  CHECK(slurp(path) == "first");
  CHECK(entries_in(dir.path()) == 1);  // no temporary left
  const std::string name = path.string();
  CHECK_THROWS_WITH_AS(write_new_file(path, "second", "notes are kept"),
                       (name + " already exists (notes are kept)").c_str(), CantCreateError);
  CHECK(slurp(path) == "first");
  CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("RewriteLock") {
  test::TempDir dir;
  const auto path = dir / "note.md";
  write_file_atomically(path, "v1");
  SUBCASE("a second writer waits until the first has replaced the file, then locks the new one") {
    std::atomic<bool> acquired = false;
    std::string seen;
    std::optional<RewriteLock> first(std::in_place, path);
    std::thread second([&] {
      const RewriteLock lock(path);
      acquired = true;
      seen = slurp(path);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK_FALSE(acquired);  // still waiting
    write_file_atomically(path, "v2");
    first.reset();
    second.join();
    CHECK(seen == "v2");
  }
  SUBCASE("a note that is gone is exit 66") {
    const std::string name = (dir / "gone.md").string();
    CHECK_THROWS_WITH_AS(RewriteLock(dir / "gone.md"), ("cannot open " + name + ": No such file or directory").c_str(),
                         NoInputError);
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
    make(".note.md.prepkit-" + dead + ".Ab3xYz", std::chrono::seconds(120));   // its writer was killed
    make(".note.md.prepkit-" + dead + ".Qw7rTy", std::chrono::seconds(1));     // too recent to judge
    make(".note.md.prepkit-" + mine + ".Zz9zZz", std::chrono::seconds(120));   // its writer is alive
    make(".note.md.backup", std::chrono::seconds(120));                        // the user's own file
    make(".note.md.Ab3xYz", std::chrono::seconds(120));                        // not a name the writer makes
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
