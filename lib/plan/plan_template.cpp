#include "plan/plan_template.h"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "base/suggest.h"
#include "base/yaml_tree.h"

namespace prepkit {

const std::vector<std::string>& all_work_kinds() {
  static const std::vector<std::string> kinds = {"problems", "reading", "design", "questions", "mocks"};
  return kinds;
}

const std::vector<std::string>& all_target_names() {
  static const std::vector<std::string> names = {"problems",     "chapters", "mocks",
                                                 "design_mocks", "stories",  "rehearsals"};
  return names;
}

std::string_view target_work(std::string_view target) {
  if (target == "problems") return "problems";
  if (target == "chapters") return "reading";
  if (target == "mocks" || target == "design_mocks") return "mocks";
  return "";
}

const FocusDef* PlanTemplate::find_focus(std::string_view focus_name) const {
  for (const auto& f : focus) {
    if (f.name == focus_name) return &f;
  }
  return nullptr;
}

namespace {

// Reads one template, reporting the first mistake with its place.
class TemplateReader : public YamlFields {
 public:
  using YamlFields::YamlFields;

  // "1-4" or "3": a range of weeks within the template's.
  std::pair<int, int> weeks(const YamlNode& node, int total) const {
    const std::string t = node.type == YamlNode::Type::scalar ? node.text : "";
    const std::size_t dash = t.find('-');
    const auto number = [&](std::string_view part) {
      const bool digits = !part.empty() && part.size() <= 3 &&
                          std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
      return digits ? std::stoi(std::string(part)) : -1;
    };
    const int first = number(dash == std::string::npos ? std::string_view(t) : std::string_view(t).substr(0, dash));
    const int last = dash == std::string::npos ? first : number(std::string_view(t).substr(dash + 1));
    if (first < 1 || last < first || last > total) {
      fail(node,
           fmt::format("'weeks' must be a week or a range such as 1-4 within weeks 1 to {}, found '{}'", total, t));
    }
    return {first, last};
  }

  std::vector<Share> split(const YamlNode& node, std::string_view what,
                           const std::function<void(const YamlNode&)>& check_name) const {
    if (node.type != YamlNode::Type::map || node.children.empty()) {
      fail(node, fmt::format("'{}' must map names to percentages", what));
    }
    std::vector<Share> shares;
    int sum = 0;
    for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
      check_name(node.children[i]);
      const int percent = whole(node.children[i + 1], "a percentage", 0, 100);
      shares.push_back({node.children[i].text, percent});
      sum += percent;
    }
    if (sum != 100) fail(node, fmt::format("the {} adds up to {}, not 100", what, sum));
    return shares;
  }
};

// Whether a phase of `t` gives time to a focus whose work meets `target` (a design subtopic
// among its own for design mocks).
bool target_has_work(const PlanTemplate& t, const std::string& target) {
  const std::string_view work = target_work(target);
  if (work.empty()) return true;
  for (const auto& phase : t.phases) {
    for (const auto& share : phase.split) {
      const FocusDef& f = *t.find_focus(share.name);
      const bool design = std::any_of(f.subtopics.begin(), f.subtopics.end(),
                                      [](const std::string& s) { return find_subtopic(s)->area == "design"; });
      if (share.percent > 0 && f.work == work && (target != "design_mocks" || design)) return true;
    }
  }
  return false;
}

std::string missing_work(const std::string& target) {
  if (target == "design_mocks")
    return "target 'design_mocks' needs a phase with a mocks focus that has a design subtopic";
  return fmt::format("target '{}' needs a phase with a focus whose work is {}", target, target_work(target));
}

}  // namespace

