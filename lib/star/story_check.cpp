#include "star/story_check.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "star/speech.h"

namespace prepkit {

namespace {

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "once", "twice", "3 times", "not at all".
std::string times(std::size_t n) {
  if (n == 0) return "not at all";
  if (n == 1) return "once";
  if (n == 2) return "twice";
  return fmt::format("{} times", n);
}

const std::vector<std::string_view> kNumberWords = {
    "zero",     "one",       "two",      "three",   "four",    "five",     "six",      "seven",     "eight",
    "nine",     "ten",       "eleven",   "twelve",  "fifteen", "twenty",   "thirty",   "forty",     "fifty",
    "sixty",    "seventy",   "eighty",   "ninety",  "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion",   "half",     "halved",  "halve",   "double",   "doubled",  "twice",     "triple",
    "tripled",  "threefold", "fourfold", "tenfold", "quarter", "third",    "percent",  "dozen",     "dozens",
};

Diagnostic at(const StoryNote& note, int line, std::string message) {
  return {note.file, line, line > 0 ? 1 : 0, std::move(message)};
}

}  // namespace

Pronouns count_pronouns(std::string_view markdown) {
  Pronouns counts;
  const std::string spoken = spoken_text(markdown);
  for (const auto word : split_words(spoken)) {
    std::string w = lower(word);
    // "I'm", "we've": the pronoun is the part before the apostrophe.
    for (const std::string_view apostrophe : {"'", "\u2019"}) {
      const auto cut = w.find(apostrophe);
      if (cut != std::string::npos) w.resize(cut);
    }
    if ((w == "i" && word[0] == 'I') || w == "me" || w == "my" || w == "mine" || w == "myself") {
      ++counts.singular;
    } else if (w == "we" || (w == "us" && word != "US") || w == "our" || w == "ours" || w == "ourselves") {
      ++counts.plural;
    }
  }
  return counts;
}

bool has_number(std::string_view markdown) {
  const std::string spoken = spoken_text(markdown);
  for (const auto word : split_words(spoken)) {
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    const std::string w = lower(word);
    if (std::find(kNumberWords.begin(), kNumberWords.end(), w) != kNumberWords.end()) return true;
  }
  return false;
}

StoryCheck check_story(const StoryNote& note, int rate) {
  StoryCheck check;
  check.rate = rate;
  check.target_seconds = note.target_seconds;
  for (const Part part : kParts) {
    const auto i = static_cast<std::size_t>(part);
    const auto& section = note.section(part);
    check.words[i] = section ? section->words : 0;
    check.seconds[i] = speaking_seconds(check.words[i], rate);
    check.total_words += check.words[i];
  }
  check.predicted_seconds = speaking_seconds(check.total_words, rate);
  auto& findings = check.findings;
  const auto add = [&](const char* code, int line, std::string message) {
    findings.push_back({code, at(note, line, std::move(message))});
  };

  bool complete = true;
  for (const Part part : kParts) {
    const std::string_view name = part_name(part);
    const auto& section = note.section(part);
    if (!section) {
      complete = false;
      const auto stray = std::find_if(note.stray_headings.begin(), note.stray_headings.end(),
                                      [&](const StrayHeading& h) { return h.part == part; });
      if (stray != note.stray_headings.end()) {
        add("missing-section", stray->line,
            fmt::format("no {0} section: this heading is level {1}, a section needs level 2 ('## {0}')", name,
                        stray->level));
      } else {
        add("missing-section", 0, fmt::format("no {0} section (expected a heading '## {0}')", name));
      }
      continue;
    }
    for (const int line : section->repeats) {
      add("repeated-section", line,
          fmt::format("a second {} heading: its text is counted with the first, at line {}", name, section->line));
    }
    if (section->words == 0) {
      complete = false;
      add("empty-section", section->line, fmt::format("{} is empty", name));
    }
  }

  if (check.predicted_seconds > note.target_seconds) {
    const long over = check.predicted_seconds - note.target_seconds;
    const long cut = (over * rate + 59) / 60;
    add("over-target", note.target_line,
        fmt::format("about {} to say, {} over the {} target: cut about {} words",
                    format_duration(check.predicted_seconds), format_duration(over),
                    format_duration(note.target_seconds), cut));
  }

  const auto& result = note.section(Part::result);
  if (result && result->words > 0 && !has_number(result->text)) {
    add("no-number", result->line,
        "Result has no number: say what changed in a way one can measure (\"p95 fell from 900 ms to 300 ms\")");
  }

  const auto& action = note.section(Part::action);
  if (action && action->words > 0) {
    const Pronouns said = count_pronouns(action->text);
    if (said.plural >= 2 && said.plural > said.singular) {
      add("we-not-i", action->line,
          fmt::format("Action says \"we\" {} and \"I\" {}: tell what you did yourself", times(said.plural),
                      times(said.singular)));
    }
  }

  if (complete) {
    const std::size_t setup = check.words[0] + check.words[1];
    const double share = static_cast<double>(setup) / static_cast<double>(check.total_words);
    if (share > kMaxSetupShare) {
      add("long-setup", note.section(Part::situation)->line,
          fmt::format("Situation and Task are {}% of the story: keep the setup to about a third",
                      static_cast<int>(std::lround(share * 100))));
    }
    const std::size_t action_words = check.words[2];
    std::size_t largest = 0;  // of the other three parts
    for (const std::size_t i : {std::size_t{1}, std::size_t{3}}) {
      if (check.words[i] > check.words[largest]) largest = i;
    }
    if (action_words <= check.words[largest]) {
      add("short-action", action->line,
          fmt::format("Action ({} words) should be the largest part, but {} has {}", action_words,
                      part_name(kParts[largest]), check.words[largest]));
    }
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.where.line < b.where.line; });
  return check;
}

}  // namespace prepkit
