// Shows a small plan in every format (text, Markdown checklist, JSON, CSV, iCalendar): whole, one
// week, and one day.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "base/error.h"
#include "base/files.h"
#include "plan/plan_output.h"

using namespace prepkit;

namespace {

const std::string kShare = PREPKIT_SHARE;
const std::string kStamp = "20261128T070000Z";
const Style kPlain;

Date day(const char* text) { return *parse_date(text); }

// `weeks` weeks of the default template at two hours a week on Mondays and Thursdays. In two weeks,
// week 1 codes and reads (the coding carries over into Thursday), week 2 holds the mock interviews
// and weak spots.
Plan small_plan(int weeks = 2) {
  PlanRequest request;
  request.tmpl = parse_template(read_file(kShare + "/plans/default.yaml", 1u << 20u), "default", "default");
  request.start = day("2026-12-07");
  request.weeks = weeks;
  request.hours = 2;
  request.days = {0, 3};
  return build_plan(request, day("2026-12-01"));
}

// `text` with every line ending in CRLF, as CSV and iCalendar have them.
std::string crlf(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

const char* const kTextHeading =
    "Eight weeks to interview day: 2026-12-07 to 2026-12-20, 2 weeks, 2 h a week on mon,thu from 19:00\n\n";

const char* const kWeek1Text = R"(Week 1 (Mon 2026-12-07 to Sun 2026-12-13): Coding and fundamentals
  coding 60% (1.25 h), fundamentals 40% (0.75 h)
  Mon 2026-12-07 19:00-20:00  coding        2 problems: arrays and strings
  Thu 2026-12-10 19:00-19:15  coding        1 problem: hash maps
  Thu 2026-12-10 19:15-20:00  fundamentals  read 1 chapter: data models and query languages
  due this week: 2 problems, 3 stories, 5 rehearsals
)";

const char* const kWeek2Text = R"(Week 2 (Mon 2026-12-14 to Sun 2026-12-20): Mock interviews and weak spots
  mocks 50% (1 h), weak-spots 50% (1 h)
  Mon 2026-12-14 19:00-20:00  mocks         mock interview: coding
  Thu 2026-12-17 19:00-20:00  weak-spots    4 questions: qpick -s coding,system-design -n 4
  due this week: 1 mock interview, 1 system-design mock, 4 rehearsals (9 in all)
)";

const char* const kTextSplits = R"(split       declared  realised
coding           40%     52.1%
design           35%     39.6%
ops              25%      0.0%
behavioral        0%      8.3%
)";

const char* const kWeakSpots =
    "weak spots: the template's defaults (coding, system-design), since there are too few grades yet\n";

const char* const kMdHeading = "# Eight weeks to interview day\n\n2026-12-07 to 2026-12-20 · 2 h a week\n\n";

const char* const kWeek1Md = R"(## Week 1 · Coding and fundamentals · from Mon 2026-12-07

coding 60% (1.25 h), fundamentals 40% (0.75 h)

- [ ] Mon 2026-12-07 19:00-20:00 · coding · 2 problems: arrays and strings
- [ ] Thu 2026-12-10 19:00-19:15 · coding · 1 problem: hash maps
- [ ] Thu 2026-12-10 19:15-20:00 · fundamentals · read 1 chapter: data models and query languages

Due this week:

- [ ] 2 problems
- [ ] 3 stories
- [ ] 5 rehearsals

)";

const char* const kWeek2Md = R"(## Week 2 · Mock interviews and weak spots · from Mon 2026-12-14

mocks 50% (1 h), weak-spots 50% (1 h)

- [ ] Mon 2026-12-14 19:00-20:00 · mocks · mock interview: coding
- [ ] Thu 2026-12-17 19:00-20:00 · weak-spots · 4 questions: qpick -s coding,system-design -n 4

Due this week:

- [ ] 1 mock interview
- [ ] 1 system-design mock
- [ ] 4 rehearsals (9 in all)

)";

const char* const kCsvHeader = "date,start,end,minutes,week,phase,focus,work,description\n";

