// Reading input files within a size limit, and rewriting files so that nothing is lost.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace prepkit {

// Reads all of `path` ("-" reads standard input, called <stdin> in messages). Throws
// NoInputError when it cannot be opened, DiagnosticError when it is larger than `max_bytes`,
// IoError when reading fails part-way.
std::string read_file(const std::string& path, std::size_t max_bytes);

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

// Creates `folder` and any missing parents with mode 0700 (only the folders it creates: an
// existing one keeps its mode). Throws CantCreateError.
void create_private_folder(const std::filesystem::path& folder);

// "1.5 MiB", "512 bytes": a size for messages.
std::string human_size(std::size_t bytes);

}  // namespace prepkit
