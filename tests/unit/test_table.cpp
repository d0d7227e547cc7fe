// Shows the exact shape of every listing format, since pipelines depend on it.
#include <doctest/doctest.h>

#include "base/error.h"
#include "output/table.h"

using namespace prepkit;

TEST_CASE("parse_format") {
  CHECK(parse_format("tsv") == Format::tsv);
  CHECK_THROWS_WITH_AS(parse_format("jsn"),
                       "unknown format 'jsn' (did you mean 'json'?) (expected one of: text, json, tsv, md)",
                       UsageError);
}

TEST_CASE("render_table") {
  const Table table{{"name", "count"}, {false, true}, {{"a", "5"}, {"longer", "12"}}};
  CHECK(render_table(table, Format::text) == "a        5\nlonger  12\n");
  CHECK(render_table(table, Format::tsv) == "name\tcount\na\t5\nlonger\t12\n");
  CHECK(render_table(table, Format::json) ==
        "[\n  {\n    \"name\": \"a\",\n    \"count\": 5\n  },\n  {\n    \"name\": \"longer\",\n    \"count\": 12\n  "
        "}\n]\n");
  CHECK(render_table(table, Format::md) == "| name | count |\n|---|---:|\n| a | 5 |\n| longer | 12 |\n");
}

TEST_CASE("render_problems") {
  const std::vector<Diagnostic> problems = {{"b.yaml", 3, 5, "unknown kind 'x'"}};
  CHECK(render_problems(problems, Format::text) == "b.yaml:3:5: unknown kind 'x'\n");
  CHECK(render_problems(problems, Format::tsv) == "file\tline\tcolumn\tmessage\nb.yaml\t3\t5\tunknown kind 'x'\n");
}

TEST_CASE("numeric cells in JSON: whole, decimal, or null when empty") {
  const Table table{{"name", "n"}, {false, true}, {{"whole", "12"}, {"half", "0.5"}, {"none", ""}}};
  CHECK(render_table(table, Format::json) == R"([
  {
    "name": "whole",
    "n": 12
  },
  {
    "name": "half",
    "n": 0.5
  },
  {
    "name": "none",
    "n": null
  }
]
)");
}
