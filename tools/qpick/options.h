// What qpick's command line can say, as parsed: one plain struct the commands read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bank/sample.h"
#include "mock.h"
#include "practice.h"
#include "testing.h"

namespace prepkit {

// Everything qpick's command line can say.
struct QpickOptions {
  std::vector<std::string> banks;
  bool no_cache = false;
  std::string format = "text";
  std::string color = "auto";
  bool ascii = false;  // --ascii: no character beyond ASCII
  std::string date;
  std::string state;
  std::string seed;
  long long count = 1;
  Filter filter;
  bool count_given = false;  // -n was on the command line
  std::string weights;
  bool daily = false;
  bool due = false;
  bool weak = false;
  bool plan = false;
  bool show_config = false;
  std::optional<int> fresh_days;
  std::string until;
  std::string show_id;
  std::string list_what;
  std::vector<std::string> lint_paths;
  std::vector<std::string> grade_ids;
  std::string grade;
  std::string since;
  std::string import_file;
  TestOptions test;
  PracticeOptions practice;
  std::string answers_id;
  MockOptions mock;
};

}  // namespace prepkit
