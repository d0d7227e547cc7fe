#include "star/story.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "base/markdown.h"
#include "base/yaml_tree.h"
#include "star/speech.h"

namespace prepkit {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

const std::vector<Theme> kThemes = {
    {"reliability", "Reliability story"},
    {"conflict", "Team conflict story"},
    {"performance", "Performance improvement story"},
};

// The scaffold's prompts: for each theme ("" is every other theme), one line per part.
struct Prompts {
  std::string_view theme;
  std::array<std::string_view, 4> lines;
};

const std::vector<Prompts> kPrompts = {
    {"",
     {"Where and when: the team, the system, and what was at stake. Two or three sentences.",
      "What you were responsible for, and what a good outcome would look like.",
      "What you did, step by step, and why. Say I rather than we: this is most of the story.",
      "What changed, in numbers where you can (latency, errors, cost, hours saved), and what you learned."}},
    {"reliability",
     {"The incident or the fragile system: what broke or kept breaking, and who felt it.",
      "Your part in it (on call, incident lead, owner of the fix) and what done looked like.",
      "How you found the cause, what you fixed, and what you put in place so it would not happen again.",
      "Before and after: pages, uptime, time to recover, repeat incidents. Then what you would keep doing."}},
    {"conflict",
     {"The disagreement: who was involved, what it was about, and why it mattered to the work.",
      "What you needed to settle or decide, and your role between the people involved.",
      "How you listened, what you proposed, and how you reached agreement. Be fair to the other side.",
      "What was decided, how the work went afterwards (dates, quality, numbers), and how you work together now."}},
    {"performance",
     {"The slow part: which system, which measure (p95 latency, throughput, cost), and its value at the start.",
      "The target you set or were given, and why it mattered to users or the business.",
      "How you measured, what the profile showed, and what you changed, in the order you did it.",
      "The measure before and after, and how you checked that the gain held in production."}},
};

const char* const kIntro =
    "<!-- A STAR story. Tell each part aloud in your own words; `star check` counts the words\n"
    "     under the four headings below and predicts how long they take to say. -->";

std::string_view trim_right(std::string_view text) {
  const auto last = text.find_last_not_of(" \t");
  return last == std::string_view::npos ? std::string_view{} : text.substr(0, last + 1);
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_delimiter(std::string_view line, bool closing) {
  const std::string_view bare = trim_right(line);
  return bare == "---" || (closing && bare == "...");
}

// The index of the line that closes front matter opened on line 0, if any.
std::optional<std::size_t> front_matter_end(const std::vector<std::string_view>& lines) {
  if (lines.empty() || !is_delimiter(lines[0], false)) return std::nullopt;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (is_delimiter(lines[i], true)) return i;
  }
  throw DiagnosticError({"", 1, 1, "the front matter that starts here is never closed (expected a line '---')"});
}

// The part a heading names: its name in any case, singular or plural, alone or followed by
// punctuation ("Result: what changed"), after an optional number ("2. Task").
std::optional<Part> part_of(std::string_view heading) {
  const std::string text = lower_ascii(heading);
  std::size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i > 0) {
    while (i < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ' ')) ++i;
  }
  const std::string_view rest = std::string_view(text).substr(i);
  for (const Part part : kParts) {
    const std::string name = lower_ascii(part_name(part));
    for (const std::string& form : {name + "s", name}) {
      if (rest.substr(0, form.size()) != form) continue;
      const std::string_view after = trim(rest.substr(form.size()));
      if (after.empty() || std::string_view(":-(|/,.\xE2").find(after[0]) != std::string_view::npos) return part;
    }
  }
  return std::nullopt;
}

