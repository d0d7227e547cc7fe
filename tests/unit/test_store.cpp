// Shows that the state database is created, migrated, and refused when it is not ours.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <fstream>

#include "base/error.h"
#include "helpers.h"
#include "state/store.h"

using namespace prepkit;

namespace {

// Runs `sql` on the database at `path` with SQLite itself, as another program (or an older or
// newer prepkit) would.
void sql_outside(const std::filesystem::path& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

}  // namespace

TEST_CASE("Store creates its folder and the current schema") {
  test::TempDir dir;
  const auto path = dir / "deep/er/state.db";
  Store store(path);
  CHECK(store.version() == Store::current_version());
  CHECK(std::filesystem::exists(path));
  CHECK((std::filesystem::status(path.parent_path()).permissions() & std::filesystem::perms::others_read) ==
        std::filesystem::perms::none);
}

TEST_CASE("Store records daily picks") {
  test::TempDir dir;
  Store store(dir / "state.db");
  const Date day = *parse_date("2026-12-01");
  store.transaction([&] { store.add_daily_picks(day, "all", 0, {"a", "b"}); });
  CHECK(store.daily_picks(day, "all") == std::vector<std::string>{"a", "b"});
  CHECK(store.daily_picks(day, "other").empty());
  const auto shown = store.shown_between(add_days(day, -1), add_days(day, 1));
  CHECK(shown.at("a") == days_since_epoch(day));
  CHECK(store.shown_between(add_days(day, 1), add_days(day, 2)).empty());
}

TEST_CASE("Store rolls back a failed transaction") {
  test::TempDir dir;
  Store store(dir / "state.db");
  const Date day = *parse_date("2026-12-01");
  CHECK_THROWS_AS(store.transaction([&] {
    store.add_daily_picks(day, "all", 0, {"a"});
    throw IoError("stop");
  }),
                  IoError);
  CHECK(store.daily_picks(day, "all").empty());
}

TEST_CASE("Store refuses what it cannot use") {
  test::TempDir dir;
  SUBCASE("a file that is not a database") {
    std::ofstream(dir / "junk.db") << std::string(4096, 'x');
    const std::string name = (dir / "junk.db").string();
    CHECK_THROWS_WITH_AS(Store{dir / "junk.db"}, ("state database " + name + ": file is not a database").c_str(),
                         IoError);
  }
  SUBCASE("a schema newer than this program") {
    const auto path = dir / "new.db";
    { Store store(path); }
    // Pretend a later prepkit migrated it further.
    sql_outside(path, "PRAGMA user_version = 99");
    CHECK_THROWS_WITH_AS(
        Store{path},
        ("state database " + path.string() + " has schema version 99, newer than this program understands (" +
         std::to_string(Store::current_version()) + "); upgrade prepkit")
            .c_str(),
        DataError);
  }
}

TEST_CASE("Store migrates a database from every earlier schema version") {
  test::TempDir dir;
  const auto path = dir / "old.db";
  SUBCASE("version 1: daily picks only") {
    // The schema exactly as version 1 of prepkit created it, with one row of history.
    sql_outside(path,
                "CREATE TABLE daily_picks (day TEXT NOT NULL, scope TEXT NOT NULL, position INTEGER NOT NULL,"
                " question TEXT NOT NULL, PRIMARY KEY (day, scope, position)) WITHOUT ROWID;"
                "CREATE INDEX daily_picks_by_day ON daily_picks (day, question);"
                "INSERT INTO daily_picks VALUES ('2026-11-01', 'all', 0, 'db-acid');"
                "PRAGMA user_version = 1;");
    Store store(path);
    CHECK(store.version() == Store::current_version());
    CHECK(store.daily_picks(*parse_date("2026-11-01"), "all") == std::vector<std::string>{"db-acid"});
    store.add_grade({"ab", "db-acid", "databases", *parse_date("2026-11-02"), Grade::good, "2026-11-02T00:00:00.000Z"});
    CHECK(store.grades().size() == 1);
  }
  SUBCASE("version 2: daily picks and grades, no rehearsals") {
    // The schema exactly as version 2 of prepkit created it, with a grade in it.
    sql_outside(path,
                "CREATE TABLE daily_picks (day TEXT NOT NULL, scope TEXT NOT NULL, position INTEGER NOT NULL,"
                " question TEXT NOT NULL, PRIMARY KEY (day, scope, position)) WITHOUT ROWID;"
                "CREATE INDEX daily_picks_by_day ON daily_picks (day, question);"
                "CREATE TABLE grades (uid TEXT PRIMARY KEY, question TEXT NOT NULL, subtopic TEXT NOT NULL,"
                " day TEXT NOT NULL, grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')),"
                " recorded_at TEXT NOT NULL) WITHOUT ROWID;"
                "CREATE INDEX grades_by_day ON grades (day, recorded_at);"
                "INSERT INTO grades VALUES ('ab', 'db-acid', 'databases', '2026-11-02', 'good',"
                " '2026-11-02T00:00:00.000Z');"
                "PRAGMA user_version = 2;");
    Store store(path);
    CHECK(store.version() == Store::current_version());
    CHECK(store.grades().size() == 1);
    CHECK(store.rehearsals().empty());
    RehearsalRecord r;
    r.uid = "01";
    r.story = "s";
    r.day = *parse_date("2026-11-03");
    r.started_at = "2026-11-03T08:00:00.000Z";
    store.add_rehearsal(r);
    CHECK(store.rehearsals().size() == 1);
  }
  SUBCASE("version 4: grades indexed by day only") {
    {
      Store current(path);
      current.add_grade(
          {"ab", "db-acid", "databases", *parse_date("2026-11-02"), Grade::good, "2026-11-02T00:00:00.000Z"});
    }
    sql_outside(path,
                "DROP INDEX grades_in_order; DROP INDEX grades_by_question; DROP TABLE judge_runs; DROP TABLE "
                "attempts; DROP TABLE mock_phases; DROP TABLE mocks;"
                "CREATE INDEX grades_by_day ON grades (day, recorded_at); PRAGMA user_version = 4;");
    Store store(path);
    CHECK(store.version() == Store::current_version());
    CHECK(store.grades({std::nullopt, "db-acid"}).size() == 1);
  }
  SUBCASE("version 3: with rehearsals, no plans") {
    {
      // A version-3 database: a current one with the version-4 tables removed and the
      // version rolled back, holding one rehearsal.
      Store current(path);
      RehearsalRecord r;
      r.uid = "02";
      r.story = "outage";
      r.day = *parse_date("2026-11-03");
      r.started_at = "2026-11-03T08:00:00.000Z";
      current.add_rehearsal(r);
    }
    sql_outside(path,
                "DROP TABLE plans; DROP TABLE plan_log; DROP TABLE judge_runs; DROP TABLE attempts; DROP TABLE "
                "mock_phases; DROP TABLE mocks; PRAGMA user_version = 3;");
    Store store(path);
    CHECK(store.version() == Store::current_version());
    CHECK(store.rehearsals().size() == 1);
    CHECK_FALSE(store.current_plan());
    store.save_plan("{}");
    CHECK(store.current_plan()->document == "{}");
  }
}

TEST_CASE("Store judge runs, and the first day each problem was solved") {
  test::TempDir dir;
  const auto path = dir / "state.db";
  {
    // A version-5 database: a current one without the version-6 table.
    Store current(path);
  }
  sql_outside(
      path,
      "DROP TABLE judge_runs; DROP TABLE attempts; DROP TABLE mock_phases; DROP TABLE mocks; PRAGMA user_version = 5;");
  Store store(path);
  CHECK(store.version() == Store::current_version());
  CHECK(store.judge_runs().empty());
  store.add_judge_run({"code-a", *parse_date("2026-12-02"), "", 5, 2, 7, 1250, "python3"});
  store.add_judge_run({"code-a", *parse_date("2026-12-03"), "", 7, 0, 7, 900, "python3"});
  store.add_judge_run({"code-b", *parse_date("2026-12-03"), "", 3, 0, 7, 10, "a.out"});  // one --case: not whole
  store.add_judge_run({"code-a", *parse_date("2026-12-04"), "", 7, 0, 7, 800, "python3"});
  const auto runs = store.judge_runs("code-a");
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].failed == 2);
  CHECK(runs[0].slowest_ms == 1250);
  CHECK_FALSE(runs[0].solved());
  CHECK(runs[1].solved());
  CHECK_FALSE(runs[1].recorded_at.empty());
  CHECK(store.judge_runs().size() == 4);
  const auto solved = first_solved(store.judge_runs());
  REQUIRE(solved.size() == 1);
  CHECK(format_date(solved.at("code-a")) == "2026-12-03");
}

