// Running a solution: its output and status, each limit's verdict, and nothing left behind.
#include <doctest/doctest.h>

#include <signal.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/error.h"
#include "judge/run.h"

using namespace prepkit;

namespace {

RunResult shell(const std::string& script, std::string_view input = "",
                RunLimits limits = {1, 3, 1ull << 30u, 1u << 20u}) {
  return run_solution({"sh", "-c", script}, input, limits);
}

// The folders under `tmp` whose names start as the working folders' do.
int work_folders(const std::filesystem::path& tmp) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(tmp)) {
    if (entry.path().filename().string().starts_with("prepkit-run-")) ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("run_solution") {
  const auto tmp = std::filesystem::temp_directory_path() / ("prepkit-test-run-" + std::to_string(::getpid()));
  std::filesystem::create_directories(tmp);
  ::setenv("TMPDIR", tmp.c_str(), 1);
  adopt_orphans();
  SUBCASE("standard input in, standard output and the exit status back") {
    const auto r = shell("read a b; echo $((a + b)); echo oops >&2; exit 3", "2 40\n");
    CHECK(r.end == RunResult::End::exited);
    CHECK(r.status == 3);
    CHECK(r.output == "42\n");
    CHECK(r.errors == "oops\n");
  }
  SUBCASE("a fresh working folder, removed afterwards even when locked") {
    const auto r = shell("pwd; mkdir -p locked/deep; touch locked/deep/f; chmod 0 locked/deep locked");
    CHECK(r.output.starts_with((tmp / "prepkit-run-").string()));
    CHECK(work_folders(tmp) == 0);
  }
  SUBCASE("wall clock: a sleeper is stopped") {
    const auto r = shell("sleep 30");
    CHECK(r.end == RunResult::End::timeout);
    CHECK(r.wall_seconds < 10);
  }
  SUBCASE("CPU time: a busy loop is stopped") {
    const auto r = shell("while :; do :; done", "", {1, 20, 0, 1u << 20u});
    CHECK(r.end == RunResult::End::timeout);
  }
  SUBCASE("output: too much is cut off") {
    const auto r = shell("yes");
    CHECK(r.end == RunResult::End::output);
    CHECK(r.output.size() == 1u << 20u);
  }
  SUBCASE("memory: out of address space") {
    const auto r = shell("exec python3 -c 'x = bytearray(10 << 30)'");
    CHECK(r.end == RunResult::End::memory);
  }
  SUBCASE("a signal is a crash") {
    const auto r = shell("kill -SEGV $$");
    CHECK(r.end == RunResult::End::signal);
    CHECK(r.status == SIGSEGV);
  }
  SUBCASE("reading standard input past its end does not wait") {
    const auto r = shell("cat; cat; echo done", "x\n");
    CHECK(r.output == "x\ndone\n");
  }
  SUBCASE("children, in the group or out of it, do not outlive the run") {
    const auto pids = tmp / "pids";
    const auto r = shell("sleep 300 & echo $! >" + pids.string() + "; setsid sleep 300 & echo $! >>" + pids.string() +
                         "; echo started");
    CHECK(r.output == "started\n");
    std::ifstream in(pids);
    int found = 0;
    for (pid_t pid; in >> pid; ++found) CHECK(::kill(pid, 0) == -1);
    CHECK(found == 2);
  }
  SUBCASE("a program that does not exist is exit 66") {
    CHECK_THROWS_WITH_AS(run_solution({"no-such-program-x"}, "", {}),
                         "cannot run 'no-such-program-x': No such file or directory", NoInputError);
    CHECK(work_folders(tmp) == 0);
  }
  ::unsetenv("TMPDIR");
  std::filesystem::remove_all(tmp);
}
