// The stories folder: the notes it holds, which note a STORY argument names, creating a note
// without ever overwriting one, and rewriting a note's front matter atomically.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "star/story.h"

namespace prepkit {

// A note in the stories folder (or given by path): its slug is its file name without ".md".
struct StoryFile {
  std::string slug;
  std::filesystem::path path;
};

// The notes in `dir`: its *.md files that are not hidden, by slug. A folder that does not
// exist holds none. Throws NoInputError when `dir` is not a folder or cannot be read.
std::vector<StoryFile> list_stories(const std::filesystem::path& dir);

// The note `name` stands for: a path (when it holds a '/' or ends in ".md"), else a slug in
// `dir`, else the one slug it is a prefix of. Throws NoInputError (exit 66) for a name that
// matches nothing, naming the closest slugs, and UsageError (exit 64) for a prefix of several,
// listing them.
StoryFile find_story(const std::filesystem::path& dir, const std::string& name);

// Reads and parses the note `file` (see parse_story). Throws NoInputError, DiagnosticError.
StoryNote read_story(const StoryFile& file);

// Creates the note for `story` in `dir` (created when missing), named after its title's slug,
// and returns its path. The file appears whole or not at all, and an existing file is never
// replaced: throws CantCreateError naming it. Throws UsageError for a title with no letter or
// digit, or that is not UTF-8.
std::filesystem::path create_story(const std::filesystem::path& dir, const NewStory& story);

// Makes `changes` to the front matter of the note `file` (see update_front_matter), checks
// that the result still reads, and replaces the file atomically. Throws DiagnosticError when
// the note does not read before the change, IoError when it changes meanwhile.
void rewrite_front_matter(const StoryFile& file, const std::vector<FrontMatterChange>& changes);

}  // namespace prepkit
