#include "judge/run.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>

#include <fmt/format.h>

#include "base/error.h"

namespace prepkit {

namespace {

constexpr std::size_t kMaxErrorBytes = 64u << 10u;
constexpr rlim_t kMaxFileBytes = 64u << 20u;  // any file the solution writes in its folder
constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};

volatile std::sig_atomic_t g_stop = 0;

extern "C" void on_stop(int signal) { g_stop = signal; }

// A file descriptor closed when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd& operator=(Fd&&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

// A pipe whose ends are closed on exec and when it goes out of scope.
struct Pipe {
  Fd read;
  Fd write;
};

Pipe make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw IoError(system_message("cannot make a pipe", errno));
  return Pipe{Fd(fds[0]), Fd(fds[1])};
}

// Catches SIGINT, SIGTERM and SIGHUP while a run lasts, so that the run can be stopped and
// cleaned up first; when it goes out of scope, the old handlers are back and a signal caught
// meanwhile is raised again, to take its usual effect.
class StopSignals {
 public:
  StopSignals() {
    g_stop = 0;
    struct sigaction action {};
    action.sa_handler = on_stop;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i) ::sigaction(kStopSignals[i], &action, &old_[i]);
  }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;
  ~StopSignals() {
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i) ::sigaction(kStopSignals[i], &old_[i], nullptr);
    if (g_stop != 0) std::raise(g_stop);
  }

 private:
  std::array<struct sigaction, std::size(kStopSignals)> old_{};
};

// A fresh folder under $TMPDIR (or /tmp), removed with everything in it when it goes out of scope.
class WorkFolder {
 public:
  WorkFolder() {
    const char* tmp = std::getenv("TMPDIR");
    std::string name = fmt::format("{}/prepkit-run-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (::mkdtemp(name.data()) == nullptr) {
      throw CantCreateError(
          system_message("cannot make a working folder in " + name.substr(0, name.rfind('/')), errno));
    }
    path_ = name;
  }
  WorkFolder(const WorkFolder&) = delete;
  WorkFolder& operator=(const WorkFolder&) = delete;
  ~WorkFolder() {
    // A solution may have left folders it cannot be removed from: open them up first.
    namespace fs = std::filesystem;
    std::error_code ec;
    ::chmod(path_.c_str(), 0700);
    for (auto it = fs::recursive_directory_iterator(path_, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_directory(ec) && !it->is_symlink(ec)) ::chmod(it->path().c_str(), 0700);
    }
    fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The processes whose parent is this one.
std::vector<pid_t> children() {
  std::vector<pid_t> found;
  const pid_t self = ::getpid();
  DIR* proc = ::opendir("/proc");
  if (!proc) return found;
  while (const dirent* entry = ::readdir(proc)) {
    const pid_t pid = static_cast<pid_t>(std::atol(entry->d_name));
    if (pid <= 0) continue;
    std::ifstream stat(fmt::format("/proc/{}/stat", pid));
    std::string line;
    std::getline(stat, line);
    const auto close = line.rfind(')');  // the command name may hold spaces and parentheses
    if (close == std::string::npos) continue;
    char state = 0;
    long parent = 0;
    if (std::sscanf(line.c_str() + close + 1, " %c %ld", &state, &parent) == 2 && parent == self) found.push_back(pid);
  }
  ::closedir(proc);
  return found;
}

// Kills and reaps every child of this process, and then the children they leave, until none is
// left: with adopt_orphans(), the whole tree a solution started.
void reap_everything() {
  for (auto found = children(); !found.empty(); found = children()) {
    for (const pid_t pid : found) ::kill(pid, SIGKILL);
    for (const pid_t pid : found) ::waitpid(pid, nullptr, 0);
  }
}

// What the child does between fork and exec: only async-signal-safe calls. Never returns.
[[noreturn]] void start_child(char* const* argv, int input, int output, int errors, int status, const char* folder,
                              const RunLimits& limits) {
  ::setpgid(0, 0);
  ::dup2(input, STDIN_FILENO);
  ::dup2(output, STDOUT_FILENO);
  ::dup2(errors, STDERR_FILENO);
  if (status != 3) {
    ::dup2(status, 3);
    ::fcntl(3, F_SETFD, FD_CLOEXEC);
  }
  ::syscall(SYS_close_range, 4u, ~0u, 0u);
  struct rlimit none {
    0, 0
  };
  ::setrlimit(RLIMIT_CORE, &none);
  if (limits.memory_bytes > 0) {
    struct rlimit memory {
      limits.memory_bytes, limits.memory_bytes
    };
    ::setrlimit(RLIMIT_AS, &memory);
  }
  const auto cpu = static_cast<rlim_t>(std::ceil(limits.cpu_seconds)) + 1;
  struct rlimit cpu_limit {
    cpu, cpu + 1
  };
  ::setrlimit(RLIMIT_CPU, &cpu_limit);
  struct rlimit files {
    kMaxFileBytes, kMaxFileBytes
  };
  ::setrlimit(RLIMIT_FSIZE, &files);
  for (const int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ}) ::signal(signal, SIG_DFL);
  sigset_t all;
  sigemptyset(&all);
  ::sigprocmask(SIG_SETMASK, &all, nullptr);
  int error = 0;
  if (::chdir(folder) != 0) {
    error = errno;
  } else {
    ::execvp(argv[0], argv);
    error = errno;
  }
  [[maybe_unused]] const auto written = ::write(3, &error, sizeof error);
  ::_exit(127);
}

// Whether standard error says the program ran out of memory, in the words of the common runtimes.
bool out_of_memory(std::string_view errors) {
  for (const std::string_view sign : {"MemoryError", "std::bad_alloc", "out of memory", "Cannot allocate memory",
                                      "OutOfMemoryError", "JavaScript heap out of memory", "memory allocation of"}) {
    if (errors.find(sign) != std::string_view::npos) return true;
  }
  return false;
}

// Reads what is left on `fd` without waiting (a process that escaped may still hold its other end).
void drain(int fd, std::string& into, std::size_t keep) {
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  char buffer[65536];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR);) {
    if (n > 0) into.append(buffer, std::min(static_cast<std::size_t>(n), keep - std::min(keep, into.size())));
  }
}