// Whether `line`, stripped of comment markers, emphasis and quoting, is one of the scaffold's
// prompts for `part`.
bool is_prompt(std::string_view line, Part part) {
  std::string_view text = trim(line);
  if (text.substr(0, 4) == "<!--") text = trim(text.substr(4));
  if (text.size() >= 3 && text.substr(text.size() - 3) == "-->") text = trim(text.substr(0, text.size() - 3));
  if (!text.empty() && text[0] == '>') text = trim(text.substr(1));
  while (text.size() >= 2 && (text.front() == '*' || text.front() == '_') && text.back() == text.front()) {
    text = trim(text.substr(1, text.size() - 2));
  }
  if (text.empty()) return false;
  return std::any_of(kPrompts.begin(), kPrompts.end(),
                     [&](const Prompts& p) { return p.lines[static_cast<std::size_t>(part)] == text; });
}

[[noreturn]] void bad(const std::string& file, const YamlNode& node, const std::string& message) {
  throw DiagnosticError({file, node.line, node.column, message});
}

std::string scalar_text(const std::string& file, const YamlNode& node, const char* key) {
  if (node.type == YamlNode::Type::null) return "";
  if (node.type != YamlNode::Type::scalar)
    bad(file, node, fmt::format("'{}' must be text, found {}", key, node.type_name()));
  std::string text(trim(node.text));
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// Fills `note` from the front matter `yaml`, whose lines are numbered as in the file (its first
// line, the opening '---', is blank).
void read_front_matter(std::string_view yaml, const std::string& file, StoryNote& note) {
  YamlLimits limits;
  limits.max_depth = 8;
  limits.allow_empty = true;
  const YamlNode root = parse_yaml(yaml, file, limits);
  if (root.type == YamlNode::Type::null) return;
  if (root.type != YamlNode::Type::map) {
    bad(file, root, "the front matter must be keys and values, such as 'title: ...' and 'target: 180'");
  }
  for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
    const std::string& key = root.children[i].text;
    const YamlNode& value = root.children[i + 1];
    if (key == "title") {
      note.title = scalar_text(file, value, "title");
    } else if (key == "theme") {
      note.theme = scalar_text(file, value, "theme");
    } else if (key == "target") {
      const auto seconds = value.type == YamlNode::Type::scalar ? parse_duration(value.text) : std::nullopt;
      if (!seconds || *seconds < kMinTargetSeconds || *seconds > kMaxTargetSeconds) {
        bad(file, value,
            fmt::format("'target' must be seconds (such as 180) or minutes and seconds (such as 3:00), from {} to {}",
                        format_duration(kMinTargetSeconds), format_duration(kMaxTargetSeconds)));
      }
      note.target_seconds = static_cast<int>(*seconds);
      note.target_line = root.children[i].line;
    } else if (key == "created") {
      if (value.type == YamlNode::Type::null) continue;
      if (value.type != YamlNode::Type::scalar) bad(file, value, "'created' must be a date as YYYY-MM-DD");
      if (const auto problem = date_problem(value.text); !problem.empty()) bad(file, value, "'created': " + problem);
      note.created = parse_date(value.text);
    } else if (key == "tags") {
      std::vector<std::string> tags;
      if (value.type == YamlNode::Type::sequence) {
        for (const YamlNode& item : value.children) {
          if (item.type != YamlNode::Type::scalar) bad(file, item, "each tag must be a single word or phrase");
          tags.emplace_back(trim(item.text));
        }
      } else if (value.type == YamlNode::Type::scalar) {
        std::string_view rest = value.text;
        while (!rest.empty()) {
          const auto comma = std::min(rest.find(','), rest.size());
          tags.emplace_back(trim(rest.substr(0, comma)));
          rest = comma < rest.size() ? rest.substr(comma + 1) : std::string_view{};
        }
      } else if (value.type != YamlNode::Type::null) {
        bad(file, value, "'tags' must be a list, such as [latency, caching]");
      }
      std::erase_if(tags, [](const std::string& tag) { return tag.empty(); });
      note.tags = std::move(tags);
    }
    // Other keys belong to the user: read past, and kept by every rewrite.
  }
}

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Accented Latin letters and the ASCII they become in a slug.
const std::vector<std::pair<std::string_view, std::string_view>> kTransliterations = {
    {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"},  {"å", "a"},  {"ą", "a"}, {"À", "a"},  {"Á", "a"},
    {"Â", "a"}, {"Ã", "a"}, {"Ä", "a"}, {"Å", "a"}, {"æ", "ae"}, {"Æ", "ae"}, {"ç", "c"}, {"ć", "c"},  {"č", "c"},
    {"Ç", "c"}, {"Č", "c"}, {"è", "e"}, {"é", "e"}, {"ê", "e"},  {"ë", "e"},  {"ę", "e"}, {"ě", "e"},  {"È", "e"},
    {"É", "e"}, {"Ê", "e"}, {"Ë", "e"}, {"ğ", "g"}, {"ì", "i"},  {"í", "i"},  {"î", "i"}, {"ï", "i"},  {"ı", "i"},
    {"Í", "i"}, {"Î", "i"}, {"ł", "l"}, {"Ł", "l"}, {"ñ", "n"},  {"ń", "n"},  {"Ñ", "n"}, {"ò", "o"},  {"ó", "o"},
    {"ô", "o"}, {"õ", "o"}, {"ö", "o"}, {"ø", "o"}, {"Ó", "o"},  {"Ö", "o"},  {"Ø", "o"}, {"œ", "oe"}, {"ř", "r"},
    {"ś", "s"}, {"š", "s"}, {"ş", "s"}, {"Š", "s"}, {"ß", "ss"}, {"ù", "u"},  {"ú", "u"}, {"û", "u"},  {"ü", "u"},
    {"ů", "u"}, {"Ú", "u"}, {"Ü", "u"}, {"ý", "y"}, {"ÿ", "y"},  {"ź", "z"},  {"ż", "z"}, {"ž", "z"},  {"Ž", "z"},
};

}  // namespace

