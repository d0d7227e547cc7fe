// Small helpers shared by the unit tests: temporary folders, environment variables, dates,
// question ids and the default plan.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "bank/bank.h"
#include "base/date.h"
#include "base/files.h"
#include "plan/plan.h"

namespace prepkit::test {

// A fresh folder under $TMPDIR, removed with everything in it when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "prepkit-test.XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Sets (or with nullopt, unsets) an environment variable until the object goes away.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, std::optional<std::string> value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      ::setenv(name, value->c_str(), 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// The id of a process that has come and gone: a child that exits at once, reaped.
inline pid_t finished_process() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

// The date `text`, which a test spells as a valid YYYY-MM-DD.
inline Date day(const char* text) { return *parse_date(text); }

// The ids of `questions`, in order.
inline std::vector<std::string> ids_of(const std::vector<const Question*>& questions) {
  std::vector<std::string> ids;
  for (const Question* q : questions) ids.push_back(q->id);
  return ids;
}

// The bundled default plan (eight weeks) from `start`, built a week before it.
inline Plan default_plan_from(const char* start) {
  PlanRequest request;
  request.tmpl =
      parse_template(read_file(std::string(PREPKIT_SHARE) + "/plans/default.yaml", 1u << 20u), "d", "default");
  request.start = day(start);
  return build_plan(request, add_days(day(start), -6));
}

}  // namespace prepkit::test
