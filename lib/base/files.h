// Reading input files within a size limit, and rewriting files so that nothing is lost.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace prepkit {

// Where a file to read comes from, which decides what it may be.
enum class FileOrigin {
  found,  // found by prepkit (in a folder, by a setting): only a regular file is read
  named,  // named by the user (an argument, "-"): a pipe or a device is read as a stream too
};

// Reads all of `path` ("-" reads standard input, called <stdin> in messages). Opening never
// waits: a FIFO `found` is refused before anything blocks, one `named` is opened to wait for its
// writer as the user asked. Throws NoInputError when it cannot be opened or is not a file it may
// read, DiagnosticError when it is larger than `max_bytes` (reading stops there), IoError when
// reading fails part-way.
std::string read_file(const std::string& path, std::size_t max_bytes, FileOrigin origin = FileOrigin::found);

// A regular file mapped read-only into memory, to be read where it lies; unmapped when the last
// holder lets go. The file must not be truncated while mapped: prepkit replaces the files it maps
// (write_file_atomically) rather than rewriting them in place.
class MappedFile {
 public:
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // Maps the regular file `path`. Throws NoInputError when it cannot be opened or is not a
  // regular file, DiagnosticError when it is larger than `max_bytes`, IoError when mapping fails.
  static std::shared_ptr<const MappedFile> open(const std::string& path, std::size_t max_bytes);

  std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}

  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// "a folder", "a FIFO", "a character device"...: what a file that is not regular is, for
// messages ("a regular file" for one that is).
std::string file_type_name(unsigned mode);

// How hard write_file_atomically works to survive a power cut.
enum class Durability {
  durable,  // flush the file and its folder to disk: for anything the user would miss
  cache,    // skip the flushes: a torn cache is detected and rebuilt
};

// Replaces `path` with `content` atomically: writes a temporary file in the same folder
// (".NAME.prepkit-PID.XXXXXX"), flushes it to disk, renames it over `path` and flushes the
// folder. A reader sees the old file or the new one, never a mix; an existing file keeps its
// permissions and a new one is 0600. Creates missing folders 0700. Throws CantCreateError or
// IoError, leaving no temporary file behind; once the new file is in place, removes the
// temporaries of `path` whose writer process is gone, written a minute ago or more.
void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           Durability durability = Durability::durable);

// The steps of write_file_atomically, for the failure hook below.
enum class WriteStep { none, create, write, fsync, close, rename, folder_fsync };

// For tests only: makes the next write_file_atomically calls fail at `step` as if the system
// call had failed with EIO (none turns the failures off).
void fail_writes_at_for_testing(WriteStep step);

// Writes `content` to the new file `path`, whole or not at all (through a temporary file named as
// write_file_atomically's are), never replacing a file: throws CantCreateError "PATH already
// exists (WHY)" when the name is taken, even by another process at the same moment.
void write_new_file(const std::filesystem::path& path, std::string_view content, std::string_view why_kept);

// Serialises the processes that rewrite one file through write_file_atomically: holds an advisory
// lock on the file `path` names, and once it holds it checks that the name still points to that
// file (a writer that went first replaced it), trying again if not. Waits at most 10 seconds, then
// throws IoError; throws NoInputError when the file cannot be opened.
class RewriteLock {
 public:
  explicit RewriteLock(const std::filesystem::path& path);
  RewriteLock(const RewriteLock&) = delete;
  RewriteLock& operator=(const RewriteLock&) = delete;
  ~RewriteLock();

 private:
  int fd_ = -1;
};

// Creates `folder` and any missing parents with mode 0700 (only the folders it creates: an
// existing one keeps its mode). Throws CantCreateError.
void create_private_folder(const std::filesystem::path& folder);

// "1.5 MiB", "512 bytes": a size for messages.
std::string human_size(std::size_t bytes);

}  // namespace prepkit
