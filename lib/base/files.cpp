#include "base/files.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "base/diagnostic.h"

namespace prepkit {

namespace {

// Closes a file descriptor when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }
  // Closes now, reporting the error close() gives (it can be the first sign of a full disk).
  int close() {
    const int result = ::close(fd_);
    fd_ = -1;
    return result;
  }

 private:
  int fd_;
};

WriteStep g_failing_step = WriteStep::none;

// Whether the failure hook asks `step` to fail; sets errno as the system call would.
bool injected(WriteStep step) {
  if (g_failing_step != step) return false;
  errno = EIO;
  return true;
}

// The start of the names of the temporary files this process writes `filename` through:
// ".NAME.prepkit-PID." then mkostemp's six characters. No user names a file that way, and the
// process id says whether its writer is still alive.
std::string temporary_prefix(const std::string& filename, pid_t pid) {
  return fmt::format(".{}.prepkit-{}.", filename, pid);
}

// The writer's process id in `name` when it is the name of a temporary file of `filename`.
std::optional<pid_t> temporary_writer(const std::string& name, const std::string& filename) {
  const std::string start = "." + filename + ".prepkit-";
  if (name.size() <= start.size() + 7 || name.compare(0, start.size(), start) != 0) return std::nullopt;
  const std::string_view pid_part(name.data() + start.size(), name.size() - start.size() - 7);
  if (name[name.size() - 7] != '.' || pid_part.empty() || pid_part.size() > 9 ||
      pid_part.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return static_cast<pid_t>(std::stol(std::string(pid_part)));
}

// A marked temporary file beside `path`, where a file is written whole before a name is given to
// it; removed when it goes out of scope unless kept.
class Temporary {
 public:
  explicit Temporary(const std::filesystem::path& path)
      : folder_(path.has_parent_path() ? path.parent_path() : "."),
        name_((folder_ / (temporary_prefix(path.filename().string(), ::getpid()) + "XXXXXX")).string()),
        fd_(injected(WriteStep::create) ? -1 : ::mkostemp(name_.data(), O_CLOEXEC)),
        target_(path.string()) {
    if (fd_.get() < 0) throw CantCreateError(system_message("cannot create a file in " + folder_.string(), errno));
  }
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;
  ~Temporary() {
    if (!kept_) ::unlink(name_.c_str());
  }

  int fd() const { return fd_.get(); }
  const std::string& name() const { return name_; }

  // Writes all of `content`, flushes it to disk when `durability` asks, and closes the file.
  void fill(std::string_view content, Durability durability) {
    for (std::size_t done = 0; done < content.size();) {
      const ssize_t wrote =
          injected(WriteStep::write) ? -1 : ::write(fd_.get(), content.data() + done, content.size() - done);
      if (wrote < 0) {
        if (errno == EINTR) continue;
        throw failed(errno);
      }
      done += static_cast<std::size_t>(wrote);
    }
    if (durability == Durability::durable && (injected(WriteStep::fsync) || ::fsync(fd_.get()) != 0)) {
      throw failed(errno);
    }
    if (fd_.close() != 0 || injected(WriteStep::close)) throw failed(errno);
  }

  // "cannot write PATH: reason", for a failure while the file is written.
  IoError failed(int errnum) const { return IoError(system_message("cannot write " + target_, errnum)); }

  // Leaves the file where it is: it has been renamed, or linked under its name.
  void keep() { kept_ = true; }

 private:
  std::filesystem::path folder_;
  std::string name_;
  Fd fd_;
  std::string target_;
  bool kept_ = false;
};

// Flushes `folder`'s entries to disk, so a new name survives a power cut. Best effort: some file
// systems refuse it, and the file is already in place.
void sync_folder(const std::filesystem::path& folder) {
  Fd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.get() >= 0 && !injected(WriteStep::folder_fsync)) ::fsync(dir.get());
}

// Removes the temporary files of `filename` in `folder` that a writer left when it was killed
// between creating and renaming one: only names this code makes, whose writer process is gone,
// and written a minute ago or more. A user's file is never touched, whatever its name or age.
void remove_stale_temporaries(const std::filesystem::path& folder, const std::string& filename) {
  const auto stale_before = std::filesystem::file_time_type::clock::now() - std::chrono::minutes(1);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const auto writer = temporary_writer(entry.path().filename().string(), filename);
    if (!writer || *writer == ::getpid() || ::kill(*writer, 0) == 0 || errno != ESRCH) continue;
    if (!entry.is_regular_file(ec) || entry.is_symlink(ec)) continue;
    const auto written = entry.last_write_time(ec);
    if (!ec && written < stale_before) std::filesystem::remove(entry.path(), ec);
  }
}

}  // namespace

void fail_writes_at_for_testing(WriteStep step) { g_failing_step = step; }

std::string human_size(std::size_t bytes) {
  if (bytes < 1024) return fmt::format("{} bytes", bytes);
  if (bytes < 1024 * 1024) return fmt::format("{:.0f} KiB", bytes / 1024.0);
  return fmt::format("{:.0f} MiB", bytes / (1024.0 * 1024.0));
}

std::string file_type_name(unsigned mode) {
  if (S_ISREG(mode)) return "a regular file";
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "a special file";
}

