#include "base/editor.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>

#include <fmt/format.h>

#include "base/error.h"

namespace prepkit {

std::string editor_command() {
  for (const char* variable : {"VISUAL", "EDITOR"}) {
    const char* value = std::getenv(variable);
    if (value && *value) return value;
  }
  return "vi";
}

void run_editor(const std::string& editor, const std::filesystem::path& file) {
  const std::string script = editor + " \"$@\"";
  const std::string name = file.string();
  // Like system(): while the editor runs, keyboard interrupts are its business.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  struct sigaction old_int {};
  struct sigaction old_quit {};
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  const pid_t child = ::fork();
  if (child == 0) {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    ::execl("/bin/sh", "sh", "-c", script.c_str(), editor.c_str(), name.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  int wait_errno = 0;
  if (child > 0) {
    while (::waitpid(child, &status, 0) < 0) {
      if (errno != EINTR) {
        wait_errno = errno;
        break;
      }
    }
  }
  const int fork_errno = child < 0 ? errno : 0;
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  if (child < 0) throw IoError(system_message(fmt::format("cannot start the editor '{}'", editor), fork_errno));
  if (wait_errno != 0) throw IoError(system_message(fmt::format("lost the editor '{}'", editor), wait_errno));
  if (WIFSIGNALED(status)) {
    throw IoError(fmt::format("the editor '{}' was killed by signal {}", editor, WTERMSIG(status)));
  }
  if (WEXITSTATUS(status) == 127) throw IoError(fmt::format("cannot run the editor '{}'", editor));
  if (WEXITSTATUS(status) != 0) {
    throw IoError(fmt::format("the editor '{}' failed (exit status {})", editor, WEXITSTATUS(status)));
  }
}

}  // namespace prepkit