const char* const kWeek1Csv =
    R"(2026-12-07,19:00,20:00,60,1,Coding and fundamentals,coding,problems,2 problems: arrays and strings
2026-12-10,19:00,19:15,15,1,Coding and fundamentals,coding,problems,1 problem: hash maps
2026-12-10,19:15,20:00,45,1,Coding and fundamentals,fundamentals,reading,read 1 chapter: data models and query languages
)";

const char* const kWeek2Csv =
    R"(2026-12-14,19:00,20:00,60,2,Mock interviews and weak spots,mocks,mocks,mock interview: coding
2026-12-17,19:00,20:00,60,2,Mock interviews and weak spots,weak-spots,questions,"4 questions: qpick -s coding,system-design -n 4"
)";

const char* const kIcsHead = R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prepkit//plan//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Eight weeks to interview day
)";

const char* const kIcsMonday = R"(BEGIN:VEVENT
UID:20261207T190000-coding@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261207T190000
DTEND:20261207T200000
SUMMARY:coding: 2 problems: arrays and strings
DESCRIPTION:Week 1 of 2\, Coding and fundamentals. coding 60% (1.25 h)\, fu
 ndamentals 40% (0.75 h).
CATEGORIES:coding
END:VEVENT
)";

const char* const kIcsThursday = R"(BEGIN:VEVENT
UID:20261210T190000-coding@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261210T190000
DTEND:20261210T191500
SUMMARY:coding: 1 problem: hash maps
DESCRIPTION:Week 1 of 2\, Coding and fundamentals. coding 60% (1.25 h)\, fu
 ndamentals 40% (0.75 h).
CATEGORIES:coding
END:VEVENT
BEGIN:VEVENT
UID:20261210T191500-fundamentals@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261210T191500
DTEND:20261210T200000
SUMMARY:fundamentals: read 1 chapter: data models and query languages
DESCRIPTION:Week 1 of 2\, Coding and fundamentals. coding 60% (1.25 h)\, fu
 ndamentals 40% (0.75 h).
CATEGORIES:fundamentals
END:VEVENT
)";

const char* const kIcsWeek2 = R"(BEGIN:VEVENT
UID:20261214T190000-mocks@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261214T190000
DTEND:20261214T200000
SUMMARY:mocks: mock interview: coding
DESCRIPTION:Week 2 of 2\, Mock interviews and weak spots. mocks 50% (1 h)\,
  weak-spots 50% (1 h).
CATEGORIES:mocks
END:VEVENT
BEGIN:VEVENT
UID:20261217T190000-weak-spots@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261217T190000
DTEND:20261217T200000
SUMMARY:weak-spots: 4 questions: qpick -s coding\,system-design -n 4
DESCRIPTION:Week 2 of 2\, Mock interviews and weak spots. mocks 50% (1 h)\,
  weak-spots 50% (1 h).
CATEGORIES:weak-spots
END:VEVENT
)";

const char* const kIcsTail = "END:VCALENDAR\n";

}  // namespace

TEST_CASE("parse_plan_format") {
  SUBCASE("each format by its name") {
    CHECK(parse_plan_format("text") == PlanFormat::text);
    CHECK(parse_plan_format("md") == PlanFormat::md);
    CHECK(parse_plan_format("json") == PlanFormat::json);
    CHECK(parse_plan_format("csv") == PlanFormat::csv);
    CHECK(parse_plan_format("ics") == PlanFormat::ics);
  }
  SUBCASE("an unknown name is a usage error that lists the formats") {
    CHECK_THROWS_AS(parse_plan_format("pdf"), UsageError);
    CHECK_THROWS_WITH(parse_plan_format("pdf"), "unknown format 'pdf' (expected one of: text, md, json, csv, ics)");
    CHECK_THROWS_WITH(parse_plan_format("jsno"),
                      "unknown format 'jsno' (did you mean 'json'?) (expected one of: text, md, json, csv, ics)");
  }
}