std::string_view part_name(Part part) {
  switch (part) {
  case Part::situation: return "Situation";
  case Part::task: return "Task";
  case Part::action: return "Action";
  case Part::result: return "Result";
  }
  return "?";
}

const std::vector<Theme>& recommended_themes() { return kThemes; }

std::size_t StoryNote::words() const {
  std::size_t total = 0;
  for (const auto& section : sections) {
    if (section) total += section->words;
  }
  return total;
}

StoryNote parse_story(std::string_view text, const std::string& file, std::string_view fallback_title) {
  if (auto problem = check_utf8(text, file)) throw DiagnosticError(*problem);
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  StoryNote note;
  note.file = file;
  const auto lines = split_lines(text);
  std::size_t first = 0;
  std::optional<std::size_t> end;
  try {
    end = front_matter_end(lines);
  } catch (const DiagnosticError& e) {
    throw DiagnosticError({file, 1, 1, e.diagnostic().message});
  }
  if (end) {
    std::string yaml = "\n";  // the opening line, so that positions are the file's
    for (std::size_t i = 1; i < *end; ++i) {
      yaml += lines[i];
      yaml += '\n';
    }
    read_front_matter(yaml, file, note);
    note.has_front_matter = true;
    first = *end + 1;
  }

  std::string first_title;
  bool section_seen = false;
  constexpr std::size_t kNone = 4;
  std::size_t current = kNone;  // the part whose section is being read
  std::array<std::string, 4> raw;
  MarkdownScanner scanner;
  for (std::size_t i = first; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const int number = static_cast<int>(i) + 1;
    if (scanner.scan(line).kind == LineKind::heading) {
      const auto heading = atx_heading(line);
      const auto part = part_of(heading->text);
      if (heading->level <= 2) {
        if (heading->level == 2 && part) {
          auto& section = note.sections[static_cast<std::size_t>(*part)];
          if (section) {
            section->repeats.push_back(number);
          } else {
            section = StorySection{number, "", 0, {}};
          }
          current = static_cast<std::size_t>(*part);
          section_seen = true;
          continue;
        }
        current = kNone;
        if (heading->level == 1 && !section_seen && first_title.empty()) first_title = heading->text;
      }
      if (part && heading->level != 2) note.stray_headings.push_back({*part, number, heading->level});
    }
    if (current != kNone) {
      raw[current] += line;
      raw[current] += '\n';
    }
  }

  for (const Part part : kParts) {
    auto& section = note.sections[static_cast<std::size_t>(part)];
    if (!section) continue;
    std::string kept;
    for (const auto line : split_lines(raw[static_cast<std::size_t>(part)])) {
      if (is_prompt(line, part)) continue;
      kept += line;
      kept += '\n';
    }
    section->text = std::move(kept);
    section->words = count_words(section->text);
  }
  if (note.title.empty()) note.title = first_title.empty() ? std::string(fallback_title) : first_title;
  return note;
}