std::string read_file(const std::string& path, std::size_t max_bytes, FileOrigin origin) {
  const bool from_stdin = path == "-";
  const std::string name = from_stdin ? "<stdin>" : path;
  // O_NONBLOCK: opening a FIFO must not wait for a writer before we know what the file is.
  Fd probe(from_stdin ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (probe.get() < 0) throw NoInputError(system_message("cannot open " + name, errno));
  struct stat info {};
  if (::fstat(probe.get(), &info) != 0) throw IoError(system_message("cannot read " + name, errno));
  if (S_ISDIR(info.st_mode)) throw NoInputError(name + ": is a folder, expected a file");
  const bool stream = !S_ISREG(info.st_mode) && !from_stdin;
  if (stream && origin == FileOrigin::found) {
    throw NoInputError(fmt::format("{}: is {}, expected a regular file", name, file_type_name(info.st_mode)));
  }
  // Named by the user, a stream is read as such: opened again to wait for a FIFO's writer.
  Fd fd(stream ? ::open(path.c_str(), O_RDONLY | O_CLOEXEC) : probe.release());
  if (fd.get() < 0) throw NoInputError(system_message("cannot open " + name, errno));
  const auto too_large = [&] {
    return DiagnosticError({name, 1, 1, fmt::format("file too large (the limit is {})", human_size(max_bytes))});
  };
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_bytes) throw too_large();

  std::string content;
  if (S_ISREG(info.st_mode)) content.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw IoError(system_message("cannot read " + name, errno));
    }
    if (got == 0) break;
    if (content.size() + static_cast<std::size_t>(got) > max_bytes) throw too_large();
    content.append(buffer, static_cast<std::size_t>(got));
  }
  return content;
}

MappedFile::~MappedFile() {
  if (size_ > 0) ::munmap(const_cast<char*>(data_), size_);
}

std::shared_ptr<const MappedFile> MappedFile::open(const std::string& path, std::size_t max_bytes) {
  // O_NONBLOCK: a FIFO in the file's place must not make us wait.
  const Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) throw NoInputError(system_message("cannot open " + path, errno));
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) throw IoError(system_message("cannot read " + path, errno));
  if (!S_ISREG(info.st_mode)) {
    throw NoInputError(fmt::format("{}: is {}, expected a regular file", path, file_type_name(info.st_mode)));
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size > max_bytes) {
    throw DiagnosticError({path, 1, 1, fmt::format("file too large (the limit is {})", human_size(max_bytes))});
  }
  if (size == 0) return std::shared_ptr<const MappedFile>(new MappedFile(nullptr, 0));
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.get(), 0);
  if (data == MAP_FAILED) throw IoError(system_message("cannot map " + path, errno));
  return std::shared_ptr<const MappedFile>(new MappedFile(static_cast<const char*>(data), size));
}

void create_private_folder(const std::filesystem::path& folder) {
  std::filesystem::path partial;
  for (const auto& part : folder) {
    partial /= part;
    if (partial.empty() || partial == partial.root_path()) continue;
    if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) {
      throw CantCreateError(system_message("cannot create folder " + partial.string(), errno));
    }
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw CantCreateError(fmt::format("cannot create folder {}: a file is in the way", folder.string()));
  }
}

void write_new_file(const std::filesystem::path& path, std::string_view content, std::string_view why_kept) {
  const std::string name = path.string();
  const auto taken = [&] { return CantCreateError(fmt::format("{} already exists ({})", name, why_kept)); };
  Temporary temp(path);
  temp.fill(content, Durability::durable);
  // link() publishes the whole file under its name, and fails when the name is taken.
  if (::link(temp.name().c_str(), path.c_str()) != 0) {
    if (errno == EEXIST) throw taken();
    // A file system without hard links: O_EXCL claims the name, then rename fills it atomically.
    Fd claim(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
    if (claim.get() < 0 && errno == EEXIST) throw taken();
    if (claim.get() < 0) throw CantCreateError(system_message("cannot create " + name, errno));
    if (::rename(temp.name().c_str(), path.c_str()) != 0) {
      const int rename_errno = errno;
      ::unlink(path.c_str());
      throw CantCreateError(system_message("cannot create " + name, rename_errno));
    }
    temp.keep();
  }
  sync_folder(path.has_parent_path() ? path.parent_path() : ".");
}

RewriteLock::RewriteLock(const std::filesystem::path& path) {
  const std::string name = path.string();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  for (;;) {
    Fd fd(::open(name.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) throw NoInputError(system_message("cannot open " + name, errno));
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) == 0) {
      struct stat held {
      }, named{};
      const bool same = ::fstat(fd.get(), &held) == 0 && ::stat(name.c_str(), &named) == 0 &&
                        held.st_dev == named.st_dev && held.st_ino == named.st_ino;
      if (same) {
        fd_ = fd.release();
        return;
      }
      continue;  // replaced while we waited: lock the file that holds the name now
    }
    if (errno != EWOULDBLOCK && errno != EINTR) {
      fd_ = fd.release();  // a file system without locks: go on unserialised, as before
      return;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      throw IoError(fmt::format("{}: another program has been updating it for 10 seconds; try again", name));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

RewriteLock::~RewriteLock() {
  if (fd_ >= 0) ::close(fd_);
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content, Durability durability) {
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  create_private_folder(folder);
  Temporary temp(path);  // removed unless the rename succeeds
  struct stat old {};
  const mode_t mode = ::stat(path.c_str(), &old) == 0 ? (old.st_mode & 07777) : 0600;
  if (::fchmod(temp.fd(), mode) != 0) throw temp.failed(errno);
  temp.fill(content, durability);
  if (injected(WriteStep::rename) || ::rename(temp.name().c_str(), path.c_str()) != 0) throw temp.failed(errno);
  temp.keep();
  remove_stale_temporaries(folder, path.filename().string());
  if (durability == Durability::durable) sync_folder(folder);
}

}  // namespace prepkit
