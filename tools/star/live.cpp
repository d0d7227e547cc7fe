#include "live.h"

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

#include "base/error.h"
#include "common/cli.h"
#include "star/speech.h"
#include "star/story.h"

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
  RawTerminal(int in, int out) : in_(in), out_(out) {
    if (::tcgetattr(in_, &saved_) != 0) throw IoError(system_message("cannot set up the terminal", errno));
    enter();
  }
  ~RawTerminal() { leave(); }
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;

  // Character-at-a-time, no echo, cursor hidden.
  void enter() {
    termios raw = saved_;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    ::tcsetattr(in_, TCSANOW, &raw);
    put(out_, "\033[?25l");
    active_ = true;
  }

  // The settings as they were, cursor shown.
  void leave() {
    if (!active_) return;
    ::tcsetattr(in_, TCSANOW, &saved_);
    put(out_, "\033[?25h");
    active_ = false;
  }

 private:
  int in_;
  int out_;
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

// "01:23": the live clock.
std::string stopwatch(long ms) {
  const long seconds = ms / 1000;
  return fmt::format("{:02}:{:02}", seconds / 60, seconds % 60);
}

std::size_t terminal_width(int fd) {
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) return size.ws_col;
  return 80;
}

// Cuts `text` to `width` code points.
std::string fit(std::string_view text, std::size_t width) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0u) == 0x80u) continue;
    if (++columns > width) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

// The lines of the screen at `now`.
std::vector<std::string> draw(const RehearsalTimer& timer, const Screen& screen, long now, bool resumed_paused,
                              std::size_t width) {
  Style style{screen.color};
  style.unicode = locale_is_utf8();
  const char* done = style.unicode ? "✓" : "+";
  const char* current = style.unicode ? "▶" : ">";
  std::vector<std::string> lines;
  // The title is the user's text, written straight to the terminal: shown, never obeyed.
  lines.push_back(fit(fmt::format(" {} {} target {}", printable(screen.title), separator(style),
                                  format_duration(screen.target_seconds)),
                      width - 1));
  for (std::size_t i = 0; i < 4; ++i) {
    const auto name = fmt::format("{:<9}", part_name(kParts[i]));
    const auto about = paint(fmt::format("about {}", format_duration(screen.predicted_seconds[i])), ansi::dim, style);
    if (i < timer.part()) {
      const long ms = timer.part_times()[i].value_or(0);
      lines.push_back(
          fmt::format(" {} {}  {:>5}  {}", paint(done, ansi::green, style), name, format_duration(ms / 1000), about));
    } else if (i == timer.part()) {
      lines.push_back(fmt::format(" {} {}  {:>5}  {}", paint(current, ansi::bold, style),
                                  paint(name, ansi::bold, style), format_duration(timer.part_elapsed(now) / 1000),
                                  about));
    } else {
      lines.push_back(fmt::format("   {}  {:>5}  {}", name, "", about));
    }
  }
  lines.emplace_back();
  const long elapsed = timer.elapsed(now);
  std::string clock = stopwatch(elapsed) + " / " + stopwatch(static_cast<long>(screen.target_seconds) * 1000);
  std::string state;
  switch (pace(elapsed, screen.target_seconds)) {
  case Pace::on_time: clock = paint(clock, ansi::green, style); break;
  case Pace::near_target:
    clock = paint(clock, ansi::yellow, style);
    state = "  80% of the target";
    break;
  case Pace::over_target:
    clock = paint(clock, ansi::red, style);
    state = "  over the target";
    break;
  }
  if (timer.paused()) state += resumed_paused ? "  paused while suspended" : "  paused";
  lines.push_back(fmt::format(" {}{}", clock, paint(state, ansi::bold, style)));
  lines.push_back(paint(fit(" Enter: next part   space: pause   q: stop", width - 1), ansi::dim, style));
  return lines;
}

}  // namespace

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

Ending run(RehearsalTimer& timer, const Screen& screen) {
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
    const auto lines = draw(timer, screen, now, resumed_paused, terminal_width(out));
    std::string text = drawn > 1 ? fmt::format("\r\033[{}A", drawn - 1) : std::string("\r");
    for (std::size_t i = 0; i < lines.size(); ++i) {
      text += "\033[2K" + lines[i];
      if (i + 1 < lines.size()) text += "\n";
    }
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
          // Stopped by someone else: the time since the last tick was not spent speaking.
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

}  // namespace prepkit::live
