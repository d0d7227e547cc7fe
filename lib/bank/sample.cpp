#include "bank/sample.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "base/error.h"
#include "base/rng.h"
#include "base/suggest.h"

namespace prepkit {

namespace {

bool contains(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

bool passes(const std::vector<std::string>& wanted, std::string_view value) {
  return wanted.empty() || contains(wanted, value);
}

std::vector<std::string> subtopic_names() {
  std::vector<std::string> names;
  for (const auto& subtopic : all_subtopics()) names.emplace_back(subtopic.id);
  return names;
}

void check_values(const std::vector<std::string>& values, const std::vector<std::string>& known,
                  std::string_view what) {
  for (const auto& value : values) {
    if (!contains(known, value)) {
      throw UsageError(fmt::format("unknown {} '{}'{} (expected one of: {})", what, value, did_you_mean(value, known),
                                   fmt::join(known, ", ")));
    }
  }
}

// The key a question falls under for `weights`.
std::string_view weight_key(const QuestionInfo& question, const Weights& weights) {
  return weights.by == Weights::By::area ? question.area() : question.subtopic->id;
}

// The bits of the values of `all` that `wanted` lists, or every bit when it lists none.
std::uint32_t bits_of(const std::vector<std::string>& wanted, const std::vector<std::string>& all) {
  std::uint32_t bits = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (passes(wanted, all[i])) bits |= 1u << i;
  }
  return bits;
}

}  // namespace

FilterMatch::FilterMatch(const Filter& filter, const Bank& bank)
    : difficulties_(bits_of(filter.difficulties, all_difficulties())),
      kinds_(bits_of(filter.kinds, all_kinds())),
      any_tag_(filter.tags.empty()) {
  const auto& subtopics = all_subtopics();
  for (std::size_t i = 0; i < subtopics.size(); ++i) {
    if (passes(filter.subtopics, subtopics[i].id) && passes(filter.areas, subtopics[i].area)) subtopics_ |= 1u << i;
  }
  for (const auto& tag : filter.tags) {
    if (const auto id = bank.image().tag_id(tag)) tags_.push_back(*id);
  }
  std::sort(tags_.begin(), tags_.end());
  everything_ = filter.subtopics.empty() && filter.areas.empty() && filter.difficulties.empty() &&
                filter.kinds.empty() && filter.tags.empty();
}

bool FilterMatch::operator()(const QuestionInfo& q) const {
  const auto subtopic = static_cast<std::size_t>(q.subtopic - all_subtopics().data());
  if (!(subtopics_ >> subtopic & 1u) || !(difficulties_ >> q.difficulty & 1u) || !(kinds_ >> q.kind & 1u)) {
    return false;
  }
  if (any_tag_) return true;
  for (std::uint32_t i = 0; i < q.tags.size(); ++i) {
    if (std::binary_search(tags_.begin(), tags_.end(), q.tags[i])) return true;
  }
  return false;
}

std::string Filter::scope() const {
  std::vector<std::string> parts;
  const auto add = [&](std::string_view name, std::vector<std::string> values) {
    if (values.empty()) return;
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    parts.push_back(fmt::format("{}={}", name, fmt::join(values, ",")));
  };
  add("area", areas);
  add("difficulty", difficulties);
  add("kind", kinds);
  add("subtopic", subtopics);
  add("tag", tags);
  return parts.empty() ? "all" : fmt::format("{}", fmt::join(parts, ";"));
}

void check_filter(const Filter& filter, const Bank& bank) {
  check_values(filter.subtopics, subtopic_names(), "subtopic");
  check_values(filter.areas, all_areas(), "area");
  check_values(filter.kinds, all_kinds(), "kind");
  check_values(filter.difficulties, all_difficulties(), "difficulty");
  if (filter.tags.empty()) return;
  const BankImage& image = bank.image();
  for (const auto& tag : filter.tags) {
    if (!image.tag_id(tag)) {
      std::vector<std::string> known;
      for (std::uint32_t t = 0; t < image.tag_count(); ++t) known.emplace_back(image.tag(t));
      throw UsageError(fmt::format("no question has the tag '{}'{}", tag, did_you_mean(tag, known)));
    }
  }
}

Weights parse_weights(std::string_view text) {
  Weights weights;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    const std::string_view item = text.substr(start, end - start);
    const std::size_t equals = item.find('=');
    if (equals == std::string_view::npos || equals == 0) {
      throw UsageError(fmt::format("expected KEY=WEIGHT, found '{}'", item));
    }
    const std::string key(item.substr(0, equals));
    const std::string number(item.substr(equals + 1));
    char* stop = nullptr;
    const double value = number.empty() ? -1 : std::strtod(number.c_str(), &stop);
    if (number.empty() || *stop != '\0' || !std::isfinite(value) || value < 0) {
      throw UsageError(fmt::format("the weight of '{}' must be a number of 0 or more, found '{}'", key, number));
    }
    if (contains(weights.keys, key)) throw UsageError(fmt::format("'{}' is given twice", key));
    weights.keys.push_back(key);
    weights.values.push_back(value);
    start = end + 1;
  }
  const auto all_in = [&](const std::vector<std::string>& known) {
    return std::all_of(weights.keys.begin(), weights.keys.end(), [&](const auto& k) { return contains(known, k); });
  };
  if (all_in(all_areas())) {
    weights.by = Weights::By::area;
  } else if (all_in(subtopic_names())) {
    weights.by = Weights::By::subtopic;
  } else {
    std::vector<std::string> known = all_areas();
    const auto subtopics = subtopic_names();
    known.insert(known.end(), subtopics.begin() + 1, subtopics.end());  // "coding" is in both
    for (const auto& key : weights.keys) {
      if (!contains(known, key)) {
        throw UsageError(fmt::format("'{}' is neither an area nor a subtopic{}", key, did_you_mean(key, known)));
      }
    }
    throw UsageError("give either areas or subtopics, not a mix");
  }
  if (std::all_of(weights.values.begin(), weights.values.end(), [](double v) { return v == 0; })) {
    throw UsageError("at least one weight must be more than 0");
  }
  return weights;
}

