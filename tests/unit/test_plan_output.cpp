// Shows a small plan in every format (text, Markdown checklist, JSON, CSV, iCalendar): whole, one
// week, and one day, its days ending at midnight.
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

// `weeks` weeks of the default template at three hours a week on Mondays and Thursdays from
// 22:30, so every day's sessions end at midnight. In two weeks, week 1 codes and reads (the
// reading carries over into Thursday, then story time), week 2 holds the mock interviews and
// weak spots.
Plan small_plan(int weeks = 2) {
  PlanRequest request;
  request.tmpl = parse_template(read_file(kShare + "/plans/default.yaml", 1u << 20u), "default", "default");
  request.start = day("2026-12-07");
  request.weeks = weeks;
  request.hours = 3;
  request.days = {0, 3};
  request.at = 22 * 60 + 30;
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
    "Eight weeks to interview day: 2026-12-07 to 2026-12-20, 2 weeks, 3 h a week on mon,thu from 22:30\n\n";

const char* const kWeek1Text = R"(Week 1 (Mon 2026-12-07 to Sun 2026-12-13): Coding and fundamentals
  coding 60% (1.25 h), fundamentals 40% (1 h), stories 0.75 h
  Mon 2026-12-07 22:30-23:45  coding        2 problems: arrays and strings
  Mon 2026-12-07 23:45-24:00  fundamentals  start a chapter, finished next time: outage post-mortems
  Thu 2026-12-10 22:30-23:15  fundamentals  read 1 chapter: latency percentiles and the golden signals
  Thu 2026-12-10 23:15-24:00  stories       write 1 STAR story (star new), 1 rehearsal aloud (star time)
  due this week: 2 problems, 1 chapter, 1 story, 1 rehearsal
)";

const char* const kWeek2Text = R"(Week 2 (Mon 2026-12-14 to Sun 2026-12-20): Mock interviews and weak spots
  mocks 50% (1.25 h), weak-spots 50% (1 h), stories 0.75 h
  Mon 2026-12-14 22:30-23:45  mocks         1 mock interview: system design
  Mon 2026-12-14 23:45-24:00  weak-spots    1 question: qpick --weak -s apis,databases,system-design -n 1
  Thu 2026-12-17 22:30-23:15  weak-spots    3 questions: qpick --weak -s coding -n 3
  Thu 2026-12-17 23:15-24:00  stories       3 rehearsals aloud (star time)
  due this week: 1 mock interview, 1 system-design mock, 3 rehearsals (4 in all)
)";

const char* const kTextSplits = R"(split   declared  realised
coding       40%     44.4%
design       35%     33.3%
ops          25%     22.2%
largest gap: 4.4 points (coding); besides the split: behavioral 1.5 h
)";

const char* const kMdHeading = "# Eight weeks to interview day\n\n2026-12-07 to 2026-12-20 · 3 h a week\n\n";

const char* const kWeek1Md = R"(## Week 1 · Coding and fundamentals · from Mon 2026-12-07

coding 60% (1.25 h), fundamentals 40% (1 h), stories 0.75 h

- [ ] Mon 2026-12-07 22:30-23:45 · coding · 2 problems: arrays and strings
- [ ] Mon 2026-12-07 23:45-24:00 · fundamentals · start a chapter, finished next time: outage post-mortems
- [ ] Thu 2026-12-10 22:30-23:15 · fundamentals · read 1 chapter: latency percentiles and the golden signals
- [ ] Thu 2026-12-10 23:15-24:00 · stories · write 1 STAR story (star new), 1 rehearsal aloud (star time)

Due this week:

- [ ] 2 problems
- [ ] 1 chapter
- [ ] 1 story
- [ ] 1 rehearsal

)";

const char* const kWeek2Md = R"(## Week 2 · Mock interviews and weak spots · from Mon 2026-12-14

mocks 50% (1.25 h), weak-spots 50% (1 h), stories 0.75 h

