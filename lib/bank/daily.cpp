#include "bank/daily.h"

#include <algorithm>
#include <cstdint>

#include "base/rng.h"

namespace prepkit {

Pick choose_daily(const Bank& bank, const DailyRequest& request, const DailyHistory& history) {
  const FilterMatch match(request.filter, bank);
  std::vector<std::uint32_t> candidates;
  for (std::size_t i = 0; i < bank.size(); ++i) {
    if (match(bank.info(i))) candidates.push_back(static_cast<std::uint32_t>(i));
  }
  Pick result;
  result.matching = candidates.size();
  const std::size_t want = std::min(request.count, candidates.size());
  std::vector<std::uint32_t> chosen;
  for (const auto& id : history.chosen) {
    const auto i = bank.index_of(id);
    if (i && match(bank.info(*i)) && chosen.size() < want) chosen.push_back(static_cast<std::uint32_t>(*i));
  }
  if (chosen.size() < want) {
    std::unordered_map<std::uint32_t, long> last_shown;
    for (const auto& [id, day] : history.last_shown) {
      if (const auto i = bank.index_of(id)) last_shown.emplace(static_cast<std::uint32_t>(*i), day);
    }
    std::vector<std::uint32_t> fresh;
    std::vector<std::pair<long, std::uint32_t>> stale;  // (the day it was last shown, question)
    for (const auto i : candidates) {
      if (std::find(chosen.begin(), chosen.end(), i) != chosen.end()) continue;
      const auto shown = last_shown.find(i);
      if (shown == last_shown.end()) {
        fresh.push_back(i);
      } else {
        stale.emplace_back(shown->second, i);
      }
    }
    const std::string scope = request.filter.scope();
    Rng rng(mix64(static_cast<std::uint64_t>(days_since_epoch(request.day)) ^ hash64(scope)));
    const std::size_t from_fresh = std::min(want - chosen.size(), fresh.size());
    rng.choose_front(fresh, from_fresh);
    chosen.insert(chosen.end(), fresh.begin(), fresh.begin() + static_cast<std::ptrdiff_t>(from_fresh));
    // When every qualifying question was shown recently, the least recently shown come back.
    std::stable_sort(stale.begin(), stale.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; chosen.size() < want && i < stale.size(); ++i) chosen.push_back(stale[i].second);
  }
  for (const auto i : chosen) result.questions.push_back(&bank.question(i));
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