TEST_CASE("Store plans and the plan log") {
  test::TempDir dir;
  Store store(dir / "state.db");
  CHECK_FALSE(store.current_plan());
  store.save_plan("first");
  store.save_plan("second");
  CHECK(store.current_plan()->document == "second");
  const auto plans = store.saved_plans();
  REQUIRE(plans.size() == 2);
  CHECK(plans[0].replaced_at.empty());
  CHECK_FALSE(plans[1].replaced_at.empty());  // kept, marked as replaced
  CHECK(plans[1].document == "first");
  SUBCASE("a save that must not replace saves nothing when a plan is current") {
    Store other(dir / "state.db");  // as a second process would see it
    const auto kept = other.save_plan("third", Store::PlanReplace::never);
    REQUIRE(kept);
    CHECK(kept->document == "second");
    CHECK(store.saved_plans().size() == 2);
    CHECK(store.current_plan()->document == "second");
  }
  store.add_log({*parse_date("2026-12-02"), "problem", 2, "two sum", ""});
  store.add_log({*parse_date("2026-12-01"), "chapter", 1, "", ""});
  const auto log = store.plan_log();
  REQUIRE(log.size() == 2);
  CHECK(log[0].kind == "chapter");  // oldest day first
  CHECK(log[1].count == 2);
  CHECK(log[1].note == "two sum");
}

