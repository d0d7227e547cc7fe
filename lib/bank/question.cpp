#include "bank/question.h"

namespace prepkit {

const std::vector<Subtopic>& all_subtopics() {
  static const std::vector<Subtopic> subtopics = {
      {"coding", "coding", "Coding"},
      {"apis", "design", "APIs and protocols"},
      {"databases", "design", "Databases and storage"},
      {"system-design", "design", "System design and scaling"},
      {"performance", "ops", "Performance and reliability"},
      {"security-testing", "ops", "Security and testing"},
      {"operations", "ops", "Operations and observability"},
      {"behavioral", "behavioral", "Behavioural (STAR)"},
      {"ask", "ask", "Questions to ask the interviewer"},
  };
  return subtopics;
}

const std::vector<std::string>& all_areas() {
  static const std::vector<std::string> areas = {"coding", "design", "ops", "behavioral", "ask"};
  return areas;
}

const Subtopic* find_subtopic(std::string_view id) {
  for (const auto& subtopic : all_subtopics()) {
    if (subtopic.id == id) return &subtopic;
  }
  return nullptr;
}

const std::vector<std::string>& all_difficulties() {
  static const std::vector<std::string> values = {"easy", "medium", "hard"};
  return values;
}

const std::vector<std::string>& all_kinds() {
  static const std::vector<std::string> values = {"concept",    "coding",     "design", "debugging",
                                                  "estimation", "behavioral", "ask"};
  return values;
}

}  // namespace prepkit
