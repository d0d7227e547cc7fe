// The bank as text for the terminal and pipelines: a sample of questions, one question whole,
// and the listings of subtopics, tags and ids.
#pragma once

#include <string>
#include <vector>

#include "bank/bank.h"
#include "output/style.h"
#include "output/table.h"

namespace prepkit {

// Renders a list of questions as a sample: id, metadata and prompt of each.
std::string render_questions(const std::vector<const Question*>& questions, Format format, const Style& style);

// Renders one question whole: prompt, what a strong answer covers, follow-ups, estimate.
std::string render_question(const Question& question, Format format, const Style& style);

// The subtopics with their area, title and number of questions in `bank`.
Table subtopic_table(const Bank& bank);

// Every tag with the number of questions carrying it, most used first.
Table tag_table(const Bank& bank);

// Every question id with its subtopic, difficulty and kind.
Table id_table(const Bank& bank);

}  // namespace prepkit
