#include "review/mock.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/error.h"
#include "base/rng.h"
#include "base/suggest.h"
#include "base/yaml_tree.h"

namespace prepkit {

const std::vector<std::string>& all_mock_kinds() {
  static const std::vector<std::string> kinds = {"design", "coding", "behavioral", "mixed"};
  return kinds;
}

int MockSlot::seconds() const {
  int total = 0;
  for (const auto& p : phases) total += p.seconds;
  return total;
}

int MockTemplate::seconds() const {
  int total = 0;
  for (const auto& q : questions) total += q.seconds();
  return total;
}

namespace {

constexpr std::size_t kMaxQuestions = 10;
constexpr std::size_t kMaxPhases = 12;
constexpr int kMinPhaseSeconds = 10;

// A list of names, each one of `known`.
std::vector<std::string> names(const YamlFields& r, const YamlNode& node, std::string_view what,
                               const std::vector<std::string>& known) {
  if (node.type != YamlNode::Type::sequence || node.children.empty()) {
    r.fail(node, fmt::format("'{}' must be a list of {}", what, fmt::join(known, ", ")));
  }
  std::vector<std::string> values;
  for (const YamlNode& item : node.children) {
    const std::string value = r.text(item, what);
    if (std::find(known.begin(), known.end(), value) == known.end()) {
      r.fail(item, fmt::format("unknown {} '{}'{} (expected one of: {})", what, value, did_you_mean(value, known),
                               fmt::join(known, ", ")));
    }
    values.push_back(value);
  }
  return values;
}

}  // namespace

MockTemplate parse_mock_template(std::string_view text, const std::string& file, const std::string& name) {
  const YamlFields r(file);
  const YamlNode root = parse_yaml(text, file);
  r.only(root, {"kind", "title", "questions"}, "the mock template");
  MockTemplate t;
  t.name = name;
  const YamlNode& kind = r.require(root, "kind", "the mock template");
  t.kind = r.text(kind, "kind");
  if (std::find(all_mock_kinds().begin(), all_mock_kinds().end(), t.kind) == all_mock_kinds().end()) {
    r.fail(kind, fmt::format("unknown kind '{}'{} (expected one of: {})", t.kind,
                             did_you_mean(t.kind, all_mock_kinds()), fmt::join(all_mock_kinds(), ", ")));
  }
  t.title = r.text(r.require(root, "title", "the mock template"), "title");
  const YamlNode& questions = r.require(root, "questions", "the mock template");
  if (questions.type != YamlNode::Type::sequence || questions.children.empty()) {
    r.fail(questions, "'questions' must be a list of the questions the mock asks");
  }
  if (questions.children.size() > kMaxQuestions) {
    r.fail(questions,
           fmt::format("a mock asks at most {} questions, found {}", kMaxQuestions, questions.children.size()));
  }
  std::vector<std::string> subtopic_ids;
  for (const auto& s : all_subtopics()) subtopic_ids.emplace_back(s.id);
  for (const YamlNode& node : questions.children) {
    const std::string owner = fmt::format("question {} of the mock", t.questions.size() + 1);
    r.only(node, {"subtopics", "kinds", "difficulties", "tags", "judged", "phases"}, owner);
    MockSlot slot;
    slot.filter.subtopics = names(r, r.require(node, "subtopics", owner), "subtopic", subtopic_ids);
    if (const YamlNode* kinds = node.find("kinds")) slot.filter.kinds = names(r, *kinds, "kind", all_kinds());
    if (const YamlNode* levels = node.find("difficulties")) {
      slot.filter.difficulties = names(r, *levels, "difficulty", all_difficulties());
    }
    if (const YamlNode* tags = node.find("tags")) {
      if (tags->type != YamlNode::Type::sequence || tags->children.empty()) r.fail(*tags, "'tags' must be a list");
      for (const YamlNode& tag : tags->children) slot.filter.tags.push_back(r.text(tag, "tag"));
    }
    if (const YamlNode* judged = node.find("judged")) {
      if (judged->text != "true" && judged->text != "false") r.fail(*judged, "'judged' must be true or false");
      slot.judged = judged->text == "true";
    }
    const YamlNode& phases = r.require(node, "phases", owner);
    if (phases.type != YamlNode::Type::sequence || phases.children.empty()) {
      r.fail(phases, "'phases' must be a list of a name and minutes for each phase");
    }
    if (phases.children.size() > kMaxPhases) {
      r.fail(phases, fmt::format("a question has at most {} phases, found {}", kMaxPhases, phases.children.size()));
    }
    for (const YamlNode& phase : phases.children) {
      r.only(phase, {"name", "minutes"}, "a phase");
      MockPhase p;
      p.name = r.text(r.require(phase, "name", "a phase"), "name");
      if (p.name.size() > 40)
        r.fail(phase, fmt::format("a phase's name is at most 40 characters, found {}", p.name.size()));
      p.seconds = 60 * r.whole(r.require(phase, "minutes", fmt::format("phase '{}'", p.name)), "minutes", 1, 180);
      slot.phases.push_back(std::move(p));
    }
    t.questions.push_back(std::move(slot));
  }
  return t;
}

MockTemplate scale_mock(const MockTemplate& t, int seconds) {
  MockTemplate scaled = t;
  const double factor = static_cast<double>(seconds) / t.seconds();
  int total = 0;
  MockPhase* longest = nullptr;
  for (auto& q : scaled.questions) {
    for (auto& p : q.phases) {
      p.seconds = std::max(kMinPhaseSeconds, static_cast<int>(std::lround(p.seconds * factor)));
      total += p.seconds;
      if (!longest || p.seconds > longest->seconds) longest = &p;
    }
  }
  // What rounding added or took goes to the longest phase, which it changes least.
  if (longest) longest->seconds = std::max(kMinPhaseSeconds, longest->seconds + seconds - total);
  return scaled;
}

std::vector<const Question*> choose_mock_questions(const Bank& bank, const MockTemplate& t,
                                                   const std::set<std::string>& asked_before, std::uint64_t seed) {
  Rng rng(seed, 7);
  std::vector<std::uint32_t> chosen;
  for (std::size_t i = 0; i < t.questions.size(); ++i) {
    const MockSlot& slot = t.questions[i];
    const FilterMatch match(slot.filter, bank);
    std::vector<std::uint32_t> fresh;
    std::vector<std::uint32_t> any;
    for (std::uint32_t k = 0; k < bank.size(); ++k) {
      const QuestionInfo q = bank.info(k);
      if (!match(q) || (slot.judged && !q.judged)) continue;
      if (std::find(chosen.begin(), chosen.end(), k) != chosen.end()) continue;
      any.push_back(k);
      if (!asked_before.contains(std::string(q.id))) fresh.push_back(k);
    }
    std::vector<std::uint32_t>& from = fresh.empty() ? any : fresh;
    if (from.empty()) {
      throw DataError(fmt::format(
          "mock '{}': no question in the banks fits question {} ({}{}{})", t.name, i + 1,
          fmt::join(slot.filter.subtopics, ", "),
          slot.filter.difficulties.empty() ? "" : fmt::format(", {}", fmt::join(slot.filter.difficulties, " or ")),
          slot.judged ? ", judged" : ""));
    }
    chosen.push_back(from[rng.below(static_cast<std::uint32_t>(from.size()))]);
  }
  std::vector<const Question*> questions;
  for (const auto k : chosen) questions.push_back(&bank.question(k));
  return questions;
}

}  // namespace prepkit
