#include "estimate/sheet.h"

#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "base/lines.h"
#include "base/suggest.h"
#include "base/yaml_tree.h"
#include "estimate/expression.h"

namespace prepkit {

namespace {

constexpr std::size_t kMaxValues = 1000;

bool valid_name(const std::string& name) {
  if (name.empty() || name.size() > 64 || !(std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_')) {
    return false;
  }
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

// "; did you mean 'links', 'Mbps'?" for an unknown `name`: the sheet's names (`index`) and units
// spelt like it, or "".
std::string suggestions(const std::string& name, const std::map<std::string, std::size_t>& index,
                        const std::vector<std::string>& extra_nouns) {
  std::vector<std::string> names;
  for (const auto& [known, at] : index) names.push_back(known);
  std::vector<std::string> found = closest_matches(name, names, 3);
  for (const auto& unit : suggest_units(name, extra_nouns)) {
    if (found.size() < 3 && std::find(found.begin(), found.end(), unit) == found.end()) found.push_back(unit);
  }
  if (found.empty()) return "";
  return fmt::format("; did you mean '{}'?", fmt::join(found, "', '"));
}

struct Entry {
  std::string name;
  std::string text;
  const YamlNode* node;
  std::optional<Expression> expression;
  std::vector<std::string> depends;  // the sheet names it uses
};

}  // namespace

std::vector<SheetValue> evaluate_sheet(std::string_view text, const std::string& file,
                                       const std::vector<std::string>& extra_nouns) {
  const YamlNode root = parse_yaml(text, file);
  const auto fail = [&](const YamlNode& node, const std::string& message) {
    throw DiagnosticError({file, node.line, node.column, message});
  };
  if (root.type != YamlNode::Type::map) fail(root, "expected a mapping of names to values, one per line");
  if (root.children.size() / 2 > kMaxValues) fail(root, fmt::format("too many values (the limit is {})", kMaxValues));

  std::vector<Entry> entries;
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
    const YamlNode& key = root.children[i];
    const YamlNode& value = root.children[i + 1];
    if (key.text == "x") fail(key, "'x' means multiplication: choose another name");
    if (key.text == "per") fail(key, "'per' means division: choose another name");
    if (!valid_name(key.text)) {
      fail(key,
           fmt::format("invalid name '{}' (expected lower-case letters, digits and underscores)", excerpt(key.text)));
    }
    // A name may reuse a count noun (`links: 100M`) or rate (`qps: 1M req/day`), but not another
    // unit or a magnitude.
    if (const auto unit = find_unit(key.text, extra_nouns); unit && !unit->noun && unit->counts.empty()) {
      fail(key, fmt::format("'{}' is a unit: choose another name", excerpt(key.text)));
    }
    if (value.type != YamlNode::Type::scalar || value.text.empty()) {
      fail(value, fmt::format("'{}' must be an expression such as 100M or 'links * 500 B'", key.text));
    }
    index[key.text] = entries.size();
    entries.push_back({key.text, value.text, &value, std::nullopt, {}});
  }
  for (auto& entry : entries) {
    try {
      entry.expression = Expression::parse(entry.text);
    } catch (const DataError& e) {
      fail(*entry.node, fmt::format("{}: {}", entry.name, e.what()));
    }
    for (const auto& name : entry.expression->names()) {
      if (index.count(name)) {
        entry.depends.push_back(name);
      } else if (!find_unit(name, extra_nouns)) {
        fail(*entry.node, fmt::format("{}: unknown name '{}' (neither a value of this sheet nor a unit){}", entry.name,
                                      excerpt(name), suggestions(name, index, extra_nouns)));
      }
    }
  }

  // Depth-first evaluation in dependency order, reporting the first cycle found.
  std::map<std::string, Quantity> values;
  std::vector<int> state(entries.size(), 0);  // 0 new, 1 in progress, 2 done
  std::vector<std::string> path;
  const std::function<void(std::size_t)> visit = [&](std::size_t i) {
    Entry& entry = entries[i];
    if (state[i] == 2) return;
    if (state[i] == 1) {
      const auto start = std::find(path.begin(), path.end(), entry.name);
      std::vector<std::string> cycle(start, path.end());
      cycle.push_back(entry.name);
      fail(*entries[index[cycle.front()]].node, fmt::format("cycle: {}", fmt::join(cycle, " -> ")));
    }
    state[i] = 1;
    path.push_back(entry.name);
    for (const auto& name : entry.depends) visit(index[name]);
    path.pop_back();
    Scope scope{extra_nouns, &values};
    try {
      Quantity q = entry.expression->evaluate(scope);
      q.label.clear();
      values[entry.name] = q;
    } catch (const DataError& e) {
      fail(*entry.node, fmt::format("{}: {}", entry.name, e.what()));
    }
    state[i] = 2;
  };
  for (std::size_t i = 0; i < entries.size(); ++i) visit(i);

  std::vector<SheetValue> result;
  for (const auto& entry : entries) {
    std::vector<std::string> warnings;
    for (const auto& warning : entry.expression->warnings(Scope{extra_nouns, &values})) {
      warnings.push_back(fmt::format("{}:{}:{}: {}", file, entry.node->line, entry.node->column, warning));
    }
    result.push_back({entry.name, entry.text, values[entry.name], entry.node->line, std::move(warnings)});
  }
  return result;
}

}  // namespace prepkit
