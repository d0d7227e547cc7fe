// What `star check` finds in a story note: words and predicted spoken time per section, and
// the problems an interviewer would notice (a part missing or empty, too long to tell in the
// target time, a Result without a measurable outcome, an Action told as "we", a lopsided shape).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "star/story.h"

namespace prepkit {

// Above this share of the story's words, Situation and Task together make too long a setup.
inline constexpr double kMaxSetupShare = 0.40;

// One problem found in a note: a stable code for scripts, and where and what it is.
struct Finding {
  std::string code;  // missing-section, empty-section, repeated-section, over-target, no-number, we-not-i,
                     // long-setup, short-action, or front-matter (a note that cannot be read)
  Diagnostic where;  // the note, the line it concerns (0 when none), the message
};

// The measures and findings of one note.
struct StoryCheck {
  std::array<std::size_t, 4> words{};  // spoken words per part, in order
  std::array<long, 4> seconds{};       // predicted seconds per part
  std::size_t total_words = 0;
  long predicted_seconds = 0;  // the whole story at the speaking rate
  int target_seconds = 0;
  int rate = 0;  // the speaking rate used, in words a minute
  std::vector<Finding> findings;
};

// Measures `note` at `rate` words a minute and lists what is wrong with it, in the order of
// the lines concerned (problems of the whole note first).
StoryCheck check_story(const StoryNote& note, int rate);

// How many times "I" (with me, my, mine, myself) and "we" (with us, our, ours, ourselves) are
// said in `markdown`.
struct Pronouns {
  std::size_t singular = 0;
  std::size_t plural = 0;
};
Pronouns count_pronouns(std::string_view markdown);

// Whether `markdown` states a number: a digit, or a word such as "half", "twice" or "thousand".
bool has_number(std::string_view markdown);

}  // namespace prepkit
