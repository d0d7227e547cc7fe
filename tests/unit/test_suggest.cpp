// Shows how the closest names to a mistyped one are found.
#include <doctest/doctest.h>

#include "base/suggest.h"

using namespace prepkit;

TEST_CASE("edit_distance") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("databse", "database") == 1);
  CHECK(edit_distance("ab", "ba") == 1);  // a swap counts once
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest_matches") {
  const std::vector<std::string> names = {"databases", "apis", "coding", "system-design", "db-acid", "db-acid-basics"};
  CHECK(closest_matches("databse", names) == std::vector<std::string>{"databases"});
  CHECK(closest_matches("db-acid", names) == std::vector<std::string>{"db-acid", "db-acid-basics"});
  CHECK(closest_matches("zzzzzz", names).empty());
  CHECK(did_you_mean("codng", names) == " (did you mean 'coding'?)");
  CHECK(did_you_mean("qqqq", names) == "");
  // Case does not count: what was typed in capitals is still found, and suggested as it is spelt.
  CHECK(did_you_mean("APIS", names) == " (did you mean 'apis'?)");
  CHECK(did_you_mean("DataBse", names) == " (did you mean 'databases'?)");
}
