// Fuzz target: story notes (front matter, sections, word counting and the checks).
#include <string>

#include "base/error.h"
#include "fuzz.h"
#include "star/speech.h"
#include "star/story.h"
#include "star/story_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)prepkit::count_words(text);
  try {
    const prepkit::StoryNote note = prepkit::parse_story(text, "note.md", "Fallback title");
    (void)prepkit::check_story(note, 150);
  } catch (const prepkit::Error&) {
  }
  return 0;
}
