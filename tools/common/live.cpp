#include "common/live.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "base/lines.h"
#include "common/cli.h"
#include "output/style.h"

namespace prepkit::live {

namespace {

// The signals a rehearsal handles itself, read from a signalfd instead of interrupting.
const int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH};

// Writes all of `text` to `fd`, giving up quietly on a terminal that has gone away.
void put(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t wrote = ::write(fd, text.data(), text.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(wrote));
  }
}

// The terminal in character-at-a-time mode without echo, for as long as the object lives. Keys
// that send signals (Ctrl-C, Ctrl-Z) keep doing so.
class RawTerminal {
 public:
  RawTerminal(int in, int out, bool hide_cursor = true) : in_(in), out_(out), hide_cursor_(hide_cursor) {
    if (::tcgetattr(in_, &saved_) != 0) throw IoError(system_message("cannot set up the terminal", errno));
    enter();
  }
  ~RawTerminal() { leave(); }
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;

  // Character-at-a-time, no echo, the cursor hidden if asked.
  void enter() {
    termios raw = saved_;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    ::tcsetattr(in_, TCSANOW, &raw);
    if (hide_cursor_) put(out_, "\033[?25l");
    active_ = true;
  }

  // The settings as they were, the cursor shown.
  void leave() {
    if (!active_) return;
    ::tcsetattr(in_, TCSANOW, &saved_);
    if (hide_cursor_) put(out_, "\033[?25h");
    active_ = false;
  }

 private:
  int in_;
  int out_;
  bool hide_cursor_;
  termios saved_{};
  bool active_ = false;
};

// The handled signals blocked and readable from a file descriptor, for as long as the object
// lives; on the way out, signals already delivered are dropped (they were handled) and the
// old mask comes back.
class SignalReader {
 public:
  SignalReader() {
    sigemptyset(&set_);
    for (const int s : kSignals) sigaddset(&set_, s);
    if (::sigprocmask(SIG_BLOCK, &set_, &old_) != 0) throw IoError(system_message("cannot block signals", errno));
    fd_ = ::signalfd(-1, &set_, SFD_NONBLOCK | SFD_CLOEXEC);
    if (fd_ < 0) {
      const int error = errno;
      ::sigprocmask(SIG_SETMASK, &old_, nullptr);
      throw IoError(system_message("cannot watch signals", error));
    }
  }
  ~SignalReader() {
    while (next() != 0) {
    }
    ::close(fd_);
    ::sigprocmask(SIG_SETMASK, &old_, nullptr);
  }
  SignalReader(const SignalReader&) = delete;
  SignalReader& operator=(const SignalReader&) = delete;

  int fd() const { return fd_; }

  // The next pending signal, or 0.
  int next() {
    signalfd_siginfo info{};
    const ssize_t got = ::read(fd_, &info, sizeof info);
    return got == static_cast<ssize_t>(sizeof info) ? static_cast<int>(info.ssi_signo) : 0;
  }

 private:
  sigset_t set_{};
  sigset_t old_{};
  int fd_ = -1;
};

std::size_t terminal_width(int fd) {
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) return size.ws_col;
  return 80;
}

}  // namespace

std::string clock_text(long ms) {
  const long seconds = ms / 1000;
  return fmt::format("{:02}:{:02}", seconds / 60, seconds % 60);
}

std::string fit(std::string_view text, std::size_t width) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0u) == 0x80u) continue;
    if (++columns > width) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

long now_ms() {
  using namespace std::chrono;
  return static_cast<long>(duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
}

bool available() { return ::isatty(STDIN_FILENO) == 1; }

bool use_color(const std::string& mode) {
  if (mode != "auto") return cli::use_color(mode);
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::string_view(term) == "dumb");
}

