// A plan in each of its formats: text for people, a Markdown checklist, JSON, CSV (RFC 4180)
// and an iCalendar file (RFC 5545) to import into a calendar.
#pragma once

#include <optional>
#include <string>

#include "output/style.h"
#include "output/table.h"
#include "plan/plan.h"

namespace prepkit {

enum class PlanFormat { text, md, json, csv, ics };

// Parses a --format value of plan; throws UsageError.
PlanFormat parse_plan_format(std::string_view text);

// "Mon 2026-12-07".
std::string day_label(Date day);

// Renders `plan`, or only week `week` when given. `stamp` is the DTSTAMP of calendar events
// (UTC, 20261128T070000Z); `notes` lines go to the caller, not into the output.
std::string render_plan(const Plan& plan, PlanFormat format, const Style& style, std::optional<int> week,
                        const std::string& stamp);

// The sessions on `day`, as text lines (for `plan today`).
std::string render_day(const Plan& plan, Date day, PlanFormat format, const Style& style, const std::string& stamp);

}  // namespace prepkit
