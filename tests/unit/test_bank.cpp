// Shows how bank files load, and the exact message for each kind of mistake in one.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "bank/bank.h"
#include "base/error.h"
#include "helpers.h"

using namespace prepkit;

namespace {

const std::string kData = PREPKIT_TEST_DATA;

const char* const kHeader = "subtopic: databases\ntitle: Databases\narea: design\nquestions:\n";

const char* const kQuestion =
    "  - id: db-acid\n"
    "    prompt: What does ACID promise?\n"
    "    difficulty: easy\n"
    "    kind: concept\n"
    "    minutes: 5\n"
    "    tags: [transactions]\n"
    "    expect: [atomicity, isolation]\n";

// The problems parse_bank finds in `text`, one per line.
std::string problems_in(const std::string& text) {
  BankContent content;
  std::vector<Diagnostic> problems;
  parse_bank(text, "b.yaml", BankLimits{}, content, problems);
  std::string out;
  for (const auto& p : problems) out += p.str() + "\n";
  return out;
}

std::string with(const std::string& from, const std::string& to) {
  std::string text = std::string(kHeader) + kQuestion;
  text.replace(text.find(from), from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("the fixed subtopics and areas") {
  REQUIRE(all_subtopics().size() == 9);
  CHECK(all_subtopics().front().id == "coding");
  CHECK(all_subtopics().back().id == "ask");
  CHECK(find_subtopic("system-design")->area == "design");
  CHECK(find_subtopic("security-testing")->area == "ops");
  CHECK(find_subtopic("nope") == nullptr);
  CHECK(all_areas() == std::vector<std::string>{"coding", "design", "ops", "behavioral", "ask"});
}

TEST_CASE("parse_bank reads a valid question") {
  BankContent content;
  std::vector<Question>& questions = content.questions;
  std::vector<Diagnostic> problems;
  parse_bank(std::string(kHeader) + kQuestion + "    follow_ups: ['What about NoSQL?']\n    estimate: \"1 GB\"\n",
             "b.yaml", BankLimits{}, content, problems);
  CHECK(problems.empty());
  REQUIRE(questions.size() == 1);
  const Question& q = questions[0];
  CHECK(q.id == "db-acid");
  CHECK(q.subtopic == "databases");
  CHECK(q.area == "design");
  CHECK(q.prompt == "What does ACID promise?");
  CHECK(q.difficulty == "easy");
  CHECK(q.kind == "concept");
  CHECK(q.minutes == 5);
  CHECK(q.tags == std::vector<std::string>{"transactions"});
  CHECK(q.expect == std::vector<std::string>{"atomicity", "isolation"});
  CHECK(q.follow_ups == std::vector<std::string>{"What about NoSQL?"});
  CHECK(q.estimate == "1 GB");
  CHECK(q.file == "b.yaml");
  CHECK(q.line == 5);
}

TEST_CASE("parse_bank reports each mistake at its place") {
  SUBCASE("unknown field, with a suggestion") {
    CHECK(problems_in(with("    minutes: 5\n", "    minutes: 5\n    minutess: 6\n")) ==
          "b.yaml:10:5: unknown field 'minutess' in a question (did you mean 'minutes'?)\n");
  }
  SUBCASE("missing field") {
    CHECK(problems_in(with("    kind: concept\n", "")) == "b.yaml:5:5: missing field 'kind' in question 'db-acid'\n");
  }
  SUBCASE("wrong types") {
    CHECK(problems_in(with("[atomicity, isolation]", "atomicity")) ==
          "b.yaml:11:13: 'expect' must be a list, found a single value\n");
    CHECK(problems_in(with("What does ACID promise?", "[a, b]")) ==
          "b.yaml:6:13: 'prompt' must be text, found a list\n");
    CHECK(problems_in(with("[transactions]", "[]")) == "b.yaml:10:11: 'tags' must have at least 1 item\n");
  }
  SUBCASE("unknown values") {
    CHECK(problems_in(with("easy", "esay")) ==
          "b.yaml:7:17: unknown difficulty 'esay' (did you mean 'easy'?) (expected one of: easy, medium, hard)\n");
    CHECK(problems_in(std::string("subtopic: dbs\ntitle: T\narea: design\nquestions: []\n")) ==
          "b.yaml:1:11: unknown subtopic 'dbs' (expected one of: coding, apis, databases, "
          "system-design, performance, security-testing, operations, behavioral, ask)\n");
  }
  SUBCASE("minutes must be a small whole number") {
    for (const char* bad : {"0", "181", "2.5", "-3", "\"5\"", "1e2"}) {
      CAPTURE(bad);
      CHECK(problems_in(with("minutes: 5", std::string("minutes: ") + bad)).find("'minutes' must be a whole number") !=
            std::string::npos);
    }
  }
  SUBCASE("every problem in a file is reported, not just the first") {
    const std::string text = with("    difficulty: easy\n    kind: concept\n", "    difficulty: x\n    kind: y\n");
    CHECK(problems_in(text) ==
          "b.yaml:7:17: unknown difficulty 'x' (expected one of: easy, medium, hard)\n"
          "b.yaml:8:11: unknown kind 'y' (expected one of: concept, coding, design, debugging, estimation, "
          "behavioral, ask)\n");
  }
  SUBCASE("limits") {
    BankLimits limits;
    limits.max_questions_per_file = 1;
    BankContent content;
    std::vector<Diagnostic> problems;
    parse_bank(std::string(kHeader) + kQuestion + with("db-acid", "db-two").substr(std::string(kHeader).size()),
               "b.yaml", limits, content, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].str() == "b.yaml:5:3: too many questions: 2 (the limit is 1 per file)");
    CHECK(problems_in(with("What does ACID promise?", std::string(9000, 'x'))) ==
          "b.yaml:6:13: 'prompt' is too long: 9000 bytes (the limit is 8192)\n");
  }
}

TEST_CASE("the limit on questions in all bank files together") {
  BankLimits limits;
  limits.max_questions = 3;
  const auto bank_of = [](const std::string& first, const std::string& second) {
    std::string text = std::string(kHeader) + kQuestion + kQuestion;
    text.replace(text.find("db-acid"), 7, first);
    text.replace(text.find("db-acid"), 7, second);
    return text;
  };
  const std::string two = bank_of("db-one", "db-two");
  SUBCASE("the questions of the files read before count") {
    BankContent content;
    std::vector<Question>& questions = content.questions;
    std::vector<Diagnostic> problems;
    CHECK(parse_bank(two, "a.yaml", limits, content, problems, 1) == 2);
    CHECK(problems.empty());
    CHECK(questions.size() == 2);
    CHECK(parse_bank(two, "b.yaml", limits, content, problems, 3) == 2);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].str() ==
          "b.yaml:5:3: too many questions: this file brings the total to 5 (the limit is 3 across all bank files)");
    CHECK(questions.size() == 2);  // the file that passes the limit adds none
  }
  SUBCASE("loading stops at the file that passes it, and using the banks is exit 65") {
    test::TempDir dir;
    std::ofstream(dir / "a.yaml") << two;
    std::ofstream(dir / "b.yaml") << bank_of("db-three", "db-four");
    std::ofstream(dir / "c.yaml") << "questions: [never read";
    const std::string message = (dir / "b.yaml").string() +
                                ":5:3: too many questions: this file brings the total to 4 (the limit is 3 across all "
                                "bank files)";
    const BankLoad load = load_banks_collecting({dir.path().string()}, limits);
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].str() == message);
    CHECK(load.files == 2);
    CHECK(load.bank.questions().size() == 2);
    try {
      load_banks({dir.path().string()}, limits);
      FAIL("expected a DiagnosticError");
    } catch (const DiagnosticError& e) {
      CHECK(std::string(e.what()) == message);
      CHECK(e.code() == ExitCode::data);
    }
  }
  SUBCASE("it is 200000, ten times the limit of one file") {
    CHECK(BankLimits{}.max_questions == 200000);
    CHECK(BankLimits{}.max_questions == 10 * BankLimits{}.max_questions_per_file);
  }
}

