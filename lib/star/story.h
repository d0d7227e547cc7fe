// A STAR story note: a Markdown file the user owns, with a small YAML front matter (title,
// theme, target, created, tags) and four level-2 sections told in order: Situation, Task,
// Action, Result. Reading tolerates what people do in editors (CRLF, text outside the
// sections, extra sections, headings in another case, no front matter); the one rewrite, of
// front matter values, keeps every other byte of the file.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace prepkit {

// The four parts of a STAR story, in the order they are told.
enum class Part { situation, task, action, result };

// Every part, in order.
inline constexpr std::array<Part, 4> kParts = {Part::situation, Part::task, Part::action, Part::result};

// The part's name as a section heading: "Situation", "Task", "Action" or "Result".
std::string_view part_name(Part part);

// The spoken-time target when the front matter gives none (three minutes), and its limits.
inline constexpr int kDefaultTargetSeconds = 180;
inline constexpr int kMinTargetSeconds = 10;
inline constexpr int kMaxTargetSeconds = 3600;

// The largest note read, so a stray binary file cannot stall a listing.
inline constexpr std::size_t kMaxStoryBytes = 1u << 20u;

// A theme a behavioural round asks a story for.
struct Theme {
  std::string_view id;     // as written in the front matter: "reliability"
  std::string_view title;  // the title `star init` gives its scaffold
};

// The three recommended themes (reliability, conflict, performance), in the order `star init`
// scaffolds them.
const std::vector<Theme>& recommended_themes();

// One of the four sections as read from a note.
struct StorySection {
  int line = 0;              // the 1-based line of its heading
  std::string text;          // the Markdown under the heading, the scaffold's prompts left out
  std::size_t words = 0;     // the words it says aloud (see count_words)
  std::vector<int> repeats;  // lines of later headings for the same part, whose text is added here
};

// A heading that names a part but is not a level-2 heading, so it does not start the section.
struct StrayHeading {
  Part part;
  int line = 0;
  int level = 0;
};

// What a note says: its front matter (with defaults for what is missing) and its sections.
struct StoryNote {
  std::string file;  // the name used in messages
  std::string title;
  std::string theme;  // "" when none
  int target_seconds = kDefaultTargetSeconds;
  std::optional<Date> created;
  std::vector<std::string> tags;
  bool has_front_matter = false;
  int target_line = 0;  // the line of the `target` key, 0 when the front matter has none
  std::array<std::optional<StorySection>, 4> sections;
  std::vector<StrayHeading> stray_headings;

  // The section for `part`, or nothing when the note has no such level-2 heading.
  const std::optional<StorySection>& section(Part part) const { return sections[static_cast<std::size_t>(part)]; }

  // The spoken words of the four sections together.
  std::size_t words() const;
};

// Reads the note `text`; `file` names it in messages and `fallback_title` is its title when
// neither the front matter nor a level-1 heading gives one. Throws DiagnosticError (exit 65)
// with the line and column of malformed front matter, invalid UTF-8 or a NUL byte.
StoryNote parse_story(std::string_view text, const std::string& file, std::string_view fallback_title);

// What a new note starts with.
struct NewStory {
  std::string title;
  std::string theme;  // may be empty
  int target_seconds = kDefaultTargetSeconds;
  Date created;
};

// The text of a new note: the front matter, then the four sections, each holding a one-line
// prompt (an HTML comment) of what belongs there, worded for the theme when it is a
// recommended one.
std::string scaffold_story(const NewStory& story);

// The prompt the scaffold puts under `part` for `theme` (the generic one for other themes).
std::string_view section_prompt(Part part, std::string_view theme);

// The file name (without .md) for a story called `title`: lower-case ASCII letters and digits
// joined by single dashes, common accented Latin letters transliterated, other letters kept,
// at most 60 bytes. Empty when `title` has no letter or digit.
std::string slugify(std::string_view title);

// The title a note without one gets from its slug: "cut-p95" becomes "Cut p95".
std::string title_from_slug(std::string_view slug);

// `text` as a YAML scalar: plain when that reads back unchanged, else double-quoted.
std::string yaml_scalar(std::string_view text);

// A new value for one front matter key, already written as YAML ("180", "[a, b]").
struct FrontMatterChange {
  std::string key;
  std::string value;
};

// `text` with `changes` made to its front matter, and every other byte as it was: a key's line
// (and its indented continuation lines) is replaced, keeping a trailing comment; a missing key
// is added at the end of the front matter; a note without front matter gets one at the top.
// New lines use the file's line endings. Throws DiagnosticError for front matter that is never
// closed.
std::string update_front_matter(std::string_view text, const std::vector<FrontMatterChange>& changes);

}  // namespace prepkit
