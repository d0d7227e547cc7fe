#include "state/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "base/error.h"
#include "base/files.h"

namespace prepkit {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a published entry: add one.
const char* const kMigrations[] = {
    // 1: the daily questions shown, so --daily is stable for a day and avoids recent repeats.
    "CREATE TABLE daily_picks ("
    "  day TEXT NOT NULL,"    // YYYY-MM-DD
    "  scope TEXT NOT NULL,"  // the filters the question was drawn under
    "  position INTEGER NOT NULL,"
    "  question TEXT NOT NULL,"
    "  PRIMARY KEY (day, scope, position)"
    ") WITHOUT ROWID;"
    "CREATE INDEX daily_picks_by_day ON daily_picks (day, question);",
    // 2: grades, the history that review scheduling, weak spots and stats are computed from.
    "CREATE TABLE grades ("
    "  uid TEXT PRIMARY KEY,"  // unique per grade: imports skip the ones already present
    "  question TEXT NOT NULL,"
    "  subtopic TEXT NOT NULL,"  // kept for grades of questions that leave the banks
    "  day TEXT NOT NULL,"       // YYYY-MM-DD the grade counts for
    "  grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')),"
    "  recorded_at TEXT NOT NULL"  // UTC ISO 8601 with milliseconds
    ") WITHOUT ROWID;"
    "CREATE INDEX grades_by_day ON grades (day, recorded_at);",
    // 3: timed rehearsals of STAR stories (star time), which star stats and plan progress count.
    "CREATE TABLE rehearsals ("
    "  uid TEXT PRIMARY KEY,"      // random, unique per rehearsal
    "  story TEXT NOT NULL,"       // the note's slug: its file name without .md
    "  day TEXT NOT NULL,"         // YYYY-MM-DD the rehearsal counts for
    "  started_at TEXT NOT NULL,"  // UTC ISO 8601 with milliseconds
    "  outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'aborted')),"
    "  total_ms INTEGER NOT NULL CHECK (total_ms >= 0),"  // time spoken, pauses excluded
    "  situation_ms INTEGER,"  // per part; NULL for a part an aborted rehearsal did not reach
    "  task_ms INTEGER,"
    "  action_ms INTEGER,"
    "  result_ms INTEGER,"
    "  target_seconds INTEGER NOT NULL,"  // the note's target at the time
    "  words INTEGER NOT NULL"            // the note's spoken words at the time
    ") WITHOUT ROWID;"
    "CREATE INDEX rehearsals_by_story ON rehearsals (story, started_at);"
    "CREATE INDEX rehearsals_by_day ON rehearsals (day);",
    // 4: study plans (the current one and those it replaced) and the work logged against them.
    "CREATE TABLE plans ("
    "  id INTEGER PRIMARY KEY,"
    "  created_at TEXT NOT NULL,"
    "  replaced_at TEXT,"       // NULL for the current plan
    "  document TEXT NOT NULL"  // the plan as JSON
    ");"
    "CREATE TABLE plan_log ("
    "  id INTEGER PRIMARY KEY,"
    "  day TEXT NOT NULL,"
    "  kind TEXT NOT NULL CHECK (kind IN ('problem', 'chapter', 'mock', 'design-mock')),"
    "  count INTEGER NOT NULL CHECK (count > 0),"
    "  note TEXT NOT NULL DEFAULT '',"
    "  recorded_at TEXT NOT NULL"
    ");",
    // 5: grades read in replay order from an index that holds every column (a million grades
    // take one sequential pass, not a lookup each), and one question's grades found at once.
    "DROP INDEX IF EXISTS grades_by_day;"
    "CREATE INDEX IF NOT EXISTS grades_in_order ON grades (day, recorded_at, uid, question, subtopic, grade);"
    "CREATE INDEX IF NOT EXISTS grades_by_question ON grades (question, day, recorded_at, uid, subtopic, grade);",
    // 6: runs of qpick test: a coding problem counts as done once a run passes all its cases.
    "CREATE TABLE judge_runs ("
    "  id INTEGER PRIMARY KEY,"
    "  question TEXT NOT NULL,"
    "  day TEXT NOT NULL,"          // YYYY-MM-DD the run counts for
    "  recorded_at TEXT NOT NULL,"  // UTC ISO 8601 with milliseconds
    "  passed INTEGER NOT NULL CHECK (passed >= 0),"
    "  failed INTEGER NOT NULL CHECK (failed >= 0),"
    "  total INTEGER NOT NULL CHECK (total >= 0),"  // the problem's cases and stress inputs
    "  slowest_ms INTEGER NOT NULL,"
    "  command TEXT NOT NULL"  // the solution's program, without its arguments
    ");"
    "CREATE INDEX judge_runs_by_question ON judge_runs (question, id);",
    // 7: answers practised with qpick practice, each with the grade recorded beside it.
    "CREATE TABLE attempts ("
    "  id INTEGER PRIMARY KEY,"
    "  question TEXT NOT NULL,"
    "  day TEXT NOT NULL,"                              // YYYY-MM-DD the attempt counts for
    "  recorded_at TEXT NOT NULL,"                      // UTC ISO 8601 with milliseconds
    "  seconds INTEGER NOT NULL CHECK (seconds >= 0),"  // the time the answer took
    "  covered TEXT NOT NULL,"  // the rubric points covered, numbered from 1: '1,3,4', '' for none
    "  points INTEGER NOT NULL CHECK (points >= 0),"  // the rubric points in all at the time
    "  figure TEXT NOT NULL,"                         // 'within 2x', 'within 10x', 'off', or '' when not checked
    "  grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')),"
    "  note TEXT NOT NULL"  // the answer note's path
    ");"
    "CREATE INDEX attempts_by_question ON attempts (question, id);",
    // 8: mock interviews, their phases, and the answers graded in them.
    "CREATE TABLE mocks ("
    "  uid TEXT PRIMARY KEY,"
    "  kind TEXT NOT NULL CHECK (kind IN ('design', 'coding', 'behavioral', 'mixed')),"
    "  name TEXT NOT NULL,"        // the template followed
    "  day TEXT NOT NULL,"         // YYYY-MM-DD the mock counts for
    "  started_at TEXT NOT NULL,"  // UTC ISO 8601 with milliseconds
    "  outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'aborted')),"
    "  questions TEXT NOT NULL"  // the ids asked, in order: 'id,id'
    ");"
    "CREATE INDEX mocks_by_day ON mocks (day, started_at);"
    "CREATE TABLE mock_phases ("
    "  mock TEXT NOT NULL REFERENCES mocks (uid),"
    "  position INTEGER NOT NULL,"
    "  question INTEGER NOT NULL CHECK (question >= 0),"  // which of the mock's questions, from 0
    "  name TEXT NOT NULL,"
    "  target_seconds INTEGER NOT NULL CHECK (target_seconds > 0),"
    "  ms INTEGER CHECK (ms >= 0),"  // NULL: not reached
    "  PRIMARY KEY (mock, position)"
    ");"
    "ALTER TABLE attempts ADD COLUMN mock TEXT NOT NULL DEFAULT '';",  // the mock's uid, or ''
};

// How long a program waits for another to finish with the database before giving up.
constexpr int kBusyTimeoutMs = 10000;

// Throws the error that fits SQLite result `code`.
// Refuses a database path that names something other than a file: SQLite would open a device
// such as /dev/null, write its journal beside it (in /dev) and then report a disk I/O error.
void check_is_file(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || S_ISREG(info.st_mode)) return;
  const char* what = S_ISDIR(info.st_mode) ? "is a folder" : "is not a regular file";
  throw CantCreateError(fmt::format("state database {}: {}, expected a database file", path.string(), what));
}

