// Shows how the settings file is read, and the exact message for each mistake in it.
#include <doctest/doctest.h>

#include <fstream>

#include "base/config.h"
#include "base/error.h"
#include "helpers.h"

using namespace prepkit;

namespace {

std::string problem(const test::TempDir& dir, const std::string& text) {
  std::ofstream(dir / "config.yaml") << text;
  try {
    load_config(dir / "config.yaml");
  } catch (const Error& e) {
    return std::string(e.what()).substr((dir / "config.yaml").string().size());
  }
  return "no problem";
}

}  // namespace

TEST_CASE("load_config") {
  test::TempDir dir;
  SUBCASE("a missing or empty file gives no settings") {
    CHECK_FALSE(load_config(dir / "none.yaml").interview);
    std::ofstream(dir / "config.yaml") << "# nothing yet\n";
    CHECK_FALSE(load_config(dir / "config.yaml").new_per_day);
  }
  SUBCASE("the settings of plan and qpick's extra banks") {
    test::ScopedEnv home("HOME", "/home/u");
    std::ofstream(dir / "config.yaml") << "study_days: [mon, thu]\nhours: 7.5\nat: '06:45'\nbanks: [~/banks, /srv/b]\n";
    const Config config = load_config(dir / "config.yaml");
    CHECK(*config.study_days == std::vector<int>{0, 3});
    CHECK(*config.hours == 7.5);
    CHECK(*config.at == 405);
    CHECK(config.banks == std::vector<std::filesystem::path>{"/home/u/banks", "/srv/b"});
  }
  SUBCASE("every setting") {
    std::ofstream(dir / "config.yaml")
        << "interview: 2026-12-20\nnew_per_day: 3\nfresh_days: 10\nstories: /notes/star\nspeaking_rate: 140\n";
    const Config config = load_config(dir / "config.yaml");
    CHECK(format_date(*config.interview) == "2026-12-20");
    CHECK(*config.new_per_day == 3);
    CHECK(*config.fresh_days == 10);
    CHECK(*config.stories == "/notes/star");
    CHECK(*config.speaking_rate == 140);
  }
  SUBCASE("a stories folder under the home folder") {
    test::ScopedEnv home("HOME", "/home/u");
    std::ofstream(dir / "config.yaml") << "stories: ~/notes/star\n";
    CHECK(*load_config(dir / "config.yaml").stories == "/home/u/notes/star");
  }
  SUBCASE("mistakes name their place") {
    CHECK(problem(dir, "interveiw: 2026-12-20\n") ==
          ":1:1: unknown setting 'interveiw' (did you mean 'interview'?) (expected one of: interview, new_per_day, "
          "fresh_days, count_nouns, stories, speaking_rate, banks, study_days, hours, at)");
    CHECK(problem(dir, "study_days: [mon, funday]\n") == ":1:13: 'study_days' must be days such as [mon, wed, sat]");
    CHECK(problem(dir, "hours: 7.3\n") == ":1:8: 'hours' must be hours a week from 0.25 to 80 in steps of 0.25");
    CHECK(problem(dir, "at: 25:00\n") == ":1:5: 'at' must be a time of day as HH:MM");
    CHECK(problem(dir, "banks: ~/mine\n") == ":1:8: 'banks' must be a list of folders");
    CHECK(problem(dir, "interview: soon\n") == ":1:12: 'interview': expected a date as YYYY-MM-DD, found 'soon'");
    CHECK(problem(dir, "interview: 2026-02-30\n") ==
          ":1:12: 'interview': 2026-02-30 does not exist: February 2026 has 28 days");
    CHECK(problem(dir, "interview: [2026-12-01]\n") == ":1:12: 'interview' must be a date as YYYY-MM-DD");
    CHECK(problem(dir, "new_per_day: -1\n") == ":1:14: 'new_per_day' must be a whole number from 0 to 1000");
    CHECK(problem(dir, "- a\n") == ":1:1: expected a mapping of settings, one per line");
    CHECK(problem(dir, "fresh_days: 1\nfresh_days: 2\n") == ":2:1: duplicate key 'fresh_days' (first at line 1)");
    CHECK(problem(dir, "stories: notes\n") ==
          ":1:10: 'stories' must be a folder given as an absolute path or one starting with ~/");
    CHECK(problem(dir, "stories: [a]\n") ==
          ":1:10: 'stories' must be a folder given as an absolute path or one starting with ~/");
    CHECK(problem(dir, "speaking_rate: 30\n") == ":1:16: 'speaking_rate' must be a whole number from 60 to 300");
    CHECK(problem(dir, "speaking_rate: fast\n") == ":1:16: 'speaking_rate' must be a whole number from 60 to 300");
  }
}