TEST_CASE("Store rehearsals") {
  test::TempDir dir;
  Store store(dir / "state.db");
  RehearsalRecord first;
  first.uid = "01";
  first.story = "cut-p95";
  first.day = *parse_date("2026-12-01");
  first.started_at = "2026-12-01T08:00:00.000Z";
  first.outcome = Outcome::aborted;
  first.total_ms = 42000;
  first.part_ms = {30000, 12000, std::nullopt, std::nullopt};
  first.target_seconds = 150;
  first.words = 320;
  RehearsalRecord second = first;
  second.uid = "02";
  second.story = "outage";
  second.day = *parse_date("2026-12-02");
  second.started_at = "2026-12-02T08:00:00.000Z";
  second.outcome = Outcome::completed;
  second.part_ms = {1, 2, 3, 4};
  second.total_ms = 10;
  store.add_rehearsal(second);
  store.add_rehearsal(first);
  SUBCASE("they come back whole, in the order they started") {
    const auto all = store.rehearsals();
    REQUIRE(all.size() == 2);
    CHECK(all[0].uid == "01");
    CHECK(all[0].story == "cut-p95");
    CHECK(format_date(all[0].day) == "2026-12-01");
    CHECK(all[0].started_at == "2026-12-01T08:00:00.000Z");
    CHECK(all[0].outcome == Outcome::aborted);
    CHECK(all[0].total_ms == 42000);
    CHECK(all[0].part_ms == std::array<std::optional<long>, 4>{30000, 12000, std::nullopt, std::nullopt});
    CHECK(all[0].target_seconds == 150);
    CHECK(all[0].words == 320);
    CHECK(all[1].part_ms == std::array<std::optional<long>, 4>{1, 2, 3, 4});
  }
  SUBCASE("by story and by day") {
    CHECK(store.rehearsals("outage").size() == 1);
    CHECK(store.rehearsals("none").empty());
    CHECK(store.rehearsals(std::nullopt, parse_date("2026-12-02")).front().uid == "02");
  }
  SUBCASE("a uid is recorded once") { CHECK_THROWS_AS(store.add_rehearsal(first), IoError); }
}

