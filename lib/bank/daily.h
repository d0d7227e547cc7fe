// The question of the day: chosen once per day and scope, remembered in the state database so
// every run that day agrees, and kept fresh by avoiding recently shown questions. The one place
// that combines sampling with the store.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "bank/sample.h"
#include "base/date.h"
#include "state/store.h"

namespace prepkit {

// A request for the questions of the day.
struct DailyRequest {
  Filter filter;
  std::size_t count = 1;
  Date day;
  int fresh_days = 30;  // avoid questions shown as daily questions in this many days before
};

// What the store says about a day's choice: the ids already chosen for the day and scope, in
// order, and the last day (days since 1970-01-01) each recently shown question was shown.
struct DailyHistory {
  std::vector<std::string> chosen;
  std::unordered_map<std::string, long> last_shown;
};

// The day's questions given its `history`: those already chosen (while they still match) stay,
// in order; the rest come at random (seeded by the day and scope) from questions not shown
// recently, then from the least recently shown. Touches no store.
Pick choose_daily(const Bank& bank, const DailyRequest& request, const DailyHistory& history);

// The question(s) of the day: reads the history, chooses, and records the new choices in one
// transaction of `store`, so concurrent runs agree.
Pick daily(const Bank& bank, Store& store, const DailyRequest& request);

}  // namespace prepkit