double seconds_of(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }

// Reads what is waiting on `fd` into `into`, keeping at most `keep` bytes in all; false at the end.
bool read_some(int fd, std::string& into, std::size_t keep) {
  char buffer[65536];
  const ssize_t n = ::read(fd, buffer, sizeof buffer);
  if (n < 0) return errno == EINTR || errno == EAGAIN;
  if (n == 0) return false;
  into.append(buffer, static_cast<std::size_t>(
                          std::min<std::size_t>(static_cast<std::size_t>(n), keep - std::min(keep, into.size()))));
  return true;
}

}  // namespace

void adopt_orphans() { ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); }

RunResult run_solution(const std::vector<std::string>& command, std::string_view input, const RunLimits& limits) {
  StopSignals stop;
  Fd input_file(::memfd_create("prepkit-input", MFD_CLOEXEC));
  if (input_file.get() < 0) throw IoError(system_message("cannot hold the input", errno));
  for (std::size_t done = 0; done < input.size();) {
    const ssize_t n = ::write(input_file.get(), input.data() + done, input.size() - done);
    if (n < 0 && errno != EINTR) throw IoError(system_message("cannot hold the input", errno));
    if (n > 0) done += static_cast<std::size_t>(n);
  }
  ::lseek(input_file.get(), 0, SEEK_SET);
  Pipe output = make_pipe();
  Pipe errors = make_pipe();
  Pipe status = make_pipe();
  WorkFolder folder;
  std::vector<char*> argv;
  for (const auto& word : command) argv.push_back(const_cast<char*>(word.c_str()));
  argv.push_back(nullptr);

  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) throw IoError(system_message("cannot start " + command.front(), errno));
  if (pid == 0) {
    start_child(argv.data(), input_file.get(), output.write.get(), errors.write.get(), status.write.get(),
                folder.path().c_str(), limits);
  }
  ::setpgid(pid, pid);
  output.write.reset();
  errors.write.reset();
  status.write.reset();
  int exec_error = 0;
  ssize_t got = 0;
  do {
    got = ::read(status.read.get(), &exec_error, sizeof exec_error);
  } while (got < 0 && errno == EINTR);
  if (got == static_cast<ssize_t>(sizeof exec_error)) {
    ::waitpid(pid, nullptr, 0);
    throw NoInputError(system_message(fmt::format("cannot run '{}'", command.front()), exec_error));
  }

  RunResult result;
  Fd exit_watch(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
  const auto deadline = start + std::chrono::duration<double>(limits.wall_seconds);
  bool out_open = true;
  bool err_open = true;
  bool exited = false;
  int wait_status = 0;
  rusage usage{};
  while (!exited) {
    if (g_stop != 0) break;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.end = RunResult::End::timeout;
      break;
    }
    pollfd watched[3] = {{out_open ? output.read.get() : -1, POLLIN, 0},
                         {err_open ? errors.read.get() : -1, POLLIN, 0},
                         {exit_watch.get(), POLLIN, 0}};
    const int timeout = exit_watch.get() < 0 ? std::min<int>(static_cast<int>(left.count()), 10)
                                             : static_cast<int>(std::min<long long>(left.count(), 1000));
    if (::poll(watched, 3, timeout) < 0 && errno != EINTR) break;
    if (out_open && (watched[0].revents & (POLLIN | POLLHUP))) {
      out_open = read_some(output.read.get(), result.output, limits.output_bytes + 1);
      if (result.output.size() > limits.output_bytes) {
        result.end = RunResult::End::output;
        break;
      }
    }
    if (err_open && (watched[1].revents & (POLLIN | POLLHUP)))
      err_open = read_some(errors.read.get(), result.errors, kMaxErrorBytes);
    if (!out_open || exit_watch.get() < 0 || (watched[2].revents & POLLIN)) {
      exited = ::wait4(pid, &wait_status, WNOHANG, &usage) == pid;
    }
  }
  result.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ::kill(-pid, SIGKILL);
  if (!exited) ::wait4(pid, &wait_status, 0, &usage);
  reap_everything();
  if (out_open) drain(output.read.get(), result.output, limits.output_bytes + 1);
  if (err_open) drain(errors.read.get(), result.errors, kMaxErrorBytes);
  if (result.output.size() > limits.output_bytes) {
    result.end = RunResult::End::output;
    result.output.resize(limits.output_bytes);
  }
  result.cpu_seconds = seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);

  if (result.end != RunResult::End::exited) return result;
  if (WIFSIGNALED(wait_status)) {
    const int signal = WTERMSIG(wait_status);
    const bool cpu = signal == SIGXCPU || (signal == SIGKILL && result.cpu_seconds >= limits.cpu_seconds);
    result.end = cpu                            ? RunResult::End::timeout
                 : out_of_memory(result.errors) ? RunResult::End::memory
                                                : RunResult::End::signal;
    result.status = signal;
  } else {
    result.status = WEXITSTATUS(wait_status);
    if (result.status != 0 && out_of_memory(result.errors)) result.end = RunResult::End::memory;
  }
  if (result.end == RunResult::End::exited && result.cpu_seconds > limits.cpu_seconds) {
    result.end = RunResult::End::timeout;
  }
  return result;
}

}  // namespace prepkit