TEST_CASE("Store grades") {
  test::TempDir dir;
  Store store(dir / "state.db");
  const std::vector<GradeRecord> grades = {
      {"02", "b", "coding", *parse_date("2026-12-02"), Grade::hard, "2026-12-02T00:00:00.000Z"},
      {"01", "a", "coding", *parse_date("2026-12-01"), Grade::good, "2026-12-01T00:00:00.000Z"}};
  SUBCASE("importing twice adds nothing the second time") {
    CHECK(store.import_grades(grades) == 2);
    CHECK(store.import_grades(grades) == 0);
    CHECK(store.grades().size() == 2);
  }
  SUBCASE("grades come back in replay order, and --since filters by day") {
    store.import_grades(grades);
    const auto all = store.grades();
    CHECK(all[0].question == "a");
    CHECK(all[1].grade == Grade::hard);
    CHECK(store.grades({parse_date("2026-12-02"), std::nullopt}).size() == 1);
  }
  SUBCASE("one question's grades, and a grade at a time") {
    store.import_grades(grades);
    store.add_grade({"03", "a", "coding", *parse_date("2026-12-03"), Grade::easy, "2026-12-03T00:00:00.000Z"});
    const auto of_a = store.grades({std::nullopt, "a"});
    REQUIRE(of_a.size() == 2);
    CHECK(of_a[0].uid == "01");
    CHECK(of_a[1].uid == "03");
    CHECK(store.grades({parse_date("2026-12-02"), "a"}).size() == 1);
    std::vector<std::string> seen;
    store.for_each_grade({}, [&](const GradeRecord& g) { seen.push_back(g.uid); });
    CHECK(seen == std::vector<std::string>{"01", "02", "03"});
  }
  SUBCASE("reads use the indexes that hold every column") {
    const auto plan = [&](const char* sql) {
      sqlite3* db = nullptr;
      REQUIRE(sqlite3_open((dir / "state.db").c_str(), &db) == SQLITE_OK);
      sqlite3_stmt* stmt = nullptr;
      REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
      std::string detail;
      while (sqlite3_step(stmt) == SQLITE_ROW) detail += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3));
      sqlite3_finalize(stmt);
      sqlite3_close(db);
      return detail;
    };
    CHECK(plan("EXPLAIN QUERY PLAN SELECT uid, question, subtopic, day, grade, recorded_at FROM grades "
               "WHERE day >= '0000' ORDER BY day, recorded_at, uid") ==
          "SEARCH grades USING COVERING INDEX grades_in_order (day>?)");
    CHECK(plan("EXPLAIN QUERY PLAN SELECT uid, question, subtopic, day, grade, recorded_at FROM grades "
               "WHERE question = 'a' AND day >= '0000' ORDER BY day, recorded_at, uid") ==
          "SEARCH grades USING COVERING INDEX grades_by_question (question=? AND day>?)");
  }
}

TEST_CASE("Store attempts: a practised answer and its grade, recorded together") {
  test::TempDir dir;
  const auto path = dir / "state.db";
  {
    // A version-6 database: a current one without the version-7 table.
    Store current(path);
  }
  sql_outside(path, "DROP TABLE attempts; DROP TABLE mock_phases; DROP TABLE mocks; PRAGMA user_version = 6;");
  Store store(path);
  CHECK(store.version() == Store::current_version());
  CHECK(store.attempts().empty());
  const GradeRecord grade{
      "a1", "db-acid", "databases", *parse_date("2026-12-02"), Grade::hard, "2026-12-02T08:00:00.000Z"};
  store.add_attempt({"db-acid",
                     *parse_date("2026-12-02"),
                     "2026-12-02T08:00:00.000Z",
                     754,
                     {1, 3},
                     4,
                     "within 10x",
                     Grade::hard,
                     "/notes/db-acid/2026-12-02.md",
                     ""},
                    grade);
  store.add_attempt(
      {"db-other", *parse_date("2026-12-03"), "", 60, {}, 2, "", Grade::again, "/n.md", ""},
      {"a2", "db-other", "databases", *parse_date("2026-12-03"), Grade::again, "2026-12-03T08:00:00.000Z"});
  const auto attempts = store.attempts("db-acid");
  REQUIRE(attempts.size() == 1);
  CHECK(attempts[0].seconds == 754);
  CHECK(attempts[0].covered == std::vector<int>{1, 3});
  CHECK(attempts[0].points == 4);
  CHECK(attempts[0].figure == "within 10x");
  CHECK(attempts[0].grade == Grade::hard);
  CHECK(attempts[0].note == "/notes/db-acid/2026-12-02.md");
  CHECK(store.attempts().size() == 2);
  CHECK(store.attempts()[1].covered.empty());
  CHECK(store.grades().size() == 2);
  SUBCASE("the grade and the attempt are one write: a grade whose uid is taken records neither") {
    CHECK_THROWS(
        store.add_attempt({"db-acid", *parse_date("2026-12-04"), "", 1, {}, 2, "", Grade::good, "/x.md", ""}, grade));
    CHECK(store.attempts().size() == 2);
    CHECK(store.grades().size() == 2);
  }
}