- [ ] Mon 2026-12-14 22:30-23:45 · mocks · 1 mock interview: system design
- [ ] Mon 2026-12-14 23:45-24:00 · weak-spots · 1 question: qpick --weak -s apis,databases,system-design -n 1
- [ ] Thu 2026-12-17 22:30-23:15 · weak-spots · 3 questions: qpick --weak -s coding -n 3
- [ ] Thu 2026-12-17 23:15-24:00 · stories · 3 rehearsals aloud (star time)

Due this week:

- [ ] 1 mock interview
- [ ] 1 system-design mock
- [ ] 3 rehearsals (4 in all)

)";

const char* const kCsvHeader = "date,start,end,minutes,week,phase,focus,work,description\n";

const char* const kWeek1Csv =
    R"csv(2026-12-07,22:30,23:45,75,1,Coding and fundamentals,coding,problems,2 problems: arrays and strings
2026-12-07,23:45,24:00,15,1,Coding and fundamentals,fundamentals,reading,"start a chapter, finished next time: outage post-mortems"
2026-12-10,22:30,23:15,45,1,Coding and fundamentals,fundamentals,reading,read 1 chapter: latency percentiles and the golden signals
2026-12-10,23:15,24:00,45,1,Coding and fundamentals,stories,stories,"write 1 STAR story (star new), 1 rehearsal aloud (star time)"
)csv";

const char* const kWeek2Csv =
    R"csv(2026-12-14,22:30,23:45,75,2,Mock interviews and weak spots,mocks,mocks,1 mock interview: system design
2026-12-14,23:45,24:00,15,2,Mock interviews and weak spots,weak-spots,questions,"1 question: qpick --weak -s apis,databases,system-design -n 1"
2026-12-17,22:30,23:15,45,2,Mock interviews and weak spots,weak-spots,questions,3 questions: qpick --weak -s coding -n 3
2026-12-17,23:15,24:00,45,2,Mock interviews and weak spots,stories,stories,3 rehearsals aloud (star time)
)csv";

const char* const kIcsHead = R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prepkit//plan//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Eight weeks to interview day
)";

const char* const kIcsMonday = R"(BEGIN:VEVENT
UID:20261207T223000-coding@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261207T223000
DTEND:20261207T234500
SUMMARY:coding: 2 problems: arrays and strings
DESCRIPTION:Week 1 of 2\, Coding and fundamentals. coding 60% (1.25 h)\, fu
 ndamentals 40% (1 h)\, stories 0.75 h.
CATEGORIES:coding
END:VEVENT
BEGIN:VEVENT
UID:20261207T234500-fundamentals@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261207T234500
DTEND:20261208T000000
SUMMARY:fundamentals: start a chapter\, finished next time: outage post-mor
 tems
DESCRIPTION:Week 1 of 2\, Coding and fundamentals. coding 60% (1.25 h)\, fu
 ndamentals 40% (1 h)\, stories 0.75 h.
CATEGORIES:fundamentals
END:VEVENT
)";

const char* const kIcsThursday = R"(BEGIN:VEVENT
UID:20261210T223000-fundamentals@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261210T223000
DTEND:20261210T231500
SUMMARY:fundamentals: read 1 chapter: latency percentiles and the golden si
 gnals
DESCRIPTION:Week 1 of 2\, Coding and fundamentals. coding 60% (1.25 h)\, fu
 ndamentals 40% (1 h)\, stories 0.75 h.
CATEGORIES:fundamentals
END:VEVENT
BEGIN:VEVENT
UID:20261210T231500-stories@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261210T231500
DTEND:20261211T000000
SUMMARY:stories: write 1 STAR story (star new)\, 1 rehearsal aloud (star ti
 me)
DESCRIPTION:Week 1 of 2\, Coding and fundamentals. coding 60% (1.25 h)\, fu
 ndamentals 40% (1 h)\, stories 0.75 h.
CATEGORIES:stories
END:VEVENT
)";

const char* const kIcsWeek2 = R"(BEGIN:VEVENT
UID:20261214T223000-mocks@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261214T223000
DTEND:20261214T234500
SUMMARY:mocks: 1 mock interview: system design
DESCRIPTION:Week 2 of 2\, Mock interviews and weak spots. mocks 50% (1.25 h
 )\, weak-spots 50% (1 h)\, stories 0.75 h.
