// Shows that the bank image keeps every question whole, finds questions by id and tag, and that
// damage is caught: anywhere in the index when the image is opened, in a question's own block when
// that question is decoded. A damaged block in the cache costs a read of the bank file, not a wrong
// question.
#include <doctest/doctest.h>

#include <fstream>
#include <stdexcept>

#include "bank/bank_cache.h"
#include "bank/bank_image.h"
#include "base/files.h"
#include "helpers.h"

using namespace prepkit;

namespace {

const std::string kData = PREPKIT_TEST_DATA;

void check_same(const Question& a, const Question& b) {
  CHECK(a.id == b.id);
  CHECK(a.subtopic == b.subtopic);
  CHECK(a.area == b.area);
  CHECK(a.prompt == b.prompt);
  CHECK(a.difficulty == b.difficulty);
  CHECK(a.kind == b.kind);
  CHECK(a.minutes == b.minutes);
  CHECK(a.tags == b.tags);
  CHECK(a.expect == b.expect);
  CHECK(a.follow_ups == b.follow_ups);
  CHECK(a.estimate == b.estimate);
  CHECK(a.code == b.code);
  CHECK(a.sources == b.sources);
  CHECK(a.file == b.file);
  CHECK(a.line == b.line);
  CHECK(a.column == b.column);
  CHECK(a.judging.judged() == b.judging.judged());
  CHECK(a.judging.cases.size() == b.judging.cases.size());
  CHECK(a.judging.stress.size() == b.judging.stress.size());
}

}  // namespace

TEST_CASE("the bank image") {
  const BankLoad load = load_banks_collecting({kData + "/banks"});
  REQUIRE(load.problems.empty());
  const std::vector<Question>& questions = load.bank.questions();
  REQUIRE(questions.size() == 14);
  const std::vector<Redirect> redirects = {{"fx-gone", "fx-two-sum", "coding.yaml", 7, 3}};
  const std::string bytes = encode_bank_image(questions, redirects);
  const auto image = BankImage::open(bytes);
  REQUIRE(image);

  SUBCASE("every question reads back whole, its index record agreeing") {
    REQUIRE(image->size() == questions.size());
    for (std::size_t i = 0; i < questions.size(); ++i) {
      const Question& q = questions[i];
      const QuestionInfo info = image->info(i);
      CHECK(info.index == i);
      CHECK(info.id == q.id);
      CHECK(info.subtopic->id == q.subtopic);
      CHECK(info.area() == q.area);
      CHECK(info.difficulty_name() == q.difficulty);
      CHECK(info.kind_name() == q.kind);
      CHECK(info.minutes == q.minutes);
      CHECK(info.judged == q.judging.judged());
      CHECK(image->file(info.file) == q.file);
      std::vector<std::string> tags;
      for (std::uint32_t t = 0; t < info.tags.size(); ++t) tags.emplace_back(image->tag(info.tags[t]));
      CHECK(tags == q.tags);
      const auto decoded = image->decode(i);
      REQUIRE(decoded);
      check_same(*decoded, q);
    }
    CHECK(std::count_if(questions.begin(), questions.end(), [](const Question& q) { return q.judging.judged(); }) > 0);
    REQUIRE(image->redirects().size() == 1);
    CHECK(image->redirects()[0].from == "fx-gone");
    CHECK(image->redirects()[0].to == "fx-two-sum");
    CHECK(image->redirects()[0].file == "coding.yaml");
    CHECK(image->redirects()[0].line == 7);
    CHECK(image->redirects()[0].column == 3);
  }
  SUBCASE("ids and tags are found by name") {
    for (std::size_t i = 0; i < questions.size(); ++i) CHECK(image->index_of(questions[i].id) == i);
    CHECK_FALSE(image->index_of("fx-none"));
    CHECK_FALSE(image->index_of(""));
    CHECK_FALSE(image->index_of("zzz"));
    REQUIRE(image->tag_count() > 1);
    for (std::uint32_t t = 0; t < image->tag_count(); ++t) {
      CHECK(image->tag_id(image->tag(t)) == t);
      if (t > 0) CHECK(image->tag(t - 1) < image->tag(t));
    }
    CHECK_FALSE(image->tag_id("no-such-tag"));
  }
  SUBCASE("of two questions with one id, the first is found") {
    std::vector<Question> twice = {questions[3], questions[1], questions[3]};
    twice[2].prompt = "the second";
    const std::string data = encode_bank_image(twice, {});
    const auto both = BankImage::open(data);
    REQUIRE(both);
    CHECK(both->index_of(questions[3].id) == 0);
  }
  SUBCASE("a changed byte before the blocks is caught: by open() or by the index's checksum") {
    const std::size_t first_block = bytes.find(questions[0].prompt) - 4;
    REQUIRE(first_block < bytes.size());
    for (std::size_t i = 0; i < first_block; i += 5) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(damaged[i] ^ 0x21);
      const auto opened = BankImage::open(damaged);
      CHECK((!opened || !opened->index_intact()));
    }
    CHECK(image->index_intact());
  }
  SUBCASE("a changed id is caught by its record's own checksum, which taking that question checks") {
    std::string damaged = bytes;
    const std::size_t at = damaged.find("fx-pool-size");
    REQUIRE(at != std::string::npos);
    damaged[at + 3] = 'q';
    const auto opened = BankImage::open(damaged);
    REQUIRE(opened);
    CHECK_FALSE(opened->index_intact());
    const std::size_t k = *image->index_of("fx-pool-size");
    CHECK_FALSE(opened->record_intact(k));
    CHECK_FALSE(opened->decode(k));
    CHECK_FALSE(opened->index_of("fx-pool-size"));
    CHECK_FALSE(opened->index_of("fx-qool-size"));
    for (std::size_t i = 0; i < questions.size(); ++i) {
      if (i != k) CHECK(opened->record_intact(i));
    }
    CHECK(opened->decode(k == 0 ? 1 : 0));
  }
  SUBCASE("a changed byte in a question's block is caught when that question is decoded") {
    std::string damaged = bytes;
    const std::size_t at = damaged.find(questions[5].prompt);
    REQUIRE(at != std::string::npos);
    damaged[at + 3] = static_cast<char>(damaged[at + 3] ^ 0x21);
    const auto opened = BankImage::open(damaged);
    REQUIRE(opened);
    CHECK_FALSE(opened->decode(5));
    CHECK(opened->decode(4));
    CHECK(opened->decode(6));
    CHECK(opened->info(5).id == questions[5].id);
  }
  SUBCASE("a truncated image, or one with bytes after it, is refused") {
    for (std::size_t size = 0; size < bytes.size(); size += 11) CHECK_FALSE(BankImage::open(bytes.substr(0, size)));
    CHECK_FALSE(BankImage::open(bytes + "x"));
  }
  SUBCASE("an image of no questions") {
    const std::string data = encode_bank_image({}, {});
    const auto empty = BankImage::open(data);
    REQUIRE(empty);
    CHECK(empty->size() == 0);
    CHECK_FALSE(empty->index_of("fx-two-sum"));
    CHECK(Bank().size() == 0);
    CHECK(Bank().find("fx-two-sum") == nullptr);
  }
  SUBCASE("a question with a value outside the fixed lists cannot be laid out") {
    std::vector<Question> odd = {questions[0]};
    odd[0].difficulty = "trivial";
    CHECK_THROWS_AS(encode_bank_image(odd, {}), std::invalid_argument);
    odd = {questions[0]};
    odd[0].subtopic = "cooking";
    CHECK_THROWS_AS(encode_bank_image(odd, {}), std::invalid_argument);
    odd = {questions[0]};
    odd[0].kind = "riddle";
    CHECK_THROWS_AS(encode_bank_image(odd, {}), std::invalid_argument);
  }
}