TEST_CASE("bank_files") {
  SUBCASE("a folder gives its bank files in name order") {
    const auto files = bank_files({kData + "/banks"});
    REQUIRE(files.size() == 5);
    CHECK(files[0].path == kData + "/banks/ask.yaml");
    CHECK(files[0].origin == FileOrigin::found);
    CHECK(files[4].path == kData + "/banks/performance.yaml");
  }
  SUBCASE("a file named, or standard input, is read as the user named it") {
    const auto files = bank_files({kData + "/banks/ask.yaml", "-"});
    REQUIRE(files.size() == 2);
    CHECK(files[0].origin == FileOrigin::named);
    CHECK(files[1].origin == FileOrigin::named);
  }
  SUBCASE("a file named twice is read once: as itself and through its folder, through a link, or stdin") {
    const auto files = bank_files({kData + "/banks/ask.yaml", kData + "/banks", "-", "-"});
    REQUIRE(files.size() == 6);
    CHECK(files[0].path == kData + "/banks/ask.yaml");
    CHECK(files[0].origin == FileOrigin::named);
    CHECK(files[1].path == kData + "/banks/behavioral.yaml");
    CHECK(files[5].path == "-");
    const test::TempDir dir;
    std::filesystem::copy_file(kData + "/banks/ask.yaml", dir / "a.yaml");
    std::filesystem::create_symlink(dir / "a.yaml", dir / "b.yaml");
    std::filesystem::create_hard_link(dir / "a.yaml", dir / "c.yaml");
    const auto linked = bank_files({dir.path().string()});
    REQUIRE(linked.size() == 1);
    CHECK(linked[0].path == (dir / "a.yaml").string());
  }
  SUBCASE("a missing source is exit 66") {
    REQUIRE_THROWS_WITH_AS(bank_files({kData + "/nope.yaml"}),
                           (std::string("cannot open ") + kData + "/nope.yaml: No such file or directory").c_str(),
                           NoInputError);
  }
}

