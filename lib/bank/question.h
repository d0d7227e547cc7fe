// The question record: the fixed subtopics and areas, the allowed difficulties and kinds, a
// question as a bank gives it, and what choosing a question reads of it.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "judge/problem.h"

namespace prepkit {

// One of the nine fixed subtopics, the area it belongs to, and its title.
struct Subtopic {
  std::string_view id;
  std::string_view area;
  std::string_view title;
};

// The nine subtopics in their canonical order (coding first, ask last).
const std::vector<Subtopic>& all_subtopics();

// The five areas in canonical order: coding, design, ops, behavioral, ask.
const std::vector<std::string>& all_areas();

// The subtopic with id `id`, or nullptr.
const Subtopic* find_subtopic(std::string_view id);

// The allowed values of a question's difficulty and kind, in canonical order.
const std::vector<std::string>& all_difficulties();
const std::vector<std::string>& all_kinds();

// One practice question as the bank gives it.
struct Question {
  std::string id;  // stable: history refers to it
  std::string subtopic;
  std::string area;  // follows from the subtopic
  std::string prompt;
  std::string difficulty;  // one of all_difficulties()
  std::string kind;        // one of all_kinds()
  int minutes = 0;         // expected answer time
  std::vector<std::string> tags;
  std::vector<std::string> expect;      // what a strong answer covers
  std::vector<std::string> follow_ups;  // may be empty
  std::string estimate;                 // an estimate expression, or empty
  std::string code;                     // a snippet shown verbatim under the prompt, or empty
  std::vector<std::string> sources;     // where its specific facts come from; may be empty
  Judging judging;                      // a coding problem's cases; empty for other questions
  std::string file;                     // where the question is defined
  int line = 0;
  int column = 0;
};

// A question that left the banks in favour of another (a bank's `replaced_by`): grades given to
// `from` count for `to`.
struct Redirect {
  std::string from;
  std::string to;
  std::string file;  // where the bank says so
  int line = 0;
  int column = 0;
};

// A question's tags as numbers into its bank's sorted list of tags, read where they lie.
class TagIds {
 public:
  TagIds() = default;
  TagIds(const char* data, std::uint32_t count) : data_(data), count_(count) {}

  std::uint32_t size() const { return count_; }
  std::uint32_t operator[](std::uint32_t i) const {
    std::uint32_t id = 0;
    std::memcpy(&id, data_ + std::size_t{4} * i, sizeof id);
    return id;
  }

 private:
  const char* data_ = nullptr;
  std::uint32_t count_ = 0;
};

// What filters, sampling, reviews and statistics read of a question: its index record, read in
// place without decoding any of its text.
struct QuestionInfo {
  std::uint32_t index = 0;  // its place in the bank
  std::string_view id;
  const Subtopic* subtopic = nullptr;
  std::uint8_t difficulty = 0;  // into all_difficulties()
  std::uint8_t kind = 0;        // into all_kinds()
  int minutes = 0;
  bool judged = false;  // a coding problem with cases to run
  TagIds tags;
  std::uint32_t file = 0;  // into the bank's files

  std::string_view area() const { return subtopic->area; }
  std::string_view difficulty_name() const { return all_difficulties()[difficulty]; }
  std::string_view kind_name() const { return all_kinds()[kind]; }
};

}  // namespace prepkit