PlanTemplate parse_template(std::string_view text, const std::string& file, const std::string& name) {
  const TemplateReader r(file);
  const YamlNode root = parse_yaml(text, file);
  r.only(root, {"title", "weeks", "split", "focus", "phases", "targets"}, "the template");
  PlanTemplate t;
  t.name = name;
  t.title = r.text(r.require(root, "title", "the template"), "title");
  t.weeks = r.whole(r.require(root, "weeks", "the template"), "weeks", 1, 52);
  t.split = r.split(r.require(root, "split", "the template"), "overall split", [&](const YamlNode& key) {
    if (std::find(all_areas().begin(), all_areas().end(), key.text) == all_areas().end()) {
      r.fail(key, fmt::format("unknown area '{}'{} (expected one of: {})", key.text,
                              did_you_mean(key.text, all_areas()), fmt::join(all_areas(), ", ")));
    }
  });

  const YamlNode& focus = r.require(root, "focus", "the template");
  if (focus.type != YamlNode::Type::map || focus.children.empty())
    r.fail(focus, "'focus' must map focus names to what they study");
  std::vector<std::string> subtopic_ids;
  for (const auto& s : all_subtopics()) subtopic_ids.emplace_back(s.id);
  for (std::size_t i = 0; i + 1 < focus.children.size(); i += 2) {
    const YamlNode& key = focus.children[i];
    const YamlNode& def = focus.children[i + 1];
    const std::string owner = fmt::format("focus '{}'", key.text);
    if (key.text == "stories") r.fail(key, "'stories' names the plan's own story time; call this focus otherwise");
    r.only(def, {"subtopics", "work", "weak"}, owner);
    FocusDef f{key.text, {}, r.text(r.require(def, "work", owner), "work"), false};
    const YamlNode& work = r.require(def, "work", owner);
    if (f.work == "stories") r.fail(work, "story time follows the stories and rehearsals targets; set those instead");
    if (std::find(all_work_kinds().begin(), all_work_kinds().end(), f.work) == all_work_kinds().end()) {
      r.fail(work, fmt::format("unknown work '{}'{} (expected one of: {})", f.work,
                               did_you_mean(f.work, all_work_kinds()), fmt::join(all_work_kinds(), ", ")));
    }
    const YamlNode& subtopics = r.require(def, "subtopics", owner);
    if (subtopics.type != YamlNode::Type::sequence || subtopics.children.empty()) {
      r.fail(subtopics, "'subtopics' must be a list of bank subtopics");
    }
    for (const YamlNode& s : subtopics.children) {
      if (!find_subtopic(s.text)) {
        r.fail(s, fmt::format("unknown subtopic '{}'{} (expected one of: {})", s.text,
                              did_you_mean(s.text, subtopic_ids), fmt::join(subtopic_ids, ", ")));
      }
      f.subtopics.push_back(s.text);
    }
    if (const YamlNode* weak = def.find("weak")) {
      if (weak->text != "true" && weak->text != "false") r.fail(*weak, "'weak' must be true or false");
      f.weak = weak->text == "true";
      if (f.weak && f.work != "questions") r.fail(*weak, "only a focus whose work is questions can be weak");
    }
    t.focus.push_back(std::move(f));
  }
  std::vector<std::string> focus_names;
  for (const auto& f : t.focus) focus_names.push_back(f.name);

  const YamlNode& phases = r.require(root, "phases", "the template");
  if (phases.type != YamlNode::Type::sequence || phases.children.empty()) r.fail(phases, "'phases' must be a list");
  std::vector<std::string> owner_of_week(static_cast<std::size_t>(t.weeks) + 1);
  for (const YamlNode& node : phases.children) {
    r.only(node, {"name", "weeks", "split"}, "a phase");
    PhaseDef p;
    p.name = r.text(r.require(node, "name", "a phase"), "name");
    const YamlNode& weeks = r.require(node, "weeks", fmt::format("phase '{}'", p.name));
    std::tie(p.first_week, p.last_week) = r.weeks(weeks, t.weeks);
    for (int w = p.first_week; w <= p.last_week; ++w) {
      auto& owner = owner_of_week[static_cast<std::size_t>(w)];
      if (!owner.empty()) r.fail(weeks, fmt::format("week {} is in two phases: '{}' and '{}'", w, owner, p.name));
      owner = p.name;
    }
    p.split =
        r.split(r.require(node, "split", fmt::format("phase '{}'", p.name)), "focus split", [&](const YamlNode& key) {
          if (!t.find_focus(key.text)) {
            r.fail(key, fmt::format("unknown focus '{}'{} (expected one of: {})", key.text,
                                    did_you_mean(key.text, focus_names), fmt::join(focus_names, ", ")));
          }
        });
    t.phases.push_back(std::move(p));
  }
  for (int w = 1; w <= t.weeks; ++w) {
    if (owner_of_week[static_cast<std::size_t>(w)].empty()) r.fail(phases, fmt::format("week {} is in no phase", w));
  }

  if (const YamlNode* targets = root.find("targets")) {
    if (targets->type != YamlNode::Type::map) r.fail(*targets, "'targets' must map target names to a count and weeks");
    for (std::size_t i = 0; i + 1 < targets->children.size(); i += 2) {
      const YamlNode& key = targets->children[i];
      const YamlNode& def = targets->children[i + 1];
      if (std::find(all_target_names().begin(), all_target_names().end(), key.text) == all_target_names().end()) {
        r.fail(key, fmt::format("unknown target '{}'{} (expected one of: {})", key.text,
                                did_you_mean(key.text, all_target_names()), fmt::join(all_target_names(), ", ")));
      }
      const std::string owner = fmt::format("target '{}'", key.text);
      r.only(def, {"count", "weeks"}, owner);
      TargetDef target{key.text, r.whole(r.require(def, "count", owner), "count", 0, 10000), 1, t.weeks};
      if (const YamlNode* weeks = def.find("weeks"))
        std::tie(target.first_week, target.last_week) = r.weeks(*weeks, t.weeks);
      if (!target_has_work(t, target.name)) r.fail(key, missing_work(target.name));
      t.targets.push_back(std::move(target));
    }
  }
  return t;
}

}  // namespace prepkit