TEST_CASE("load_banks") {
  SUBCASE("the fixture banks load whole") {
    const Bank bank = load_banks({kData + "/banks"});
    CHECK(bank.questions().size() == 14);
    REQUIRE(bank.find("fx-pool-size"));
    CHECK(bank.find("fx-pool-size")->subtopic == "performance");
    CHECK(bank.find("nope") == nullptr);
  }
  SUBCASE("duplicate ids across files name both places") {
    const std::string dir = kData + "/bad/duplicate-id-across";
    REQUIRE_THROWS_WITH_AS(
        load_banks({dir}),
        (dir + "/b.yaml:14:5: duplicate id 'x-shared' (first defined at " + dir + "/a.yaml:5)").c_str(),
        DiagnosticError);
    const BankLoad load = load_banks_collecting({dir});
    CHECK(load.problems.size() == 1);
    CHECK(load.bank.find("x-unique"));
    CHECK(load.bank.find("x-shared") == nullptr);
  }
}

TEST_CASE("replaced_by: a removed id leads to the question that replaced it") {
  const auto load = [](const std::vector<std::pair<std::string, std::string>>& files) {
    BankContent content;
    std::vector<Diagnostic> problems;
    for (const auto& [name, text] : files) parse_bank(text, name, BankLimits{}, content, problems);
    std::string out;
    for (const auto& p : problems) out += p.str() + "\n";
    return std::pair(Bank(std::move(content.questions), std::move(content.redirects)), out);
  };
  const std::string header = "subtopic: databases\ntitle: T\narea: design\n";
  SUBCASE("through a chain, to a question of the bank") {
    const auto [bank, problems] =
        load({{"b.yaml", header + "replaced_by:\n  db-old: db-older\n  db-older: db-acid\n  db-lost: db-nowhere\n" +
                             "questions:\n" + kQuestion}});
    CHECK(problems.empty());
    CHECK(bank.current_id("db-old") == "db-acid");
    CHECK(bank.current_id("db-older") == "db-acid");
    CHECK(bank.current_id("db-lost") == "db-lost");  // leads nowhere in this bank
    CHECK(bank.current_id("db-acid") == "db-acid");
    CHECK(find_question(bank, "db-old").id == "db-acid");
  }
  SUBCASE("what parse_bank refuses") {
    CHECK(problems_in(header + "replaced_by: [db-old]\nquestions: []\n") ==
          "b.yaml:4:14: 'replaced_by' must be a mapping from a removed id to the id that replaces it, found a list\n");
    CHECK(problems_in(header + "replaced_by:\n  Db-Old: db-acid\n  db-same: db-same\nquestions: []\n") ==
          "b.yaml:5:3: invalid id 'Db-Old' in replaced_by (expected lower-case letters, digits and hyphens, starting "
          "with a letter, at most 64 characters)\n"
          "b.yaml:6:12: 'db-same' cannot be replaced by itself\n");
  }
}
