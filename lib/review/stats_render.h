// The review statistics as text for the terminal and pipelines.
#pragma once

#include <string>

#include "output/style.h"
#include "output/table.h"
#include "review/progress.h"

namespace prepkit {

// The review statistics: one row per subtopic and a total (with a coverage bar in text, and the
// share of rubric points the answers of the last 30 days covered, "rubric"), the
// grades of questions no longer in the banks, and the streak. JSON holds everything in one
// document; TSV and md hold the table only.
std::string render_stats(const Stats& stats, Format format, const Style& style);

}  // namespace prepkit