std::string_view section_prompt(Part part, std::string_view theme) {
  const std::string id = lower_ascii(theme);
  for (const auto& prompts : kPrompts) {
    if (prompts.theme == id) return prompts.lines[static_cast<std::size_t>(part)];
  }
  return kPrompts.front().lines[static_cast<std::size_t>(part)];
}

std::string scaffold_story(const NewStory& story) {
  std::string out = "---\n";
  out += fmt::format("title: {}\n", yaml_scalar(story.title));
  out += story.theme.empty() ? "theme:\n" : fmt::format("theme: {}\n", yaml_scalar(story.theme));
  out += fmt::format("target: {}\n", story.target_seconds);
  out += fmt::format("created: {}\n", format_date(story.created));
  out += "tags: []\n---\n\n";
  out += kIntro;
  out += "\n";
  for (const Part part : kParts) {
    out += fmt::format("\n## {}\n\n<!-- {} -->\n", part_name(part), section_prompt(part, story.theme));
  }
  return out;
}

std::string slugify(std::string_view title) {
  std::string slug;
  bool dash = false;
  const auto add = [&](std::string_view piece) {
    if (dash && !slug.empty()) slug += '-';
    dash = false;
    slug += piece;
  };
  for (std::size_t i = 0; i < title.size();) {
    const char c = title[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      if (is_ascii_alnum(c)) {
        add(std::string(1, c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c));
      } else if (c != '\'') {
        dash = true;
      }
      ++i;
      continue;
    }
    std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    length = std::min(length, title.size() - i);
    const std::string_view piece = title.substr(i, length);
    i += length;
    if (piece == "\u2019") continue;  // a typographic apostrophe joins, as ' does
    const auto known = std::find_if(kTransliterations.begin(), kTransliterations.end(),
                                    [&](const auto& t) { return t.first == piece; });
    if (known != kTransliterations.end()) {
      add(known->second);
    } else if (split_words(piece).empty()) {
      dash = true;  // punctuation, spaces and symbols
    } else {
      add(piece);
    }
  }
  constexpr std::size_t kMax = 60;
  if (slug.size() > kMax) {
    std::size_t cut = slug.rfind('-', kMax);
    if (cut == std::string::npos || cut < kMax / 2) {
      cut = kMax;
      while (cut > 0 && (static_cast<unsigned char>(slug[cut]) & 0xC0u) == 0x80u) --cut;
    }
    slug.resize(cut);
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string title_from_slug(std::string_view slug) {
  std::string title(slug);
  std::replace(title.begin(), title.end(), '-', ' ');
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

std::string yaml_scalar(std::string_view text) {
  const std::string lower = lower_ascii(text);
  const std::vector<std::string_view> special = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"};
  bool plain = !text.empty() && text == trim(text) &&
               std::string_view("-?:,[]{}#&*!|>'\"%@`.+0123456789").find(text[0]) == std::string_view::npos;
  plain = plain && text.find(": ") == std::string_view::npos && text.find(" #") == std::string_view::npos &&
          text.back() != ':' && std::find(special.begin(), special.end(), lower) == special.end();
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) plain = false;
  }
  if (plain) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
        out += fmt::format("\\x{:02x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
      } else {
        out += c;
      }
    }
  }
  return out + "\"";
}