CATEGORIES:mocks
END:VEVENT
BEGIN:VEVENT
UID:20261214T234500-weak-spots@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261214T234500
DTEND:20261215T000000
SUMMARY:weak-spots: 1 question: qpick --weak -s apis\,databases\,system-des
 ign -n 1
DESCRIPTION:Week 2 of 2\, Mock interviews and weak spots. mocks 50% (1.25 h
 )\, weak-spots 50% (1 h)\, stories 0.75 h.
CATEGORIES:weak-spots
END:VEVENT
BEGIN:VEVENT
UID:20261217T223000-weak-spots@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261217T223000
DTEND:20261217T231500
SUMMARY:weak-spots: 3 questions: qpick --weak -s coding -n 3
DESCRIPTION:Week 2 of 2\, Mock interviews and weak spots. mocks 50% (1.25 h
 )\, weak-spots 50% (1 h)\, stories 0.75 h.
CATEGORIES:weak-spots
END:VEVENT
BEGIN:VEVENT
UID:20261217T231500-stories@prepkit
DTSTAMP:20261128T070000Z
DTSTART:20261217T231500
DTEND:20261218T000000
SUMMARY:stories: 3 rehearsals aloud (star time)
DESCRIPTION:Week 2 of 2\, Mock interviews and weak spots. mocks 50% (1.25 h
 )\, weak-spots 50% (1 h)\, stories 0.75 h.
