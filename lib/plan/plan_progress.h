// Progress against a saved plan: each target's count done (from plan log entries, qpick grades,
// runs and mocks, and star rehearsals), what is due, and whether the user is ahead, on track or behind.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "plan/plan.h"
#include "review/review.h"
#include "state/records.h"

namespace prepkit {

// The kinds `plan log` accepts.
const std::vector<std::string>& all_log_kinds();

// One finished or abandoned rehearsal of a story, as star records it.
struct RehearsalDone {
  std::string story;
  Date day;
  bool completed = true;
};

// One mock interview qpick mock completed (a stopped one does not count).
struct MockDone {
  Date day;
  bool design = false;  // a system design round
};

// One target's progress.
struct TargetProgress {
  std::string name;
  int done = 0;        // by the end of the week, or today when the week is under way
  int due = 0;         // due by the end of the week
  int expected = 0;    // due by today, or by the end of the week when it is over
  int total = 0;       // the target for the whole plan
  std::string status;  // ahead, on track, behind, or not started before the plan's first day
};

// Progress for `week` of `plan` as of `today`. Counting: problems are logged problems plus the
// distinct coding questions graded or solved (`solved`: the first day a run of qpick test passed
// each whole), each question once; chapters are logged chapters; mocks are the mocks completed
// (`mocks`) and those logged; design_mocks the design rounds completed and the design mocks
// logged; stories are stories with a completed
// rehearsal; rehearsals are completed rehearsals. Only work on or after the plan's start counts.
// What is expected by a day is pro rata within its week, by what the week's sessions up to that
// day hold: on a Wednesday, the problems of Monday's and Wednesday's sessions.
std::vector<TargetProgress> plan_progress(const Plan& plan, int week, Date today, const std::vector<PlanLogEntry>& log,
                                          const std::vector<GradeRecord>& grades,
                                          const std::vector<RehearsalDone>& rehearsals,
                                          const std::map<std::string, Date>& solved = {},
                                          const std::vector<MockDone>& mocks = {});

}  // namespace prepkit