std::string update_front_matter(std::string_view text, const std::vector<FrontMatterChange>& changes) {
  const bool bom = text.substr(0, kBom.size()) == kBom;
  const std::string_view body = text.substr(bom ? kBom.size() : 0);
  // Each line with its own ending, so untouched lines are copied byte for byte.
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < body.size();) {
    const std::size_t end = std::min(body.find('\n', start), body.size() - 1) + 1;
    lines.emplace_back(body.substr(start, end - start));
    start = end;
  }
  const auto first_newline = body.find('\n');
  const std::string eol =
      first_newline != std::string_view::npos && first_newline > 0 && body[first_newline - 1] == '\r' ? "\r\n" : "\n";
  const auto content = [](const std::string& line) {
    std::string_view view = line;
    if (!view.empty() && view.back() == '\n') view.remove_suffix(1);
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    return view;
  };
  const auto ending = [&](const std::string& line) { return line.substr(content(line).size()); };
  const auto entry = [](const FrontMatterChange& change) {
    return change.value.empty() ? change.key + ":" : change.key + ": " + change.value;
  };

  std::vector<std::string_view> views;
  for (const auto& line : lines) views.push_back(content(line));
  std::optional<std::size_t> end;
  try {
    end = front_matter_end(views);
  } catch (const DiagnosticError& e) {
    throw DiagnosticError({"", 1, 1, e.diagnostic().message});
  }
  std::string out = bom ? std::string(kBom) : std::string();
  if (!end) {
    out += "---" + eol;
    for (const auto& change : changes) out += entry(change) + eol;
    out += "---" + eol;
    if (!body.empty() && body[0] != '\n' && body.substr(0, 2) != "\r\n") out += eol;
    out += body;
    return out;
  }
  std::size_t close = *end;
  for (const auto& change : changes) {
    std::optional<std::size_t> found;
    for (std::size_t i = 1; i < close; ++i) {
      const std::string_view line = content(lines[i]);
      if (line.substr(0, change.key.size()) == change.key && line.size() > change.key.size() &&
          line[change.key.size()] == ':' &&
          (line.size() == change.key.size() + 1 || line[change.key.size() + 1] == ' ' ||
           line[change.key.size() + 1] == '\t')) {
        found = i;
        break;
      }
    }
    if (!found) {
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(close), entry(change) + eol);
      ++close;
      continue;
    }
    // The value's extent: the key's line and the indented or "- " lines that continue it.
    std::size_t last = *found + 1;
    while (last < close) {
      const std::string_view line = content(lines[last]);
      if (line.empty() || !(line[0] == ' ' || line[0] == '\t' || line == "-" || line.substr(0, 2) == "- ")) break;
      ++last;
    }
    // A one-line value keeps its trailing comment.
    std::string comment;
    if (last == *found + 1) {
      const std::string_view line = content(lines[*found]);
      char quote = 0;
      for (std::size_t i = change.key.size() + 1; i < line.size(); ++i) {
        if (quote) {
          if (line[i] == quote) quote = 0;
        } else if (line[i] == '"' || line[i] == '\'') {
          quote = line[i];
        } else if (line[i] == '#' && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
          std::size_t from = i;
          while (from > 0 && (line[from - 1] == ' ' || line[from - 1] == '\t')) --from;
          comment = std::string(line.substr(from));
          break;
        }
      }
    }
    const std::string replacement = entry(change) + comment + std::string(ending(lines[last - 1]));
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(*found + 1),
                lines.begin() + static_cast<std::ptrdiff_t>(last));
    lines[*found] = replacement;
    close -= last - *found - 1;
  }
  for (const auto& line : lines) out += line;
  return out;
}

}  // namespace prepkit
