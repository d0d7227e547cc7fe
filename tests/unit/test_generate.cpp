// The generator language: what each directive writes, that a seed always gives the same input,
// and the line and words of every refusal.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "judge/generate.h"

using namespace prepkit;

namespace {

std::string generate(const std::string& source, std::uint64_t seed = 7) { return Generator(source).run(seed); }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<long long> numbers_of(const std::string& line) {
  std::vector<long long> values;
  std::istringstream in(line);
  for (long long v; in >> v;) values.push_back(v);
  return values;
}

std::string refusal(const std::string& source) {
  try {
    Generator(source).run(1, 1000);
  } catch (const GeneratorError& e) {
    return e.what();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("Generator writes what each directive says") {
  SUBCASE("line copies its text and fills {int} and {word} fields") {
    CHECK(generate("line 3 4\nline\nline a {b} c") == "3 4\n\na {b} c\n");
    const auto out = lines_of(generate("line put {int 5 5} {word 3 x}"));
    CHECK(out == std::vector<std::string>{"put 5 xxx"});
  }
  SUBCASE("ints: within the range; sorted and distinct on request; counted puts the count first") {
    const auto values = numbers_of(generate("ints 1000 -3 3"));
    CHECK(values.size() == 1000);
    CHECK(*std::min_element(values.begin(), values.end()) == -3);
    CHECK(*std::max_element(values.begin(), values.end()) == 3);
    const auto sorted = numbers_of(generate("ints 500 1 10^9 sorted distinct"));
    CHECK(std::is_sorted(sorted.begin(), sorted.end()));
    CHECK(std::set<long long>(sorted.begin(), sorted.end()).size() == 500);
    const auto all = numbers_of(generate("ints 10 1 10 distinct"));
    CHECK(std::set<long long>(all.begin(), all.end()) == std::set<long long>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(generate("counted ints 3 4 4") == "3 4 4 4\n");
    CHECK(generate("counted ints 0 1 2\nints 0 1 2") == "0\n\n");
  }
  SUBCASE("perm is a shuffle of FROM..FROM+N-1") {
    auto values = numbers_of(generate("perm 50 1"));
    std::sort(values.begin(), values.end());
    for (int i = 0; i < 50; ++i) CHECK(values[static_cast<std::size_t>(i)] == i + 1);
  }
  SUBCASE("word, words and grid draw from the alphabet") {
    CHECK(generate("word 4 a") == "aaaa\n");
    const auto words = lines_of(generate("counted words 3 2 a-c"));
    REQUIRE(words.size() == 1);
    CHECK(words[0].size() == 10);
    CHECK(words[0].substr(0, 2) == "3 ");
    CHECK(words[0].find_first_not_of("abc 3") == std::string::npos);
    const auto grid = lines_of(generate("grid 3 5 .#"));
    CHECK(grid.size() == 3);
    for (const auto& row : grid) CHECK(row.size() == 5);
  }
  SUBCASE("intervals: a < b inside the range; disjoint ones sorted and apart") {
    const auto spans = lines_of(generate("intervals 200 0 100 sorted"));
    REQUIRE(spans.size() == 200);
    for (const auto& line : spans) {
      const auto ab = numbers_of(line);
      CHECK((0 <= ab[0] && ab[0] < ab[1] && ab[1] <= 100));
    }
    CHECK(std::is_sorted(spans.begin(), spans.end(),
                         [](const auto& x, const auto& y) { return numbers_of(x) < numbers_of(y); }));
    long long last = -1;
    for (const auto& line : lines_of(generate("intervals 40 0 100 disjoint"))) {
      const auto ab = numbers_of(line);
      CHECK(ab[0] > last);
      CHECK(ab[0] < ab[1]);
      last = ab[1];
    }
  }
  SUBCASE("tree and bst: level order with nulls; a bst's in-order values increase") {
    CHECK(generate("counted tree 0 1 9") == "0\n");
    CHECK(generate("counted tree 1 5 5") == "1 5\n");
    const std::string tree = generate("counted bst 200 1 1000");
    std::istringstream in(tree);
    std::vector<std::string> tokens;
    std::string count;
    in >> count;
    for (std::string t; in >> t;) tokens.push_back(t);
    CHECK(std::stoul(count) == tokens.size());
    CHECK(tokens.back() != "null");
    // Rebuild the tree from level order and walk it in order.
    std::vector<long long> value;
    std::vector<std::array<long, 2>> child;
    std::size_t next = 1;
    value.push_back(std::stoll(tokens[0]));
    child.push_back({-1, -1});
    for (std::size_t node = 0; node < value.size(); ++node) {
      for (int side = 0; side < 2 && next < tokens.size(); ++side, ++next) {
        if (tokens[next] == "null") continue;
        child[node][static_cast<std::size_t>(side)] = static_cast<long>(value.size());
        value.push_back(std::stoll(tokens[next]));
        child.push_back({-1, -1});
      }
    }
    CHECK(value.size() == 200);
    std::vector<long long> in_order;
    std::vector<long> stack;
    for (long node = 0; node != -1 || !stack.empty();) {
      for (; node != -1; node = child[static_cast<std::size_t>(node)][0]) stack.push_back(node);
      node = stack.back();
      stack.pop_back();
      in_order.push_back(value[static_cast<std::size_t>(node)]);
      node = child[static_cast<std::size_t>(node)][1];
    }
    CHECK(std::is_sorted(in_order.begin(), in_order.end()));
  }
  SUBCASE("graphs: simple, connected when there are edges enough, acyclic for a dag") {
    const auto graph = lines_of(generate("graph 50 60 1 9"));
    REQUIRE(graph.size() == 61);
    CHECK(graph[0] == "50 60");
    std::set<std::pair<long long, long long>> edges;
    std::vector<int> parent(50);
    for (int i = 0; i < 50; ++i) parent[static_cast<std::size_t>(i)] = i;
    const auto root = [&](int x) {
      while (parent[static_cast<std::size_t>(x)] != x) x = parent[static_cast<std::size_t>(x)];
      return x;
    };
    for (std::size_t i = 1; i < graph.size(); ++i) {
      const auto e = numbers_of(graph[i]);
      REQUIRE(e.size() == 3);
      CHECK(e[0] != e[1]);
      CHECK((e[2] >= 1 && e[2] <= 9));
      CHECK(edges.insert({std::min(e[0], e[1]), std::max(e[0], e[1])}).second);
      parent[static_cast<std::size_t>(root(static_cast<int>(e[0])))] = root(static_cast<int>(e[1]));
    }
    for (int i = 0; i < 50; ++i) CHECK(root(i) == root(0));
    CHECK(lines_of(generate("graph 4 6")).size() == 7);  // every edge there is
    const auto dag = lines_of(generate("dag 30 200"));
    std::vector<std::vector<int>> out(30);
    std::vector<int> indegree(30, 0);
    for (std::size_t i = 1; i < dag.size(); ++i) {
      const auto e = numbers_of(dag[i]);
      out[static_cast<std::size_t>(e[0])].push_back(static_cast<int>(e[1]));
      ++indegree[static_cast<std::size_t>(e[1])];
    }
    std::vector<int> ready;
    for (int v = 0; v < 30; ++v) {
      if (indegree[static_cast<std::size_t>(v)] == 0) ready.push_back(v);
    }
    int sorted = 0;
    while (!ready.empty()) {
      const int v = ready.back();
      ready.pop_back();
      ++sorted;
      for (const int w : out[static_cast<std::size_t>(v)]) {
        if (--indegree[static_cast<std::size_t>(w)] == 0) ready.push_back(w);
      }
    }
    CHECK(sorted == 30);
    const auto digraph = lines_of(generate("digraph 3 6"));
    CHECK(std::set<std::string>(digraph.begin() + 1, digraph.end()).size() == 6);
  }
  SUBCASE("join makes one line of what its block writes") {
    CHECK(generate("join 3\nline (\nend") == "(((\n");
    CHECK(generate("join 1\nline 1\njoin 2\nline  + 2\nend\nend\nline x") == "1 + 2 + 2\nx\n");
  }
  SUBCASE("repeat and pick") {
    CHECK(generate("repeat 2\nline a\nrepeat 2\nline b\nend\nend") == "a\nb\nb\na\nb\nb\n");
    const auto ops = lines_of(generate("pick 100\nline get\nline put\nend"));
    CHECK(ops.size() == 100);
    CHECK(std::count(ops.begin(), ops.end(), "get") > 20);
    CHECK(std::count(ops.begin(), ops.end(), "put") > 20);
  }
  SUBCASE("numbers: powers, products and signs") {
    CHECK(generate("ints 1 10^3 10^3\nints 1 2*10^2 2*10^2\nints 1 -10^9 -10^9") == "1000\n200\n-1000000000\n");
    CHECK(generate("ints 1 -9223372036854775807 -9223372036854775807") == "-9223372036854775807\n");
  }
  SUBCASE("comments and blank lines are skipped") { CHECK(generate("# a comment\n\n  line x  \n") == "x\n"); }
}

TEST_CASE("Generator: the same seed gives the same input, another seed another") {
  const std::string source = "counted ints 100 1 10^9\ngraph 100 300\ncounted tree 100 -5 5\nwords 10 5 a-z";
  CHECK(generate(source, 42) == generate(source, 42));
  CHECK(generate(source, 42) != generate(source, 43));
  // Pinned: the generator's output is part of the bank format, the same on every machine.
  CHECK(generate("ints 5 1 100", 1) == Generator("ints 5 1 100").run(1));
  CHECK(generate("ints 8 0 9", 12345) == "3 0 6 2 3 3 9 4\n");
}

TEST_CASE("Generator refuses what it cannot make, naming the line") {
  CHECK(refusal("ints 3 1") == "line 1: ints needs 3 numbers");
  CHECK(refusal("line x\nfoo 3") ==
        "line 2: unknown directive 'foo' (expected line, ints, perm, word, words, pairs, intervals, tree, bst, graph, "
        "digraph, dag, grid, counted, repeat, pick, join or end)");
  CHECK(refusal("ints 3 5 1") == "line 1: the range 5 to 1 is empty");
  CHECK(refusal("ints 5 1 3 distinct") == "line 1: distinct: the range 1 to 3 holds fewer than 5 numbers");
  CHECK(refusal("ints 10^8 1 3") == "line 1: N must be 0 to 10^7, found 100000000");
  CHECK(refusal("ints x 1 3") == "line 1: ints needs 3 numbers");
  CHECK(refusal("ints 3 1 10^99") == "line 1: expected a whole number such as 100, -5, 10^5 or 2*10^5, found '10^99'");
  CHECK(refusal("ints 3 1 3 shuffled") == "line 1: ints: unexpected 'shuffled'");
  CHECK(refusal("word 3") == "line 1: word needs an alphabet such as a-z");
  CHECK(refusal("word 3 a\u00e9") == "line 1: an alphabet holds printable ASCII characters only");
  CHECK(refusal("graph 4 7") == "line 1: 4 nodes have room for 6 edges, not 7");
  CHECK(refusal("graph 4 3 1") == "line 1: a weight range needs both LO and HI");
  CHECK(refusal("counted pairs 3 1 2") == "line 1: counted goes only before ints, perm, words, tree or bst, not pairs");
  CHECK(refusal("repeat 3\nline a") == "line 1: this block has no 'end'");
  CHECK(refusal("repeat 3\nend") == "line 1: a block needs a directive before its end");
  CHECK(refusal("end") == "line 1: 'end' closes no repeat, pick or join");
  CHECK(refusal("line {int 3}") == "line 1: expected {int LO HI} or {word LEN ALPHABET}, found '{int 3}'");
  CHECK(refusal("line {int 3 4") == "line 1: '{' has no closing '}'");
  CHECK(refusal("ints 600 1 9") == "the input would be larger than 1000 bytes");
  CHECK(refusal("repeat 10^7\nrepeat 10^7\nline x\nend\nend") == "the input would be larger than 1000 bytes");
  std::string deep;
  for (int i = 0; i < 17; ++i) deep += "repeat 1\n";
  CHECK(refusal(deep) == "line 17: blocks nest more than 16 deep");
}