TEST_CASE("render_plan") {
  const Plan plan = small_plan();
  SUBCASE("text: a heading, each week with its split, sessions and what falls due, then both splits") {
    CHECK(render_plan(plan, PlanFormat::text, kPlain, std::nullopt, kStamp) ==
          std::string(kTextHeading) + kWeek1Text + "\n" + kWeek2Text + "\n" + kTextSplits + kWeakSpots);
    CHECK(render_plan(plan, PlanFormat::text, kPlain, 2, kStamp) == kWeek2Text);
  }
  SUBCASE("text in colour: each week's heading in bold") {
    const std::string week2 = kWeek2Text;
    const std::size_t heading = week2.find('\n');
    CHECK(render_plan(plan, PlanFormat::text, Style{true, 80}, 2, kStamp) ==
          "\033[1m" + week2.substr(0, heading) + "\033[0m" + week2.substr(heading));
  }
  SUBCASE("md: a checklist of sessions and of what falls due") {
    CHECK(render_plan(plan, PlanFormat::md, kPlain, std::nullopt, kStamp) ==
          std::string(kMdHeading) + kWeek1Md + kWeek2Md + kWeakSpots);
    CHECK(render_plan(plan, PlanFormat::md, kPlain, 2, kStamp) == kWeek2Md);
  }
  SUBCASE("json: the whole plan is the saved document; a week adds its subtopics and what falls due") {
    const std::string whole = render_plan(plan, PlanFormat::json, kPlain, std::nullopt, kStamp);
    CHECK(whole == plan_to_json(plan));
    CHECK(whole.starts_with(R"({
  "format": 1,
  "template": "default",
  "title": "Eight weeks to interview day",
  "start": "2026-12-07",
  "end": "2026-12-20",
  "weeks": 2,
  "hours_per_week": 2.0,
)"));
    CHECK(render_plan(plan, PlanFormat::json, kPlain, 2, kStamp) == R"json({
  "week": 2,
  "first_day": "2026-12-14",
  "phase": "Mock interviews and weak spots",
  "split": [
    {
      "name": "mocks",
      "value": 50
    },
    {
      "name": "weak-spots",
      "value": 50
    }
  ],
  "focus_minutes": [
    {
      "name": "mocks",
      "value": 60
    },
    {
      "name": "weak-spots",
      "value": 60
    }
  ],
  "sessions": [
    {
      "day": "2026-12-14",
      "start": "19:00",
      "end": "20:00",
      "minutes": 60,
      "focus": "mocks",
      "work": "mocks",
      "description": "mock interview: coding"
    },
    {
      "day": "2026-12-17",
      "start": "19:00",
      "end": "20:00",
      "minutes": 60,
      "focus": "weak-spots",
      "work": "questions",
      "description": "4 questions: qpick -s coding,system-design -n 4"
    }
  ],
  "focus_subtopics": {
    "mocks": [
      "coding",
      "system-design",
      "behavioral"
    ],
    "weak-spots": [
      "coding",
      "system-design"
    ]
  },
  "due_this_week": [
    "1 mock interview",
    "1 system-design mock",
    "4 rehearsals (9 in all)"
  ]
}
)json");
  }
  SUBCASE("csv: a session a row, CRLF line ends, a cell with a comma quoted") {
    CHECK(render_plan(plan, PlanFormat::csv, kPlain, std::nullopt, kStamp) ==
          crlf(std::string(kCsvHeader) + kWeek1Csv + kWeek2Csv));
    CHECK(render_plan(plan, PlanFormat::csv, kPlain, 2, kStamp) == crlf(std::string(kCsvHeader) + kWeek2Csv));
  }
  SUBCASE("ics: an event a session, escaped and folded at 75 octets, stamped with `stamp`") {
    CHECK(render_plan(plan, PlanFormat::ics, kPlain, std::nullopt, kStamp) ==
          crlf(std::string(kIcsHead) + kIcsMonday + kIcsThursday + kIcsWeek2 + kIcsTail));
    CHECK(render_plan(plan, PlanFormat::ics, kPlain, 2, kStamp) == crlf(std::string(kIcsHead) + kIcsWeek2 + kIcsTail));
  }
  SUBCASE("ics: a focus a template names with a comma or semicolon is escaped in the UID too") {
    Plan odd = plan;
    odd.week_plans[1].sessions[0].focus = "mocks, pairs; solo";
    const std::string ics = render_plan(odd, PlanFormat::ics, kPlain, 2, kStamp);
    CHECK(ics.find("UID:20261214T190000-mocks\\, pairs\\; solo@prepkit\r\n") != std::string::npos);
  }
  SUBCASE("a week outside the plan is an error in the week field") {
    const Plan eight = small_plan(8);
    CHECK_THROWS_AS(render_plan(eight, PlanFormat::text, kPlain, 9, kStamp), FieldError);
    CHECK_THROWS_WITH(render_plan(eight, PlanFormat::text, kPlain, 9, kStamp),
                      "week: the plan has weeks 1 to 8, found 9");
    CHECK_THROWS_WITH(render_plan(plan, PlanFormat::csv, kPlain, 0, kStamp),
                      "week: the plan has weeks 1 to 2, found 0");
  }
}

