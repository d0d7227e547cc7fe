// Study-plan templates: the weeks, the phases with their focus split, what each focus studies,
// the overall split the template promises, and the targets. YAML, documented in plan(1).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// The kinds of work a focus's sessions hold.
const std::vector<std::string>& all_work_kinds();

// The targets a plan can set, in order.
const std::vector<std::string>& all_target_names();

// The work whose sessions meet `target` ("reading" for chapters), or "" for stories and
// rehearsals, which get story time of their own.
std::string_view target_work(std::string_view target);

// What a focus studies: subtopics of the banks, the kind of work, and whether it is a weak-spot
// focus, whose sessions practise what the grades show weakest on the day (qpick --weak). A focus
// whose subtopics span several areas is flexible: each session studies one of those areas.
struct FocusDef {
  std::string name;
  std::vector<std::string> subtopics;
  std::string work;
  bool weak = false;
};

// A name with a whole percentage.
struct Share {
  std::string name;
  int percent = 0;
};

// A run of weeks with one focus split.
struct PhaseDef {
  std::string name;
  int first_week = 1;
  int last_week = 1;
  std::vector<Share> split;  // adds up to 100
};

// A target count due by a range of weeks.
struct TargetDef {
  std::string name;
  int count = 0;
  int first_week = 1;
  int last_week = 1;
};

struct PlanTemplate {
  std::string name;  // the file's stem: "default"
  std::string title;
  int weeks = 8;
  std::vector<Share> split;  // the overall split by area the template promises
  std::vector<FocusDef> focus;
  std::vector<PhaseDef> phases;
  std::vector<TargetDef> targets;

  // The focus called `name`, or nullptr.
  const FocusDef* find_focus(std::string_view name) const;
};

// Parses and validates a template; `file` names it in messages. Throws DiagnosticError (exit 65)
// with file:line:col: phases must cover every week once, each split must add up to 100, focus
// names must be defined and map to bank subtopics, only a focus of questions may be weak, targets
// must be 0 or more and each needs a phase with the work that meets it.
PlanTemplate parse_template(std::string_view text, const std::string& file, const std::string& name);

}  // namespace prepkit
