// Turning stories, checks and rehearsals into text for people and JSON, TSV and Markdown for
// pipelines. Durations read m:ss in text; JSON, TSV and Markdown give whole seconds.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output/style.h"
#include "output/table.h"
#include "star/rehearsal.h"
#include "star/story.h"
#include "star/story_check.h"
#include "star/story_folder.h"

namespace prepkit {

// One row of `star list`: a note, its measures and its rehearsals.
struct StoryListing {
  StoryFile file;
  StoryNote note;
  StoryCheck check;
  RehearsalStats stats;
};

// The story list: story, title, theme, words, predicted spoken time, target, rehearsals, best
// and last time, and how far the last time (or, before any rehearsal, the prediction) is over
// or under the target (none for a story with neither a rehearsal nor a spoken word).
std::string render_story_list(const std::vector<StoryListing>& stories, Format format, const Style& style);

// One note as `star check` saw it; `note` is empty when the note could not be read, and its
// one finding says why.
struct CheckedStory {
  StoryFile file;
  std::optional<StoryNote> note;
  StoryCheck check;
};

// The check report: in text, words and predicted time per part and every finding under each
// story; JSON holds all of it; TSV and Markdown list the findings, one a row.
std::string render_checks(const std::vector<CheckedStory>& stories, Format format, const Style& style);

// One note for reading: in text, a header and the four parts without comments; Markdown is the
// file as it is (`raw`); JSON and TSV give the parts with their words and predicted time.
std::string render_story(const StoryFile& file, const StoryNote& note, const StoryCheck& check, std::string_view raw,
                         Format format, const Style& style);

// The report of one rehearsal: each part's time beside its predicted time, the total, and how
// it stands against the target.
std::string render_rehearsal(const RehearsalRecord& rehearsal, const StoryCheck& check, Format format,
                             const Style& style);

// The rehearsal statistics, one story a row: rehearsals, aborted, median, best, last, the last
// five, the trend, how many were under target, and the speaking rate measured.
std::string render_rehearsal_stats(const std::vector<RehearsalStats>& stats, Format format, const Style& style);

// One story's statistics and every rehearsal of it (TSV and Markdown: the rehearsals only).
std::string render_story_rehearsals(const RehearsalStats& stats, const std::vector<RehearsalRecord>& rehearsals,
                                    Format format, const Style& style);

// Whole seconds in `ms` (rounded down, as a stopwatch shows them).
long whole_seconds(long ms);

}  // namespace prepkit