[[noreturn]] void fail(sqlite3* db, int code, const std::string& name) {
  if ((code & 0xff) == SQLITE_BUSY) {
    throw IoError(fmt::format("state database {}: another program kept it locked for {} seconds; try again", name,
                              kBusyTimeoutMs / 1000));
  }
  if ((code & 0xff) == SQLITE_READONLY) {
    throw CantCreateError(
        fmt::format("state database {}: cannot write to it (the file or its folder is read-only)", name));
  }
  const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  const std::string message = fmt::format("state database {}: {}", name, detail);
  switch (code & 0xff) {
  case SQLITE_CANTOPEN:
  case SQLITE_READONLY:
  case SQLITE_PERM: throw CantCreateError(message);
  default: throw IoError(message);  // including a corrupt file, or one that is not a database
  }
}

// One prepared statement, finalised when it goes out of scope.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const std::string& name) : db_(db), name_(name) {
    const int rc = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc, name);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text) {
    check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int index, long value) {
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
  }
  Statement& bind(int index, const std::optional<long>& value) {
    check(value ? sqlite3_bind_int64(stmt_, index, *value) : sqlite3_bind_null(stmt_, index));
    return *this;
  }

  // Makes the statement ready to run again with new bindings.
  void reset() { sqlite3_reset(stmt_); }

  // Steps once: true while there is a row to read.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc, name_);
  }

  std::string text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : "";
  }
  long integer(int column) const { return static_cast<long>(sqlite3_column_int64(stmt_, column)); }
  std::optional<long> maybe_integer(int column) const {
    if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
    return integer(column);
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail(db_, rc, name_);
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  const std::string& name_;
};

}  // namespace