TEST_CASE("Store mocks: a mock interview, its phases and the answers graded in it, recorded together") {
  test::TempDir dir;
  const auto path = dir / "state.db";
  {
    // A version-7 database, exactly as version 7 made table attempts, with one practised answer.
    Store current(path);
  }
  sql_outside(path,
              "DROP TABLE attempts; DROP TABLE mock_phases; DROP TABLE mocks;"
              "CREATE TABLE attempts (id INTEGER PRIMARY KEY, question TEXT NOT NULL, day TEXT NOT NULL,"
              " recorded_at TEXT NOT NULL, seconds INTEGER NOT NULL CHECK (seconds >= 0), covered TEXT NOT NULL,"
              " points INTEGER NOT NULL CHECK (points >= 0), figure TEXT NOT NULL,"
              " grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')), note TEXT NOT NULL);"
              "CREATE INDEX attempts_by_question ON attempts (question, id);"
              "INSERT INTO attempts (question, day, recorded_at, seconds, covered, points, figure, grade, note)"
              " VALUES ('db-acid', '2026-12-01', '2026-12-01T08:00:00.000Z', 600, '1,2', 3, '', 'good', '/a.md');"
              "PRAGMA user_version = 7;");
  Store store(path);
  CHECK(store.version() == Store::current_version());
  REQUIRE(store.attempts().size() == 1);
  CHECK(store.attempts()[0].mock.empty());
  CHECK(store.mocks().empty());

  MockRecord mock{"m1",
                  "coding",
                  "coding",
                  *parse_date("2026-12-04"),
                  "2026-12-04T18:00:00.000Z",
                  Outcome::aborted,
                  {"code-a", "code-b"},
                  {{0, "Solve", 1200, 1100000}, {1, "Solve", 1500, 300000}, {1, "Test", 300, std::nullopt}}};
  const Date day = *parse_date("2026-12-04");
  const std::vector<AttemptRecord> attempts = {{"code-a", day, "", 1100, {1}, 2, "", Grade::good, "", "m1"},
                                               {"code-b", day, "", 300, {}, 3, "", Grade::again, "", "m1"}};
  const std::vector<GradeRecord> grades = {{"g1", "code-a", "coding", day, Grade::good, "2026-12-04T18:40:00.000Z"},
                                           {"g2", "code-b", "coding", day, Grade::again, "2026-12-04T18:40:00.001Z"}};
  store.add_mock(mock, attempts, grades);
  const auto mocks = store.mocks();
  REQUIRE(mocks.size() == 1);
  CHECK(mocks[0].uid == "m1");
  CHECK(mocks[0].kind == "coding");
  CHECK(mocks[0].outcome == Outcome::aborted);
  CHECK(mocks[0].questions == std::vector<std::string>{"code-a", "code-b"});
  REQUIRE(mocks[0].phases.size() == 3);
  CHECK(mocks[0].phases[1].question == 1);
  CHECK(mocks[0].phases[1].ms == 300000);
  CHECK_FALSE(mocks[0].phases[2].ms);
  CHECK(mocks[0].phases[2].target_seconds == 300);
  CHECK(store.attempts("code-b")[0].mock == "m1");
  CHECK(store.grades().size() == 2);
  SUBCASE("all or nothing: a grade whose uid is taken records no mock, phase or answer") {
    mock.uid = "m2";
    CHECK_THROWS(store.add_mock(mock, attempts, grades));
    CHECK(store.mocks().size() == 1);
    CHECK(store.attempts().size() == 3);
  }
  SUBCASE("a kind that is no round is refused") {
    mock.uid = "m3";
    mock.kind = "speed";
    CHECK_THROWS(store.add_mock(mock, {}, {}));
  }
}