TEST_CASE("Bank decodes a question once, when it is first asked for") {
  const Bank bank = load_banks({kData + "/banks"});
  const Question* first = bank.find("fx-pool-size");
  REQUIRE(first);
  CHECK(first == bank.find("fx-pool-size"));
  CHECK(first == &bank.question(*bank.index_of("fx-pool-size")));
  CHECK(first->prompt == "Size a connection pool for 2000 requests per second at 50 ms each.");
  CHECK(bank.current_id("fx-two-sum-hash") == "fx-two-sum");
  CHECK(bank.current_id("fx-pool-size") == "fx-pool-size");
}

TEST_CASE("a bank mapped from a damaged cache reads its files again, and the cache is rebuilt") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "banks");
  std::filesystem::copy_file(kData + "/banks/performance.yaml", dir / "banks/performance.yaml");
  const std::vector<std::string> sources = {(dir / "banks").string()};
  const auto cache = dir / "cache";
  const std::vector<std::string> expected = load_banks(sources).ids();
  load_banks_cached(sources, cache);
  const auto path = std::filesystem::directory_iterator(cache)->path();
  const std::string clean = read_file(path.string(), 1u << 20u);
  const auto damage = [&](std::string_view what, char with) {
    std::string data = clean;
    const std::size_t at = data.find(what);
    REQUIRE(at != std::string::npos);
    data[at] = with;
    std::ofstream(path, std::ios::trunc | std::ios::binary) << data;
  };
  SUBCASE("an id damaged in the index: going through every question finds it") {
    damage("fx-pool-size", 'X');
    const Bank bank = load_banks_cached(sources, cache);
    CHECK(bank.ids() == expected);
    CHECK_FALSE(std::filesystem::exists(path));
  }
  SUBCASE("an id damaged in the index: looking that id up finds it") {
    damage("fx-pool-size", 'X');
    const Bank bank = load_banks_cached(sources, cache);
    REQUIRE(bank.find("fx-pool-size"));
    CHECK(bank.find("fx-pool-size")->minutes == 5);
    CHECK_FALSE(std::filesystem::exists(path));
  }
  SUBCASE("an intact cache is neither read again nor removed") {
    const Bank bank = load_banks_cached(sources, cache);
    CHECK(bank.ids() == expected);
    CHECK(bank.find("fx-pool-size"));
    CHECK(std::filesystem::exists(path));
  }
}

TEST_CASE("a damaged question block in the cache is read from its bank file, and the cache rebuilt") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "banks");
  std::filesystem::copy_file(kData + "/banks/performance.yaml", dir / "banks/performance.yaml");
  const std::vector<std::string> sources = {(dir / "banks").string()};
  const auto cache = dir / "cache";
  load_banks_cached(sources, cache);
  const auto path = std::filesystem::directory_iterator(cache)->path();
  std::string data = read_file(path.string(), 1u << 20u);
  const std::string prompt = "Size a connection pool for 2000 requests per second at 50 ms each.";
  const std::size_t at = data.find(prompt);
  REQUIRE(at != std::string::npos);
  data[at] = 'X';
  {
    std::ofstream out(path, std::ios::trunc | std::ios::binary);
    out << data;
  }
  // Written long after the bank file, so its timestamps are trusted and the cache is used.
  const Bank bank = load_banks_cached(sources, cache);
  REQUIRE(bank.find("fx-pool-size"));
  CHECK(bank.find("fx-pool-size")->prompt == prompt);
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(load_banks_cached(sources, cache).find("fx-pool-size")->prompt == prompt);
  CHECK(std::filesystem::exists(path));
}
