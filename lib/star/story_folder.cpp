#include "star/story_folder.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "base/files.h"
#include "base/suggest.h"
#include "base/yaml_tree.h"

namespace prepkit {

namespace {

// Up to three slugs close to `name`, whole or as a prefix of the same length, closest first.
std::vector<std::string> close_slugs(const std::string& name, const std::vector<StoryFile>& stories) {
  const std::size_t allowed = std::max<std::size_t>(1, name.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& story : stories) {
    const std::size_t distance = std::min(edit_distance(name, story.slug),
                                          edit_distance(name, std::string_view(story.slug).substr(0, name.size())));
    if (distance <= allowed) scored.emplace_back(distance, story.slug);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> result;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) result.push_back(scored[i].second);
  return result;
}

}  // namespace

std::vector<StoryFile> list_stories(const std::filesystem::path& dir) {
  std::error_code ec;
  const auto status = std::filesystem::status(dir, ec);
  if (!std::filesystem::exists(status)) return {};
  if (!std::filesystem::is_directory(status)) throw NoInputError(fmt::format("{}: is not a folder", dir.string()));
  std::vector<StoryFile> stories;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) throw NoInputError(fmt::format("cannot read the folder {}: {}", dir.string(), ec.message()));
  for (const auto& entry : it) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.' || entry.path().extension() != ".md") continue;
    std::error_code type_ec;
    if (!entry.is_regular_file(type_ec)) continue;
    stories.push_back({entry.path().stem().string(), entry.path()});
  }
  std::sort(stories.begin(), stories.end(), [](const StoryFile& a, const StoryFile& b) { return a.slug < b.slug; });
  return stories;
}

StoryFile find_story(const std::filesystem::path& dir, const std::string& name) {
  const bool is_path =
      name.find('/') != std::string::npos || (name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0);
  if (is_path) return {std::filesystem::path(name).stem().string(), name};
  if (name.empty()) throw UsageError("the story's name is empty");
  const auto stories = list_stories(dir);
  std::vector<const StoryFile*> prefixed;
  for (const auto& story : stories) {
    if (story.slug == name) return story;
    if (story.slug.compare(0, name.size(), name) == 0) prefixed.push_back(&story);
  }
  if (prefixed.size() == 1) return *prefixed.front();
  if (prefixed.size() > 1) {
    std::vector<std::string> slugs;
    for (const auto* story : prefixed) slugs.push_back(story->slug);
    throw UsageError(fmt::format("'{}' could be any of {} stories: {} (give more of the name)", name, slugs.size(),
                                 fmt::join(slugs, ", ")));
  }
  if (stories.empty()) {
    throw NoInputError(fmt::format("no story '{}': {} holds no stories yet", name, dir.string()));
  }
  const auto close = close_slugs(name, stories);
  throw NoInputError(fmt::format("no story '{}' in {}{}", name, dir.string(),
                                 close.empty() ? "" : fmt::format(" (did you mean '{}'?)", fmt::join(close, "', '"))));
}

StoryNote read_story(const StoryFile& file) {
  const std::string name = file.path.string();
  return parse_story(read_file(name, kMaxStoryBytes), name, title_from_slug(file.slug));
}

std::filesystem::path create_story(const std::filesystem::path& dir, const NewStory& story) {
  if (check_utf8(story.title, "")) throw UsageError("the title is not valid UTF-8 text");
  const std::string slug = slugify(story.title);
  if (slug.empty()) {
    throw UsageError(fmt::format("the title '{}' has no letter or digit to name the file after", story.title));
  }
  create_private_folder(dir);
  const std::filesystem::path path = dir / (slug + ".md");
  write_new_file(path, scaffold_story(story), "a story is never overwritten");
  return path;
}

void rewrite_front_matter(const StoryFile& file, const std::vector<FrontMatterChange>& changes) {
  const std::string name = file.path.string();
  // A link is not rewritten: replacing it would cut it from the note it points to, and following
  // it would write wherever it leads.
  std::error_code ec;
  if (std::filesystem::is_symlink(file.path, ec)) {
    const auto target = std::filesystem::read_symlink(file.path, ec);
    throw UsageError(fmt::format(
        "{} is a symbolic link to {}; star set rewrites only real notes: give the path of the note it points to", name,
        ec ? std::string("?") : target.string()));
  }
  const RewriteLock lock(file.path);  // other star set runs on this note wait for this one
  const std::string before = read_file(name, kMaxStoryBytes);
  parse_story(before, name, file.slug);  // refuses a note that does not read
  const std::string after = update_front_matter(before, changes);
  try {
    parse_story(after, name, file.slug);
  } catch (const DiagnosticError& e) {
    throw DataError(
        fmt::format("{}: the change would not read back ({}); the note is unchanged", name, e.diagnostic().message));
  }
  // An editor may have saved the note while it was being read: never undo that.
  if (read_file(name, kMaxStoryBytes) != before) {
    throw IoError(fmt::format("{} changed while it was being updated; nothing was written", name));
  }
  write_file_atomically(file.path, after);
}

}  // namespace prepkit