int Store::current_version() { return static_cast<int>(std::size(kMigrations)); }

Store::Store(const std::filesystem::path& path, Access access) : name_(path.string()) {
  if (path.has_parent_path()) create_private_folder(path.parent_path());
  check_is_file(path);
  // A new database is private: created 0600 here, and SQLite gives its WAL files the same mode.
  const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd >= 0) ::close(fd);
  if (fd < 0 && errno != EEXIST) {
    throw CantCreateError(system_message("cannot create state database " + name_, errno));
  }
  const int rc = sqlite3_open_v2(name_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message =
        fmt::format("cannot open state database {}: {}", name_, db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close(db_);
    db_ = nullptr;
    throw CantCreateError(message);
  }
  try {
    // Opening waits at most the busy timeout in all, however many steps wait on a lock: each
    // step gets only the time left before one deadline.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    const auto time_left = [&] {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      return static_cast<int>(std::max<long long>(0, left.count()));
    };
    sqlite3_busy_timeout(db_, time_left());
    // Keep the WAL file when the last connection closes, so a process opening the database
    // never races another that is deleting it.
    int persist = 1;
    sqlite3_file_control(db_, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    // Switching to WAL needs a moment alone with the file, and SQLite reports a concurrent
    // switch as busy without waiting: retry until the deadline.
    for (;;) {
      const int rc = sqlite3_exec(db_, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
      if (rc == SQLITE_OK) break;
      const bool read_only = (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN;
      if (read_only && access == Access::read) {
        open_read_only(time_left());
        return;
      }
      if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) fail(db_, rc, name_);
      if (time_left() == 0) fail(db_, SQLITE_BUSY, name_);
      sqlite3_sleep(10);
      sqlite3_busy_timeout(db_, std::max(1, time_left()));
    }
    // A commit is on disk before the program says it is done, not only once the WAL is
    // checkpointed. The last connection to close checkpoints the WAL and, with a size limit of
    // 0, empties it: the next program to open the database then has no WAL to read back.
    execute("PRAGMA synchronous = FULL");
    execute("PRAGMA journal_size_limit = 0");
    execute("PRAGMA foreign_keys = ON");
    sqlite3_busy_timeout(db_, std::max(1, time_left()));
    migrate();
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);  // each later statement waits the whole timeout
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

void Store::open_read_only(int timeout_ms) {
  sqlite3_close(db_);
  db_ = nullptr;
  const int rc = sqlite3_open_v2(name_.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr);
  if (rc != SQLITE_OK) fail(db_, rc, name_);
  sqlite3_busy_timeout(db_, std::max(1, timeout_ms));
  const int found = version();
  if (found > current_version()) migrate();  // says the schema is too new
  if (found < current_version()) {
    throw CantCreateError(
        fmt::format("state database {} has schema version {} and is read-only, so it cannot be "
                    "brought up to version {}; make it and its folder writable",
                    name_, found, current_version()));
  }
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
}

Store::~Store() { sqlite3_close(db_); }

void Store::execute(const char* sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &error);
  sqlite3_free(error);
  if (rc != SQLITE_OK) fail(db_, rc, name_);
}

int Store::version() {
  Statement query(db_, "PRAGMA user_version", name_);
  query.step();
  return static_cast<int>(query.integer(0));
}

void Store::transaction(const std::function<void()>& work) {
  execute("BEGIN IMMEDIATE");
  try {
    work();
    execute("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void Store::migrate() {
  const auto newer = [this](int found) {
    return DataError(
        fmt::format("state database {} has schema version {}, newer than this program "
                    "understands ({}); upgrade prepkit",
                    name_, found, current_version()));
  };
  int found = version();
  if (found == current_version()) return;
  if (found > current_version()) throw newer(found);
  transaction([&] {
    found = version();  // another process may have migrated while this one waited
    if (found > current_version()) throw newer(found);
    for (int step = found; step < current_version(); ++step) execute(kMigrations[step]);
    execute(fmt::format("PRAGMA user_version = {}", current_version()).c_str());
  });
}

std::vector<std::string> Store::daily_picks(Date day, std::string_view scope) {
  Statement query(db_, "SELECT question FROM daily_picks WHERE day = ?1 AND scope = ?2 ORDER BY position", name_);
  query.bind(1, format_date(day)).bind(2, scope);
  std::vector<std::string> ids;
  while (query.step()) ids.push_back(query.text(0));
  return ids;
}

void Store::add_daily_picks(Date day, std::string_view scope, std::size_t first_position,
                            const std::vector<std::string>& ids) {
  Statement insert(db_, "INSERT INTO daily_picks (day, scope, position, question) VALUES (?1, ?2, ?3, ?4)", name_);
  const std::string date = format_date(day);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    insert.bind(1, date).bind(2, scope).bind(3, static_cast<long>(first_position + i)).bind(4, ids[i]);
    insert.step();
    insert.reset();
  }
}

void Store::add_grade(const GradeRecord& grade) { import_grades({grade}); }

std::size_t Store::import_grades(const std::vector<GradeRecord>& grades) {
  std::size_t added = 0;
  transaction([&] {
    Statement insert(db_,
                     "INSERT OR IGNORE INTO grades (uid, question, subtopic, day, grade, recorded_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                     name_);
    for (const auto& g : grades) {
      insert.bind(1, g.uid).bind(2, g.question).bind(3, g.subtopic).bind(4, format_date(g.day));
      insert.bind(5, grade_name(g.grade)).bind(6, g.recorded_at);
      insert.step();
      added += static_cast<std::size_t>(sqlite3_changes(db_));
      insert.reset();
    }
  });
  return added;
}

void Store::for_each_grade(const GradeFilter& filter, const std::function<void(const GradeRecord&)>& use) {
  Statement query(db_,
                  filter.question ? "SELECT uid, question, subtopic, day, grade, recorded_at FROM grades "
                                    "WHERE question = ?2 AND day >= ?1 ORDER BY day, recorded_at, uid"
                                  : "SELECT uid, question, subtopic, day, grade, recorded_at FROM grades "
                                    "WHERE day >= ?1 ORDER BY day, recorded_at, uid",
                  name_);
  query.bind(1, filter.since ? format_date(*filter.since) : std::string("0000-00-00"));
  if (filter.question) query.bind(2, *filter.question);
  GradeRecord record;
  while (query.step()) {
    const auto day = parse_date(query.text(3));
    const auto grade = parse_grade(query.text(4));
    if (!day || !grade) throw IoError(fmt::format("state database {}: a grade has a malformed day or value", name_));
    record = {query.text(0), query.text(1), query.text(2), *day, *grade, query.text(5)};
    use(record);
  }
}

std::vector<GradeRecord> Store::grades(const GradeFilter& filter) {
  std::vector<GradeRecord> result;
  for_each_grade(filter, [&](const GradeRecord& grade) { result.push_back(grade); });
  return result;
}

std::vector<std::string> Store::shown_questions() {
  Statement query(db_, "SELECT DISTINCT question FROM daily_picks", name_);
  std::vector<std::string> ids;
  while (query.step()) ids.push_back(query.text(0));
  return ids;
}

std::optional<Store::SavedPlan> Store::current_plan() {
  Statement query(db_, "SELECT id, created_at, document FROM plans WHERE replaced_at IS NULL ORDER BY id DESC LIMIT 1",
                  name_);
  if (!query.step()) return std::nullopt;
  return SavedPlan{query.integer(0), query.text(1), "", query.text(2)};
}

std::vector<Store::SavedPlan> Store::saved_plans() {
  Statement query(db_, "SELECT id, created_at, coalesce(replaced_at, ''), document FROM plans ORDER BY id DESC", name_);
  std::vector<SavedPlan> plans;
  while (query.step()) plans.push_back({query.integer(0), query.text(1), query.text(2), query.text(3)});
  return plans;
}

std::optional<Store::SavedPlan> Store::save_plan(const std::string& document, PlanReplace replace) {
  const std::string now = utc_timestamp();
  std::optional<SavedPlan> kept;
  transaction([&] {
    if (replace == PlanReplace::never && (kept = current_plan())) return;
    Statement replace(db_, "UPDATE plans SET replaced_at = ?1 WHERE replaced_at IS NULL", name_);
    replace.bind(1, now);
    replace.step();
    Statement insert(db_, "INSERT INTO plans (created_at, document) VALUES (?1, ?2)", name_);
    insert.bind(1, now).bind(2, document);
    insert.step();
  });
  return kept;
}

void Store::add_log(const PlanLogEntry& entry) {
  transaction([&] {
    Statement insert(db_, "INSERT INTO plan_log (day, kind, count, note, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                     name_);
    insert.bind(1, format_date(entry.day)).bind(2, entry.kind).bind(3, static_cast<long>(entry.count));
    insert.bind(4, entry.note).bind(5, entry.recorded_at.empty() ? utc_timestamp() : entry.recorded_at);
    insert.step();
  });
}

std::vector<PlanLogEntry> Store::plan_log() {
  Statement query(db_, "SELECT day, kind, count, note, recorded_at FROM plan_log ORDER BY day, id", name_);
  std::vector<PlanLogEntry> entries;
  while (query.step()) {
    const auto day = parse_date(query.text(0));
    if (!day) throw IoError(fmt::format("state database {}: a plan log entry has a malformed day", name_));
    entries.push_back({*day, query.text(1), static_cast<int>(query.integer(2)), query.text(3), query.text(4)});
  }
  return entries;
}

std::unordered_map<std::string, long> Store::shown_between(Date from, Date to) {
  Statement query(db_, "SELECT question, max(day) FROM daily_picks WHERE day >= ?1 AND day < ?2 GROUP BY question",
                  name_);
  query.bind(1, format_date(from)).bind(2, format_date(to));
  std::unordered_map<std::string, long> last;
  while (query.step()) {
    const auto day = parse_date(query.text(1));
    if (day) last.emplace(query.text(0), days_since_epoch(*day));
  }
  return last;
}

void Store::add_judge_run(const JudgeRunRecord& r) {
  transaction([&] {
    Statement insert(db_,
                     "INSERT INTO judge_runs (question, day, recorded_at, passed, failed, total, slowest_ms, command)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                     name_);
    insert.bind(1, r.question).bind(2, format_date(r.day));
    insert.bind(3, r.recorded_at.empty() ? utc_timestamp() : r.recorded_at);
    insert.bind(4, static_cast<long>(r.passed))
        .bind(5, static_cast<long>(r.failed))
        .bind(6, static_cast<long>(r.total));
    insert.bind(7, r.slowest_ms).bind(8, r.command);
    insert.step();
  });
}

namespace {

// The items of a comma-separated column ("" is none), as attempts and mocks store lists.
std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> items;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t comma = std::min(text.find(',', at), text.size());
    items.push_back(text.substr(at, comma - at));
    at = comma + 1;
  }
  return items;
}

// Inserts `g`, then `a` (which earned it).
void insert_attempt(sqlite3* db, const std::string& name, const AttemptRecord& a, const GradeRecord& g) {
  Statement grade(
      db, "INSERT INTO grades (uid, question, subtopic, day, grade, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      name);
  grade.bind(1, g.uid).bind(2, g.question).bind(3, g.subtopic).bind(4, format_date(g.day));
  grade.bind(5, grade_name(g.grade)).bind(6, g.recorded_at);
  grade.step();
  Statement insert(db,
                   "INSERT INTO attempts (question, day, recorded_at, seconds, covered, points, figure, grade, note,"
                   " mock) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                   name);
  insert.bind(1, a.question).bind(2, format_date(a.day));
  insert.bind(3, a.recorded_at.empty() ? utc_timestamp() : a.recorded_at);
  insert.bind(4, a.seconds).bind(5, fmt::format("{}", fmt::join(a.covered, ",")));
  insert.bind(6, static_cast<long>(a.points)).bind(7, a.figure).bind(8, grade_name(a.grade)).bind(9, a.note);
  insert.bind(10, a.mock);
  insert.step();
}

}  // namespace

void Store::add_attempt(const AttemptRecord& a, const GradeRecord& g) {
  transaction([&] { insert_attempt(db_, name_, a, g); });
}

void Store::add_mock(const MockRecord& m, const std::vector<AttemptRecord>& attempts,
                     const std::vector<GradeRecord>& grades) {
  transaction([&] {
    Statement mock(db_,
                   "INSERT INTO mocks (uid, kind, name, day, started_at, outcome, questions)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                   name_);
    mock.bind(1, m.uid).bind(2, m.kind).bind(3, m.name).bind(4, format_date(m.day)).bind(5, m.started_at);
    mock.bind(6, outcome_name(m.outcome)).bind(7, fmt::format("{}", fmt::join(m.questions, ",")));
    mock.step();
    Statement phase(db_,
                    "INSERT INTO mock_phases (mock, position, question, name, target_seconds, ms)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    name_);
    for (std::size_t i = 0; i < m.phases.size(); ++i) {
      const MockPhaseRecord& p = m.phases[i];
      phase.reset();
      phase.bind(1, m.uid).bind(2, static_cast<long>(i)).bind(3, static_cast<long>(p.question)).bind(4, p.name);
      phase.bind(5, static_cast<long>(p.target_seconds)).bind(6, p.ms);
      phase.step();
    }
    for (std::size_t i = 0; i < attempts.size() && i < grades.size(); ++i) {
      insert_attempt(db_, name_, attempts[i], grades[i]);
    }
  });
}

std::vector<MockRecord> Store::mocks() {
  Statement query(
      db_, "SELECT uid, kind, name, day, started_at, outcome, questions FROM mocks ORDER BY day, started_at", name_);
  std::vector<MockRecord> mocks;
  std::map<std::string, std::size_t> by_uid;
  while (query.step()) {
    const auto day = parse_date(query.text(3));
    const auto outcome = parse_outcome(query.text(5));
    if (!day || !outcome) throw IoError(fmt::format("state database {}: a mock is malformed", name_));
    MockRecord m{query.text(0), query.text(1), query.text(2), *day, query.text(4), *outcome, {}, {}};
    m.questions = split_commas(query.text(6));
    by_uid[m.uid] = mocks.size();
    mocks.push_back(std::move(m));
  }
  Statement phases(db_, "SELECT mock, question, name, target_seconds, ms FROM mock_phases ORDER BY mock, position",
                   name_);
  while (phases.step()) {
    const auto it = by_uid.find(phases.text(0));
    if (it == by_uid.end()) continue;
    mocks[it->second].phases.push_back({static_cast<int>(phases.integer(1)), phases.text(2),
                                        static_cast<int>(phases.integer(3)), phases.maybe_integer(4)});
  }
  return mocks;
}

std::vector<AttemptRecord> Store::attempts(const std::optional<std::string>& question) {
  Statement query(db_,
                  "SELECT question, day, recorded_at, seconds, covered, points, figure, grade, note, mock FROM attempts"
                  " WHERE ?1 IS NULL OR question = ?1 ORDER BY id",
                  name_);
  if (question) query.bind(1, *question);
  std::vector<AttemptRecord> attempts;
  while (query.step()) {
    const auto day = parse_date(query.text(1));
    const auto grade = parse_grade(query.text(7));
    if (!day || !grade) throw IoError(fmt::format("state database {}: an attempt is malformed", name_));
    AttemptRecord a{query.text(0), *day,   query.text(2), query.integer(3), {}, static_cast<int>(query.integer(5)),
                    query.text(6), *grade, query.text(8), query.text(9)};
    for (const auto& point : split_commas(query.text(4))) a.covered.push_back(std::atoi(point.c_str()));
    attempts.push_back(std::move(a));
  }
  return attempts;
}

std::vector<JudgeRunRecord> Store::judge_runs(const std::optional<std::string>& question) {
  Statement query(db_,
                  "SELECT question, day, recorded_at, passed, failed, total, slowest_ms, command FROM judge_runs"
                  " WHERE ?1 IS NULL OR question = ?1 ORDER BY id",
                  name_);
  if (question) query.bind(1, *question);
  std::vector<JudgeRunRecord> runs;
  while (query.step()) {
    const auto day = parse_date(query.text(1));
    if (!day) throw IoError(fmt::format("state database {}: a judge run has a malformed day", name_));
    runs.push_back({query.text(0), *day, query.text(2), static_cast<int>(query.integer(3)),
                    static_cast<int>(query.integer(4)), static_cast<int>(query.integer(5)), query.integer(6),
                    query.text(7)});
  }
  return runs;
}

void Store::add_rehearsal(const RehearsalRecord& r) {
  transaction([&] {
    Statement insert(db_,
                     "INSERT INTO rehearsals (uid, story, day, started_at, outcome, total_ms, situation_ms, task_ms,"
                     " action_ms, result_ms, target_seconds, words) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                     " ?11, ?12)",
                     name_);
    insert.bind(1, r.uid).bind(2, r.story).bind(3, format_date(r.day)).bind(4, r.started_at);
    insert.bind(5, outcome_name(r.outcome)).bind(6, r.total_ms);
    for (std::size_t i = 0; i < r.part_ms.size(); ++i) insert.bind(7 + static_cast<int>(i), r.part_ms[i]);
    insert.bind(11, static_cast<long>(r.target_seconds)).bind(12, static_cast<long>(r.words));
    insert.step();
  });
}

std::vector<RehearsalRecord> Store::rehearsals(const std::optional<std::string>& story,
                                               const std::optional<Date>& since) {
  Statement query(db_,
                  "SELECT uid, story, day, started_at, outcome, total_ms, situation_ms, task_ms, action_ms, result_ms,"
                  " target_seconds, words FROM rehearsals WHERE (?1 IS NULL OR story = ?1) AND day >= ?2"
                  " ORDER BY started_at, uid",
                  name_);
  if (story) query.bind(1, *story);
  query.bind(2, since ? format_date(*since) : std::string("0000-00-00"));
  std::vector<RehearsalRecord> result;
  while (query.step()) {
    RehearsalRecord r;
    r.uid = query.text(0);
    r.story = query.text(1);
    const auto day = parse_date(query.text(2));
    const auto outcome = parse_outcome(query.text(4));
    if (!day || !outcome) {
      throw IoError(fmt::format("state database {}: a rehearsal has a malformed day or outcome", name_));
    }
    r.day = *day;
    r.started_at = query.text(3);
    r.outcome = *outcome;
    r.total_ms = query.integer(5);
    for (std::size_t i = 0; i < r.part_ms.size(); ++i) r.part_ms[i] = query.maybe_integer(6 + static_cast<int>(i));
    r.target_seconds = static_cast<int>(query.integer(10));
    r.words = static_cast<int>(query.integer(11));
    result.push_back(std::move(r));
  }
  return result;
}

std::unique_ptr<Store> open_existing_store(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) && !ec) return nullptr;  // an error says itself when opening
  return std::make_unique<Store>(path, Store::Access::read);
}

}  // namespace prepkit