Ending run(PhaseTimer& timer, const Draw& draw) {
  // Draw where the user looks: standard error if it is the terminal, else the terminal itself.
  int out = STDERR_FILENO;
  int opened = -1;
  if (::isatty(STDERR_FILENO) != 1) {
    opened = ::open("/dev/tty", O_WRONLY | O_CLOEXEC);
    if (opened < 0) throw IoError(system_message("cannot open the terminal", errno));
    out = opened;
  }
  struct CloseOnExit {
    int fd;
    ~CloseOnExit() {
      if (fd >= 0) ::close(fd);
    }
  } close_on_exit{opened};

  SignalReader signals;
  RawTerminal terminal(STDIN_FILENO, out);
  std::size_t drawn = 0;  // lines on screen, the cursor at the end of the last
  bool resumed_paused = false;
  long last_tick = now_ms();

  const auto erase = [&] {
    if (drawn == 0) return;
    put(out, drawn > 1 ? fmt::format("\r\033[{}A\033[J", drawn - 1) : std::string("\r\033[J"));
    drawn = 0;
  };
  const auto redraw = [&](long now) {
    const auto lines = draw(now, resumed_paused, terminal_width(out));
    std::string text = drawn > 1 ? fmt::format("\r\033[{}A", drawn - 1) : std::string("\r");
    for (std::size_t i = 0; i < lines.size(); ++i) {
      text += "\033[2K" + lines[i];
      if (i + 1 < lines.size()) text += "\n";
    }
    text += "\033[J";  // a screen shorter than the last leaves nothing of it below
    put(out, text);
    drawn = lines.size();
  };
  const auto finish = [&](Ending ending) {
    erase();
    terminal.leave();
    return ending;
  };

  for (;;) {
    const long now = now_ms();
    last_tick = now;
    redraw(now);
    int timeout = -1;
    if (!timer.paused()) timeout = static_cast<int>(1000 - timer.elapsed(now) % 1000) + 5;
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {signals.fd(), POLLIN, 0}};
    const int ready = ::poll(fds, 2, timeout);
    if (ready < 0 && errno != EINTR) throw IoError(system_message("cannot wait for keys", errno));
    if (ready <= 0) continue;

    if (fds[1].revents & POLLIN) {
      for (int signal = signals.next(); signal != 0; signal = signals.next()) {
        const long at = now_ms();
        if (signal == SIGTSTP) {
          // Stop for real, with the terminal as the shell expects it; the clock waits.
          timer.pause(at);
          resumed_paused = true;
          put(out, "\n");
          drawn = 0;
          terminal.leave();
          ::kill(::getpid(), SIGSTOP);
          terminal.enter();
        } else if (signal == SIGCONT) {
          // Stopped by someone else: the time since the last tick was not spent on the run.
          if (!timer.paused()) {
            timer.pause(last_tick);
            resumed_paused = true;
          }
          terminal.enter();
        } else if (signal == SIGWINCH) {
          // Redrawn below.
        } else {
          return finish({true, signal});
        }
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      char keys[64];
      const ssize_t got = ::read(STDIN_FILENO, keys, sizeof keys);
      if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (got <= 0) return finish({true, SIGHUP});  // the terminal has gone away
      for (ssize_t i = 0; i < got; ++i) {
        const long at = now_ms();
        const char key = keys[i];
        if (key == '\r' || key == '\n') {
          resumed_paused = false;
          timer.next(at);
        } else if (key == ' ') {
          if (timer.paused()) {
            timer.resume(at);
            resumed_paused = false;
          } else {
            timer.pause(at);
          }
        } else if (key == 'q' || key == 'Q') {
          timer.abort(at);
        }
        if (timer.finished()) return finish({false, 0});
      }
    }
  }
}

std::optional<char> read_key(std::string_view prompt, std::string_view keys) {
  std::fflush(stdout);
  int ended_by = 0;  // a signal that is to end the program once the terminal is back
  std::optional<char> chosen;
  {
    SignalReader signals;
    RawTerminal terminal(STDIN_FILENO, STDOUT_FILENO, false);
    put(STDOUT_FILENO, prompt);  // once a key can be read and a signal handled
    bool waiting = true;
    while (waiting) {
      pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {signals.fd(), POLLIN, 0}};
      if (::poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        throw IoError(system_message("cannot wait for keys", errno));
      }
      if (fds[1].revents & POLLIN) {
        for (int signal = signals.next(); signal != 0 && waiting; signal = signals.next()) {
          if (signal == SIGTSTP) {
            terminal.leave();
            ::kill(::getpid(), SIGSTOP);
            terminal.enter();
          } else if (signal == SIGCONT) {
            terminal.enter();
          } else if (signal != SIGWINCH) {
            ended_by = signal;
            waiting = false;
          }
        }
      }
      if (!waiting || !(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char key = 0;
      const ssize_t got = ::read(STDIN_FILENO, &key, 1);
      if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (got <= 0 || key == '\004') break;  // the end of the input, or Ctrl-D
      if (key == '\r') key = '\n';
      if (keys.find(key) == std::string_view::npos) continue;
      chosen = key;
      waiting = false;
    }
  }
  put(STDOUT_FILENO, chosen && *chosen != '\n' ? std::string(1, *chosen) + "\n" : std::string("\n"));
  if (ended_by != 0) end_by(ended_by);
  return chosen;
}

std::optional<std::string> LineInput::next() {
  constexpr std::size_t kMaxLineBytes = 1000;  // past this a line is dropped as it is read
  const auto input = read_line(stdin, kMaxLineBytes, "standard input");
  if (!input) return std::nullopt;
  ++number_;
  if (input->too_long) fail(fmt::format("line too long: {} bytes (the limit is {})", input->length, kMaxLineBytes));
  std::string text = input->text;
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  return text;
}

void LineInput::fail(const std::string& message) const { throw DiagnosticError({"<stdin>", number_, 1, message}); }

bool run_lines(PhaseTimer& timer, LineInput& input, const std::function<void(std::size_t)>& announce,
               std::string_view phase) {
  long now = 0;  // milliseconds since the start, on the timer's clock
  long last_real = now_ms();
  while (!timer.finished()) {
    announce(timer.phase());
    const auto text = input.next();
    if (!text) return false;
    const long real = now_ms();
    if (text->empty()) {
      now += real - last_real;
    } else if (*text == "q") {
      now += real - last_real;
      timer.abort(now);
      break;
    } else if (const auto seconds = parse_duration(*text)) {
      // Nothing is done in no time: a 0:00 would count as done, and the best.
      if (*seconds == 0) input.fail(fmt::format("a {} takes at least 0:01; found '0:00'", phase));
      now += *seconds * 1000;
    } else {
      input.fail(fmt::format("expected an empty line, a time such as 1:30, or q; found '{}'", excerpt(*text)));
    }
    last_real = real;
    timer.next(now);
  }
  return true;
}

int end_by(int signal) {
  std::fflush(stdout);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
  return 128 + signal;
}

}  // namespace prepkit::live
