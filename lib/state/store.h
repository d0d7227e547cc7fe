// The state database (SQLite): what prepkit remembers between runs. WAL mode and a busy
// timeout let cron and a person use it at the same moment; PRAGMA user_version holds the
// schema version, and opening a database applies the migrations it lacks.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "state/records.h"

struct sqlite3;

namespace prepkit {

class Store {
 public:
  // What the program opening the database means to do with it.
  enum class Access {
    read_write,  // create it when missing, switch it to WAL and migrate it
    read,        // as read_write when that can be done; when the file or its folder is read-only,
                 // read it as it is (an older schema is then refused: it cannot be migrated)
  };

  // Opens the database at `path`, creating it and its folder when missing, and migrates it to
  // the current schema. Throws CantCreateError (also for a path that is a folder, a device or
  // anything else but a file, and for a read-only one opened to write), DataError (a schema
  // newer than this program) or IoError (among others, a file that is corrupt or not a
  // database; it is never overwritten).
  explicit Store(const std::filesystem::path& path, Access access = Access::read_write);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The schema version this program writes.
  static int current_version();

  // The database's schema version (PRAGMA user_version).
  int version();

  // Runs `work` inside one write transaction (BEGIN IMMEDIATE): other writers wait for it, and
  // it is rolled back if `work` throws.
  void transaction(const std::function<void()>& work);

  // The daily questions already chosen for `day` within `scope` (the filters used), in order.
  std::vector<std::string> daily_picks(Date day, std::string_view scope);

  // Records the daily questions `ids` for `day` within `scope`, numbered from `first_position`
  // (the count already recorded).
  void add_daily_picks(Date day, std::string_view scope, std::size_t first_position,
                       const std::vector<std::string>& ids);

  // For each question shown as a daily question on a day in [`from`, `to`), the last such day
  // (as days since 1970-01-01).
  std::unordered_map<std::string, long> shown_between(Date from, Date to);

  // Records one grade.
  void add_grade(const GradeRecord& grade);

  // Adds the grades whose uid is not yet present; returns how many were added.
  std::size_t import_grades(const std::vector<GradeRecord>& grades);

  // Which grades to read: those on or after `since`, of `question` (each only when given).
  struct GradeFilter {
    std::optional<Date> since;
    std::optional<std::string> question;
  };

  // The grades `filter` selects, in replay order.
  std::vector<GradeRecord> grades(const GradeFilter& filter = {});

  // Calls `use` with each grade `filter` selects, in replay order, holding one at a time: for
  // histories too long to keep in memory.
  void for_each_grade(const GradeFilter& filter, const std::function<void(const GradeRecord&)>& use);

  // Every question ever shown as a daily question.
  std::vector<std::string> shown_questions();

  // Records one rehearsal of a story, whole or not at all.
  void add_rehearsal(const RehearsalRecord& rehearsal);

  // The rehearsals of `story` (of every story when nothing) on or after the day `since` (all
  // when nothing), in the order they started. Table `rehearsals` (schema version 3) holds one
  // row per rehearsal: uid, story (the note's slug), day (YYYY-MM-DD), started_at (UTC ISO
  // 8601), outcome ('completed' or 'aborted'), total_ms, situation_ms, task_ms, action_ms and
  // result_ms (NULL for a part not reached), target_seconds and words (the note's, at the time).
  std::vector<RehearsalRecord> rehearsals(const std::optional<std::string>& story = std::nullopt,
                                          const std::optional<Date>& since = std::nullopt);
  // A saved plan: its number, when it was saved and replaced, and the plan as JSON.
  struct SavedPlan {
    long id = 0;
    std::string created_at;
    std::string replaced_at;  // empty for the current plan
    std::string document;
  };

  // The current plan, if one is saved.
  std::optional<SavedPlan> current_plan();

  // Every saved plan, newest first, the replaced ones included.
  std::vector<SavedPlan> saved_plans();

  // Whether save_plan may replace the current plan.
  enum class PlanReplace { never, current };

  // Saves `document` as the current plan, marking the one it replaces (kept, not deleted). With
  // PlanReplace::never and a plan already current, saves nothing and returns that plan; the check
  // and the write are one transaction, so of two such saves at once only one succeeds.
  std::optional<SavedPlan> save_plan(const std::string& document, PlanReplace replace = PlanReplace::current);

  // Records one run of qpick test.
  void add_judge_run(const JudgeRunRecord& run);

  // The runs of qpick test against `question` (of every question when nothing), oldest first.
  std::vector<JudgeRunRecord> judge_runs(const std::optional<std::string>& question = std::nullopt);

  // Records a practised answer and the grade it earned (`grade`, whose uid is new), together.
  void add_attempt(const AttemptRecord& attempt, const GradeRecord& grade);

  // The practised answers to `question` (to every question when nothing), oldest first.
  std::vector<AttemptRecord> attempts(const std::optional<std::string>& question = std::nullopt);

  // Records a mock interview with the answers it graded and their grades (attempts[i] earned
  // grades[i]), all together or not at all.
  void add_mock(const MockRecord& mock, const std::vector<AttemptRecord>& attempts,
                const std::vector<GradeRecord>& grades);

  // Every mock interview, oldest first. Table `mocks` holds one row per mock (uid, kind, name,
  // day, started_at, outcome, questions as 'id,id'), table `mock_phases` one per phase (mock,
  // position, question, name, target_seconds, ms: NULL for a phase not reached).
  std::vector<MockRecord> mocks();

  // Records work done (plan log).
  void add_log(const PlanLogEntry& entry);

  // Every plan log entry, oldest first.
  std::vector<PlanLogEntry> plan_log();

 private:
  // Reopens the database read-only, as it is; refuses a schema this program would migrate.
  void open_read_only(int timeout_ms);
  void execute(const char* sql);
  void migrate();

  sqlite3* db_ = nullptr;
  std::string name_;
};

// Opens the state database at `path` when it exists, or returns null when there is none yet:
// a command that only reads never creates the database or its folder.
std::unique_ptr<Store> open_existing_store(const std::filesystem::path& path);

}  // namespace prepkit
