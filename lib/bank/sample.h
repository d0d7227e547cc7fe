// Choosing questions: filters and weighted (stratified) random samples.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "base/date.h"

namespace prepkit {

// Which questions qualify. Within one list any value matches; across lists all must match;
// an empty list matches everything.
struct Filter {
  std::vector<std::string> subtopics;
  std::vector<std::string> areas;
  std::vector<std::string> kinds;
  std::vector<std::string> difficulties;
  std::vector<std::string> tags;

  // A canonical text of the filter ("all" when empty), the same for the same choice however
  // the flags were ordered; the daily question is chosen per scope.
  std::string scope() const;
};

// A filter resolved against one bank: its values as the numbers the bank's index records hold,
// so that testing a question reads none of its text.
class FilterMatch {
 public:
  FilterMatch(const Filter& filter, const Bank& bank);

  // Whether the question `q` passes the filter.
  bool operator()(const QuestionInfo& q) const;

  // Whether every question passes.
  bool everything() const { return everything_; }

 private:
  std::uint32_t subtopics_ = 0;  // a bit for each subtopic that passes (its area passing too)
  std::uint32_t difficulties_ = 0;
  std::uint32_t kinds_ = 0;
  bool any_tag_ = true;
  std::vector<std::uint32_t> tags_;  // the bank's numbers of the tags asked for, sorted
  bool everything_ = false;
};

// Throws UsageError for a filter value that names nothing (an unknown subtopic, area, kind,
// difficulty, or a tag no question in `bank` carries), with the closest known values.
void check_filter(const Filter& filter, const Bank& bank);

// A weighted split of a sample: by subtopic or by area.
struct Weights {
  enum class By { subtopic, area };
  By by = By::area;
  std::vector<std::string> keys;  // in the order given
  std::vector<double> values;
};

// Parses "coding=40,design=35,ops=25" (areas) or "databases=2,apis=1" (subtopics). Keys that
// are all areas are areas ("coding" is both an area and a subtopic); otherwise all must be
// subtopics. Throws UsageError on anything else.
Weights parse_weights(std::string_view text);

// Splits `total` items in proportion to `weights` by the largest-remainder method: each gets
// the whole part of its exact share, and the items left over go to the largest fractional
// parts, ties to the one listed first. No share exceeds its `capacity`; what a full share
// cannot take is split among the others the same way. The counts add up to `total` or to the
// sum of the capacities, whichever is smaller.
std::vector<std::size_t> apportion(std::size_t total, const std::vector<double>& weights,
                                   const std::vector<std::size_t>& capacity);

// A request for a random sample.
struct PickRequest {
  Filter filter;
  std::size_t count = 1;
  std::optional<Weights> weights;
  std::uint64_t seed = 0;
};

// The questions chosen, and how many qualified.
struct Pick {
  std::vector<const Question*> questions;
  std::size_t matching = 0;  // questions that passed the filter (and the weights' keys)
};

// Chooses `request.count` distinct questions at random; the same seed and bank give the same
// answer everywhere. With weights, the counts per key follow apportion() and the questions come
// grouped by key in the order the weights were given.
Pick pick(const Bank& bank, const PickRequest& request);

}  // namespace prepkit
