// Spoken words and speaking time: how many words a Markdown text says out loud, how long they
// take at a speaking rate (shown as the m:ss durations of base/stopwatch).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/stopwatch.h"

namespace prepkit {

// The default speaking rate, in words a minute: the usual figure for conversational English.
inline constexpr int kDefaultSpeakingRate = 150;

// The text of `markdown` that a person would say aloud, line by line: headings, HTML comments,
// fenced code blocks, images, link targets, bare URLs, HTML tags and ordered-list numbers are
// left out; a code span becomes one word per token (`user_id` is one word, not two).
std::string spoken_text(std::string_view markdown);

// The words of plain `text`: runs of letters and digits, which an apostrophe or hyphen between
// two of them, or a point or comma between two digits, does not break ("don't", "on-call",
// "1,000", "3.5"). Any script counts; each Chinese or Japanese character is a word of its own;
// punctuation, symbols and emoji are not words. Invalid UTF-8 bytes count as letters.
std::vector<std::string_view> split_words(std::string_view text);

// How many words `markdown` says aloud: split_words(spoken_text(`markdown`)).size().
std::size_t count_words(std::string_view markdown);

// The seconds `words` take at `rate` words a minute, rounded to the nearest second.
long speaking_seconds(std::size_t words, int rate);

}  // namespace prepkit
