// The weekly report as one self-contained HTML page (inline SVG and CSS: no script, nothing
// fetched from anywhere), and each of its charts as an SVG file of its own. Every chart has a
// title and a description and a table of the same numbers beside it; the page prints and follows
// the reader's dark mode.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "plan/report.h"

namespace prepkit {

// The charts that stand alone.
enum class ReportChart { burnup, heatmap, split, rehearsals };

// The names of the charts, in the order above.
const std::vector<std::string>& all_report_charts();

// The chart called `name`; throws FieldError("chart", ...) naming the choices.
ReportChart parse_report_chart(std::string_view name);

// The report as an HTML page.
std::string report_html(const Report& report);

// One chart of the report as an SVG file.
std::string report_svg(const Report& report, ReportChart chart);

}  // namespace prepkit