CATEGORIES:stories
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
  SUBCASE("text: a heading, each week with its split, sessions and what falls due, then both splits and the gap") {
    CHECK(render_plan(plan, PlanFormat::text, kPlain, std::nullopt, kStamp) ==
          std::string(kTextHeading) + kWeek1Text + "\n" + kWeek2Text + "\n" + kTextSplits);
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
          std::string(kMdHeading) + kWeek1Md + kWeek2Md);
    CHECK(render_plan(plan, PlanFormat::md, kPlain, 2, kStamp) == kWeek2Md);
  }
  SUBCASE("json: the whole plan is the saved document; a week adds its subtopics and what falls due") {
    const std::string whole = render_plan(plan, PlanFormat::json, kPlain, std::nullopt, kStamp);
    CHECK(whole == plan_to_json(plan));
    CHECK(whole.starts_with(R"({
  "format": 2,
  "template": "default",
  "title": "Eight weeks to interview day",
  "start": "2026-12-07",
  "end": "2026-12-20",
  "interview": null,
  "weeks": 2,
  "hours_per_week": 3.0,
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
      "value": 75
    },
    {
      "name": "weak-spots",
      "value": 60
    }
  ],
  "story_minutes": 45,
  "sessions": [
    {
      "day": "2026-12-14",
      "start": "22:30",
      "end": "23:45",
      "minutes": 75,
      "focus": "mocks",
      "work": "mocks",
      "subtopics": [
        "system-design"
      ],
      "counts": {
        "design_mocks": 1,
        "mocks": 1
      },
      "description": "1 mock interview: system design"
    },
    {
      "day": "2026-12-14",
      "start": "23:45",
      "end": "24:00",
      "minutes": 15,
      "focus": "weak-spots",
      "work": "questions",
      "subtopics": [
        "apis",
        "databases",
        "system-design"
      ],
      "counts": {},
      "description": "1 question: qpick --weak -s apis,databases,system-design -n 1"
    },
    {
      "day": "2026-12-17",
      "start": "22:30",
      "end": "23:15",
      "minutes": 45,
      "focus": "weak-spots",
      "work": "questions",
      "subtopics": [
        "coding"
      ],
      "counts": {},
      "description": "3 questions: qpick --weak -s coding -n 3"
    },
    {
      "day": "2026-12-17",
      "start": "23:15",
      "end": "24:00",
      "minutes": 45,
      "focus": "stories",
      "work": "stories",
      "subtopics": [
        "behavioral"
      ],
      "counts": {
        "rehearsals": 3
      },
      "description": "3 rehearsals aloud (star time)"
    }
  ],
  "focus_subtopics": {
    "mocks": [
      "system-design"
    ],
    "stories": [
      "behavioral"
    ],
    "weak-spots": [
      "apis",
      "databases",
      "system-design",
      "coding"
    ]
  },
  "due_this_week": [
    "1 mock interview",
    "1 system-design mock",
    "3 rehearsals (4 in all)"
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
  SUBCASE("ics: a session that ends at midnight ends at 00:00 of the next day, never before it starts") {
    const std::string ics = render_plan(plan, PlanFormat::ics, kPlain, 1, kStamp);
    CHECK(ics.find("DTSTART:20261207T234500\r\nDTEND:20261208T000000\r\n") != std::string::npos);
    CHECK(ics.find("DTEND:20261207T000000") == std::string::npos);
  }
  SUBCASE("ics: a focus a template names with a comma or semicolon is escaped in the UID too") {
    Plan odd = plan;
    odd.week_plans[1].sessions[0].focus = "mocks, pairs; solo";
    const std::string ics = render_plan(odd, PlanFormat::ics, kPlain, 2, kStamp);
    CHECK(ics.find("UID:20261214T223000-mocks\\, pairs\\; solo@prepkit\r\n") != std::string::npos);
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
  22:30-23:15  fundamentals  read 1 chapter: latency percentiles and the golden signals
  23:15-24:00  stories  write 1 STAR story (star new), 1 rehearsal aloud (star time)
)");
    CHECK(render_day(plan, tuesday, PlanFormat::text, kPlain, kStamp) == "");
  }
  SUBCASE("md: a checklist of the day's sessions") {
    CHECK(render_day(plan, thursday, PlanFormat::md, kPlain, kStamp) ==
          R"(- [ ] 22:30-23:15 · fundamentals · read 1 chapter: latency percentiles and the golden signals
- [ ] 23:15-24:00 · stories · write 1 STAR story (star new), 1 rehearsal aloud (star time)
)");
    CHECK(render_day(plan, tuesday, PlanFormat::md, kPlain, kStamp) == "");
  }
  SUBCASE("json: an array of the day's sessions") {
    CHECK(render_day(plan, thursday, PlanFormat::json, kPlain, kStamp) == R"json([
  {
    "day": "2026-12-10",
    "start": "22:30",
    "end": "23:15",
    "minutes": 45,
    "focus": "fundamentals",
    "work": "reading",
    "description": "read 1 chapter: latency percentiles and the golden signals"
  },
  {
    "day": "2026-12-10",
    "start": "23:15",
    "end": "24:00",
    "minutes": 45,
    "focus": "stories",
    "work": "stories",
    "description": "write 1 STAR story (star new), 1 rehearsal aloud (star time)"
  }
]
)json");
    CHECK(render_day(plan, tuesday, PlanFormat::json, kPlain, kStamp) == "[]\n");
  }
  SUBCASE("csv: the day's rows under the header") {
    CHECK(
        render_day(plan, thursday, PlanFormat::csv, kPlain, kStamp) ==
        crlf(
            std::string(kCsvHeader) +
            R"csv(2026-12-10,22:30,23:15,45,1,Coding and fundamentals,fundamentals,reading,read 1 chapter: latency percentiles and the golden signals
2026-12-10,23:15,24:00,45,1,Coding and fundamentals,stories,stories,"write 1 STAR story (star new), 1 rehearsal aloud (star time)"
)csv"));
    CHECK(render_day(plan, tuesday, PlanFormat::csv, kPlain, kStamp) == crlf(kCsvHeader));
  }
  SUBCASE("ics: a calendar of the day's events") {
    CHECK(render_day(plan, thursday, PlanFormat::ics, kPlain, kStamp) ==
          crlf(std::string(kIcsHead) + kIcsThursday + kIcsTail));
    CHECK(render_day(plan, tuesday, PlanFormat::ics, kPlain, kStamp) == crlf(std::string(kIcsHead) + kIcsTail));
  }
}