TEST_CASE("resolve") {
  SUBCASE("a flag beats the environment, the file and the default") {
    const auto r = resolve<int>(1, "PREPKIT_X", 2, 3, 4);
    CHECK(r.value == 1);
    CHECK(r.origin == Origin::flag);
  }
  SUBCASE("then the environment, naming its variable") {
    const auto r = resolve<int>(std::nullopt, "PREPKIT_X", 2, 3, 4);
    CHECK(r.value == 2);
    CHECK(r.origin == Origin::environment);
    CHECK(r.variable == "PREPKIT_X");
  }
  SUBCASE("then the settings file, then the default") {
    CHECK(resolve<int>(std::nullopt, nullptr, std::nullopt, 3, 4).origin == Origin::file);
    const auto r = resolve<int>(std::nullopt, nullptr, std::nullopt, std::nullopt, 4);
    CHECK(r.value == 4);
    CHECK(r.origin == Origin::fallback);
    CHECK(r.variable.empty());
  }
}

TEST_CASE("environment") {
  test::ScopedEnv empty("PREPKIT_X", "");
  CHECK_FALSE(environment("PREPKIT_X"));
  test::ScopedEnv set("PREPKIT_X", "a");
  CHECK(environment("PREPKIT_X") == "a");
}

TEST_CASE("config_path") {
  test::TempDir home_dir;
  test::ScopedEnv home("HOME", home_dir.path().string());
  test::ScopedEnv xdg("XDG_CONFIG_HOME", std::nullopt);
  test::ScopedEnv none("PREPKIT_CONFIG", std::nullopt);
  CHECK(config_path().value == (home_dir.path() / ".config/prepkit/config.yaml"));
  CHECK(config_path().origin == Origin::fallback);
  test::ScopedEnv set("PREPKIT_CONFIG", "/etc/p.yaml");
  CHECK(config_path().value == "/etc/p.yaml");
  CHECK(config_path().origin == Origin::environment);
  CHECK(config_path().variable == "PREPKIT_CONFIG");
}

TEST_CASE("interview_date") {
  Config config;
  config.interview = parse_date("2026-12-20");
  test::ScopedEnv none("PREPKIT_INTERVIEW", std::nullopt);
  const auto from_file = interview_date(std::nullopt, config);
  CHECK(format_date(*from_file.value) == "2026-12-20");
  CHECK(from_file.origin == Origin::file);
  CHECK(format_date(*interview_date(parse_date("2026-12-24"), config).value) == "2026-12-24");
  CHECK(interview_date(parse_date("2026-12-24"), config).origin == Origin::flag);
  CHECK(interview_date(std::nullopt, {}).origin == Origin::fallback);
  CHECK_FALSE(interview_date(std::nullopt, {}).value);
  {
    test::ScopedEnv env("PREPKIT_INTERVIEW", "2026-12-22");
    CHECK(format_date(*interview_date(std::nullopt, config).value) == "2026-12-22");
    CHECK(interview_date(std::nullopt, config).origin == Origin::environment);
    CHECK(format_date(*interview_date(parse_date("2026-12-24"), config).value) == "2026-12-24");
  }
  test::ScopedEnv bad("PREPKIT_INTERVIEW", "tomorrow");
  CHECK_THROWS_WITH_AS(interview_date(std::nullopt, config),
                       "PREPKIT_INTERVIEW: expected a date as YYYY-MM-DD, found 'tomorrow'", UsageError);
  test::ScopedEnv no_such_day("PREPKIT_INTERVIEW", "2027-02-29");
  CHECK_THROWS_WITH_AS(interview_date(std::nullopt, config),
                       "PREPKIT_INTERVIEW: 2027-02-29 does not exist: February 2027 has 28 days", UsageError);
}