TEST_CASE("render_day") {
  const Plan plan = small_plan();
  const Date thursday = day("2026-12-10");
  const Date tuesday = day("2026-12-08");  // no study on Tuesdays
  SUBCASE("text: the day, its week and phase, then the sessions") {
    CHECK(render_day(plan, thursday, PlanFormat::text, kPlain, kStamp) ==
          R"(Thu 2026-12-10, week 1 of 2: Coding and fundamentals
  19:00-19:15  coding  1 problem: hash maps
  19:15-20:00  fundamentals  read 1 chapter: data models and query languages
)");
    CHECK(render_day(plan, tuesday, PlanFormat::text, kPlain, kStamp) == "");
  }
  SUBCASE("md: a checklist of the day's sessions") {
    CHECK(render_day(plan, thursday, PlanFormat::md, kPlain, kStamp) ==
          R"(- [ ] 19:00-19:15 · coding · 1 problem: hash maps
- [ ] 19:15-20:00 · fundamentals · read 1 chapter: data models and query languages
)");
    CHECK(render_day(plan, tuesday, PlanFormat::md, kPlain, kStamp) == "");
  }
  SUBCASE("json: an array of the day's sessions") {
    CHECK(render_day(plan, thursday, PlanFormat::json, kPlain, kStamp) == R"([
  {
    "day": "2026-12-10",
    "start": "19:00",
    "end": "19:15",
    "minutes": 15,
    "focus": "coding",
    "work": "problems",
    "description": "1 problem: hash maps"
  },
  {
    "day": "2026-12-10",
    "start": "19:15",
    "end": "20:00",
    "minutes": 45,
    "focus": "fundamentals",
    "work": "reading",
    "description": "read 1 chapter: data models and query languages"
  }
]
)");
    CHECK(render_day(plan, tuesday, PlanFormat::json, kPlain, kStamp) == "[]\n");
  }
  SUBCASE("csv: the day's rows under the header") {
    CHECK(render_day(plan, thursday, PlanFormat::csv, kPlain, kStamp) ==
          crlf(std::string(kCsvHeader) +
               R"(2026-12-10,19:00,19:15,15,1,Coding and fundamentals,coding,problems,1 problem: hash maps
2026-12-10,19:15,20:00,45,1,Coding and fundamentals,fundamentals,reading,read 1 chapter: data models and query languages
)"));
    CHECK(render_day(plan, tuesday, PlanFormat::csv, kPlain, kStamp) == crlf(kCsvHeader));
  }
  SUBCASE("ics: a calendar of the day's events") {
    CHECK(render_day(plan, thursday, PlanFormat::ics, kPlain, kStamp) ==
          crlf(std::string(kIcsHead) + kIcsThursday + kIcsTail));
    CHECK(render_day(plan, tuesday, PlanFormat::ics, kPlain, kStamp) == crlf(std::string(kIcsHead) + kIcsTail));
  }
}
