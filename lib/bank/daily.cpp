#include "bank/daily.h"

#include <algorithm>
#include <cstdint>

#include "base/rng.h"

namespace prepkit {

Pick choose_daily(const Bank& bank, const DailyRequest& request, const DailyHistory& history) {
  std::vector<const Question*> candidates;
  for (const auto& question : bank.questions()) {
    if (request.filter.matches(question)) candidates.push_back(&question);
  }
  Pick result;
  result.matching = candidates.size();
  const std::size_t want = std::min(request.count, candidates.size());
  for (const auto& id : history.chosen) {
    const Question* question = bank.find(id);
    if (question && request.filter.matches(*question) && result.questions.size() < want) {
      result.questions.push_back(question);
    }
  }
  if (result.questions.size() >= want) return result;

  std::vector<const Question*> fresh;
  std::vector<const Question*> stale;
  for (const Question* question : candidates) {
    if (std::find(result.questions.begin(), result.questions.end(), question) != result.questions.end()) continue;
    (history.last_shown.contains(question->id) ? stale : fresh).push_back(question);
  }
  const std::string scope = request.filter.scope();
  Rng rng(mix64(static_cast<std::uint64_t>(days_since_epoch(request.day)) ^ hash64(scope)));
  const std::size_t from_fresh = std::min(want - result.questions.size(), fresh.size());
  rng.choose_front(fresh, from_fresh);
  result.questions.insert(result.questions.end(), fresh.begin(),
                          fresh.begin() + static_cast<std::ptrdiff_t>(from_fresh));
  // When every qualifying question was shown recently, the least recently shown come back.
  const auto& last = history.last_shown;
  std::stable_sort(stale.begin(), stale.end(),
                   [&](const Question* a, const Question* b) { return last.at(a->id) < last.at(b->id); });
  for (std::size_t i = 0; result.questions.size() < want && i < stale.size(); ++i) {
    result.questions.push_back(stale[i]);
  }
  return result;
}

Pick daily(const Bank& bank, Store& store, const DailyRequest& request) {
  const std::string scope = request.filter.scope();
  Pick result;
  store.transaction([&] {
    DailyHistory history;
    history.chosen = store.daily_picks(request.day, scope);
    history.last_shown = store.shown_between(add_days(request.day, -request.fresh_days), request.day);
    result = choose_daily(bank, request, history);
    std::vector<std::string> new_ids;
    for (const Question* question : result.questions) {
      const auto& chosen = history.chosen;
      if (std::find(chosen.begin(), chosen.end(), question->id) == chosen.end()) new_ids.push_back(question->id);
    }
    store.add_daily_picks(request.day, scope, history.chosen.size(), new_ids);
  });
  return result;
}

}  // namespace prepkit