std::vector<std::size_t> apportion(std::size_t total, const std::vector<double>& weights,
                                   const std::vector<std::size_t>& capacity) {
  const std::size_t n = weights.size();
  std::vector<std::size_t> counts(n, 0);
  std::vector<bool> fixed(n, false);
  for (std::size_t i = 0; i < n; ++i) fixed[i] = weights[i] <= 0 || capacity[i] == 0;
  std::size_t left = std::min(total, std::accumulate(capacity.begin(), capacity.end(), std::size_t{0}));
  // Shares that overflow their capacity are pinned to it, and the rest is split again.
  for (;;) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!fixed[i]) sum += weights[i];
    }
    if (sum <= 0 || left == 0) break;
    std::vector<std::size_t> share(n, 0);
    std::vector<std::pair<double, std::size_t>> remainders;
    std::size_t given = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (fixed[i]) continue;
      const double exact = static_cast<double>(left) * weights[i] / sum;
      share[i] = static_cast<std::size_t>(std::floor(exact + 1e-9));
      given += share[i];
      remainders.emplace_back(exact - static_cast<double>(share[i]), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
      return a.first > b.first + 1e-9;  // larger remainder first; near-equal keep list order
    });
    for (std::size_t k = 0; given < left && k < remainders.size(); ++k, ++given) ++share[remainders[k].second];
    bool overflow = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (!fixed[i] && share[i] >= capacity[i]) {
        overflow = overflow || share[i] > capacity[i];
      }
    }
    if (!overflow) {
      for (std::size_t i = 0; i < n; ++i) {
        if (!fixed[i]) counts[i] = share[i];
      }
      break;
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!fixed[i] && share[i] > capacity[i]) {
        counts[i] = capacity[i];
        fixed[i] = true;
        left -= capacity[i];
      }
    }
  }
  return counts;
}

Pick pick(const Bank& bank, const PickRequest& request) {
  Rng rng(request.seed);
  Pick result;
  const FilterMatch match(request.filter, bank);
  const auto questions = [&](const std::vector<std::uint32_t>& chosen) {
    for (const auto i : chosen) result.questions.push_back(&bank.question(i));
  };
  if (!request.weights && match.everything()) {
    // Every question qualifies: no record needs reading.
    const auto n = static_cast<std::uint32_t>(bank.size());
    result.matching = n;
    questions(rng.choose_of(n, std::min<std::size_t>(request.count, n)));
    return result;
  }
  if (!request.weights) {
    std::vector<std::uint32_t> candidates;
    for (std::size_t i = 0; i < bank.size(); ++i) {
      if (match(bank.info(i))) candidates.push_back(static_cast<std::uint32_t>(i));
    }
    result.matching = candidates.size();
    const std::size_t k = std::min(request.count, candidates.size());
    rng.choose_front(candidates, k);
    candidates.resize(k);
    questions(candidates);
    return result;
  }
  const Weights& weights = *request.weights;
  std::vector<std::vector<std::uint32_t>> strata(weights.keys.size());
  for (std::size_t i = 0; i < bank.size(); ++i) {
    const QuestionInfo question = bank.info(i);
    if (!match(question)) continue;
    const auto it = std::find(weights.keys.begin(), weights.keys.end(), weight_key(question, weights));
    if (it == weights.keys.end()) continue;
    strata[static_cast<std::size_t>(it - weights.keys.begin())].push_back(static_cast<std::uint32_t>(i));
  }
  std::vector<std::size_t> capacity;
  for (std::size_t i = 0; i < strata.size(); ++i) {
    // A key weighted 0 takes nothing, so its questions do not count as available.
    capacity.push_back(weights.values[i] > 0 ? strata[i].size() : 0);
    result.matching += capacity.back();
  }
  const auto counts = apportion(request.count, weights.values, capacity);
  for (std::size_t i = 0; i < strata.size(); ++i) {
    rng.choose_front(strata[i], counts[i]);
    strata[i].resize(counts[i]);
    questions(strata[i]);
  }
  return result;
}

}  // namespace prepkit
