// The grade history as a file: exported by `qpick history` (JSON or TSV), read back by
// `qpick import`, so a history moves between machines with nothing lost.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "output/style.h"
#include "output/table.h"
#include "review/review.h"

namespace prepkit {

// A new grade of `question` (of `subtopic`) for `day`, with a fresh uid and the current time.
GradeRecord new_grade(std::string question, std::string subtopic, Date day, Grade grade);

// The columns of a history: day, question, subtopic, grade, recorded_at, uid.
const std::vector<std::string>& history_columns();

// One grade as a row under history_columns().
std::vector<std::string> history_row(const GradeRecord& grade);

// The grades as a table under history_columns().
Table history_table(const std::vector<GradeRecord>& grades);

// Reads a history file as exported (a JSON array of objects, or TSV with its header row);
// `file` names it in messages. Throws DiagnosticError (exit 65) with the place of the first
// malformed record.
std::vector<GradeRecord> parse_history(std::string_view text, const std::string& file);

}  // namespace prepkit
