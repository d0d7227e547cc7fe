// Shows the review statistics in every format: the table, the coverage bar and the remarks.
#include <doctest/doctest.h>

#include "review/stats_render.h"

using namespace prepkit;

namespace {

Stats sample_stats() {
  Stats stats;
  stats.subtopics.push_back({"apis", 4, 2, 2, 1, 3, {1, 1, 1, 0}});
  stats.total = {"total", 4, 2, 2, 1, 3, {1, 1, 1, 0}};
  stats.orphaned_grades = 2;
  stats.orphaned_questions = 1;
  stats.streak = 1;
  stats.last_graded = parse_date("2026-12-04");
  return stats;
}

}  // namespace

TEST_CASE("render_stats") {
  const Stats stats = sample_stats();
  SUBCASE("text has a coverage bar, the grade mix and the remarks, as wide as the terminal") {
    CHECK(render_stats(stats, Format::text, {}) ==
          "subtopic  questions  seen  graded  due  lapses  solved  rubric  coverage\n"
          "apis              4     2       2    1     33%       -       -       50%  █████·····\n"
          "total             4     2       2    1     33%       -       -       50%  █████·····\n"
          "orphaned: 2 grades of 1 question no longer in the banks\n"
          "grades by subtopic: ░ again ▒ hard ▓ good █ easy\n"
          "apis  3  ░░░░░░░░░░░░░░░░░░░░▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓\n"
          "streak: 1 day (last graded 2026-12-04)\n");
    Style wide;
    wide.columns = 100;
    wide.unicode = false;
    CHECK(render_stats(stats, Format::text, wide) ==
          "subtopic  questions  seen  graded  due  lapses  solved  rubric  coverage\n"
          "apis              4     2       2    1     33%       -       -       50%  #############.............\n"
          "total             4     2       2    1     33%       -       -       50%  #############.............\n"
          "orphaned: 2 grades of 1 question no longer in the banks\n"
          "grades by subtopic: . again : hard = good # easy\n"
          "apis  3  ....................::::::::::::::::::::====================\n"
          "streak: 1 day (last graded 2026-12-04)\n");
  }
  SUBCASE("the grade mix: each subtopic's bar as long as its grades against the busiest") {
    Stats two = stats;
    two.subtopics.push_back({"databases", 9, 6, 6, 0, 12, {0, 0, 3, 9}});
    Style narrow;
    narrow.columns = 40;
    narrow.unicode = false;
    CHECK(render_stats(two, Format::text, narrow)
              .find("grades by subtopic: . again : hard = good # easy\n"
                    "apis        3  ..::==\n"
                    "databases  12  ======###################\n") != std::string::npos);
  }
  SUBCASE("text shows the judged problems solved, where a subtopic has any") {
    Stats judged = stats;
    judged.subtopics[0].judged = 3;
    judged.subtopics[0].solved = 1;
    CHECK(render_stats(judged, Format::text, {})
              .find("apis              4     2       2    1     33%     1/3       -       50%") != std::string::npos);
  }
  SUBCASE("text shows the share of rubric points the answers covered, where a subtopic has any") {
    Stats answered = stats;
    answered.subtopics[0].rubric_points = 8;
    answered.subtopics[0].rubric_covered = 5;
    CHECK(render_stats(answered, Format::text, {})
              .find("apis              4     2       2    1     33%       -     63%       50%") != std::string::npos);
  }
  SUBCASE("tsv holds the table only") {
    CHECK(render_stats(stats, Format::tsv, {}) ==
          "subtopic\tquestions\tseen\tgraded\tdue\tgrades\tagain\tlapse_rate\tcoverage\tjudged\tsolved\t"
          "rubric_points\trubric_covered\thard\tgood\teasy\n"
          "apis\t4\t2\t2\t1\t3\t1\t33\t50\t0\t0\t0\t0\t1\t1\t0\n"
          "total\t4\t2\t2\t1\t3\t1\t33\t50\t0\t0\t0\t0\t1\t1\t0\n");
  }
  SUBCASE("json holds everything") {
    const std::string json = render_stats(stats, Format::json, {});
    CHECK(json.find("\"orphaned\": {\n    \"grades\": 2,\n    \"questions\": 1\n  }") != std::string::npos);
    CHECK(json.find("\"streak\": 1,\n  \"last_graded\": \"2026-12-04\"") != std::string::npos);
  }
}
