// Shows that the bank cache round-trips, rejects anything damaged, and never serves a stale bank.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <fstream>

#include "bank/bank_cache.h"
#include "base/files.h"
#include "helpers.h"

using namespace prepkit;

namespace {

const std::string kData = PREPKIT_TEST_DATA;

std::string bank_text(const std::string& id, const std::string& prompt) {
  return "subtopic: ask\ntitle: T\narea: ask\nquestions:\n  - id: " + id + "\n    prompt: " + prompt +
         "\n    difficulty: easy\n    kind: ask\n    minutes: 2\n    tags: [t]\n    expect: [a, b]\n";
}

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

std::string prompt_of(const Bank& bank, const std::string& id) {
  const Question* q = bank.find(id);
  return q ? q->prompt : "<none>";
}

}  // namespace

TEST_CASE("encode_bank_cache and decode_bank_cache") {
  const Bank bank = load_banks({kData + "/banks"});
  const std::vector<FileStamp> stamps = {{"a.yaml", 10, 20, 25, 30, 40}};
  const std::string data = encode_bank_cache(stamps, 1234, bank);

  SUBCASE("a round trip keeps every field") {
    const auto cache = decode_bank_cache(data);
    REQUIRE(cache);
    CHECK(cache->written_ns == 1234);
    REQUIRE(cache->stamps.size() == 1);
    CHECK(cache->stamps[0].path == "a.yaml");
    CHECK(cache->stamps[0].size == 10);
    CHECK(cache->stamps[0].mtime_ns == 20);
    CHECK(cache->stamps[0].ctime_ns == 25);
    CHECK(cache->stamps[0].inode == 30);
    CHECK(cache->stamps[0].hash == 40);
    REQUIRE(cache->questions.size() == bank.questions().size());
    for (std::size_t i = 0; i < bank.questions().size(); ++i) {
      const Question& a = bank.questions()[i];
      const Question& b = cache->questions[i];
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
    }
  }
  SUBCASE("a question's code and sources, and the redirects") {
    std::vector<Question> questions = {bank.questions()[0]};
    questions[0].code = "for x in xs:\n    print(x)\n";
    questions[0].sources = {"RFC 9110 section 9.2.2", "PEP 8"};
    const Bank with({questions}, {{"fx-gone", questions[0].id, "a.yaml", 3, 3}});
    const auto cache = decode_bank_cache(encode_bank_cache(stamps, 1, with));
    REQUIRE(cache);
    REQUIRE(cache->questions.size() == 1);
    CHECK(cache->questions[0].code == questions[0].code);
    CHECK(cache->questions[0].sources == questions[0].sources);
    REQUIRE(cache->redirects.size() == 1);
    CHECK(cache->redirects[0].from == "fx-gone");
    CHECK(cache->redirects[0].to == questions[0].id);
    CHECK(cache->redirects[0].file == "a.yaml");
    CHECK(cache->redirects[0].line == 3);
    CHECK(Bank(std::move(cache->questions), std::move(cache->redirects)).current_id("fx-gone") == questions[0].id);
  }
  SUBCASE("every truncation is rejected") {
    for (std::size_t size = 0; size < data.size(); size += 7) CHECK_FALSE(decode_bank_cache(data.substr(0, size)));
  }
  SUBCASE("every changed byte is rejected") {
    for (std::size_t i = 0; i < data.size(); i += 13) {
      std::string damaged = data;
      damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
      CHECK_FALSE(decode_bank_cache(damaged));
    }
  }
  SUBCASE("trailing bytes and other formats are rejected") {
    CHECK_FALSE(decode_bank_cache(data + "x"));
    CHECK_FALSE(decode_bank_cache(""));
    CHECK_FALSE(decode_bank_cache("not a cache at all"));
  }
}

TEST_CASE("load_banks_cached") {
  test::TempDir dir;
  const auto banks = dir / "banks";
  const auto cache = dir / "cache";
  std::filesystem::create_directories(banks);
  write(banks / "ask.yaml", bank_text("ask-one", "First prompt"));
  const std::vector<std::string> sources = {banks.string()};

  SUBCASE("the first load writes a cache and later loads read it") {
    CHECK(prompt_of(load_banks_cached(sources, cache), "ask-one") == "First prompt");
    REQUIRE(std::distance(std::filesystem::directory_iterator(cache), {}) == 1);
    // Swap in a cache whose prompt differs but whose stamps still match: it is what gets served.
    const auto path = std::filesystem::directory_iterator(cache)->path();
    auto decoded = decode_bank_cache(read_file(path.string(), 1u << 20u));
    REQUIRE(decoded);
    decoded->questions[0].prompt = "From the cache";
    decoded->written_ns += 10'000'000'000;  // as if written long after the file
    std::ofstream(path, std::ios::trunc) << encode_bank_cache(
        decoded->stamps, decoded->written_ns, Bank(std::move(decoded->questions), std::move(decoded->redirects)));
    CHECK(prompt_of(load_banks_cached(sources, cache), "ask-one") == "From the cache");
  }
  SUBCASE("an edit is seen, even one that keeps the size and the timestamp") {
    load_banks_cached(sources, cache);
    struct stat before {};
    ::stat((banks / "ask.yaml").c_str(), &before);
    {
      std::fstream file(banks / "ask.yaml", std::ios::in | std::ios::out);  // same inode, same size
      file.seekp(static_cast<std::streamoff>(bank_text("ask-one", "First prompt").find("First")));
      file << "Fixed";
    }
    const timespec times[2] = {before.st_atim, before.st_mtim};
    ::utimensat(AT_FDCWD, (banks / "ask.yaml").c_str(), times, 0);
    CHECK(prompt_of(load_banks_cached(sources, cache), "ask-one") == "Fixed prompt");
  }
  SUBCASE("added and removed files are seen") {
    load_banks_cached(sources, cache);
    write(banks / "more.yaml", bank_text("ask-two", "Second prompt"));
    CHECK(prompt_of(load_banks_cached(sources, cache), "ask-two") == "Second prompt");
    std::filesystem::remove(banks / "more.yaml");
    CHECK(prompt_of(load_banks_cached(sources, cache), "ask-two") == "<none>");
  }
  SUBCASE("a damaged cache is rebuilt") {
    load_banks_cached(sources, cache);
    const auto path = std::filesystem::directory_iterator(cache)->path();
    std::filesystem::resize_file(path, 20);
    CHECK(prompt_of(load_banks_cached(sources, cache), "ask-one") == "First prompt");
    CHECK(decode_bank_cache(read_file(path.string(), 1u << 20u)));
  }
  SUBCASE("a cache folder that cannot be created only costs speed") {
    write(dir / "file", "");
    CHECK(prompt_of(load_banks_cached(sources, dir / "file" / "cache"), "ask-one") == "First prompt");
  }
  SUBCASE("a bank with problems is refused and not cached") {
    write(banks / "bad.yaml", "subtopic: nope\n");
    CHECK_THROWS_AS(load_banks_cached(sources, cache), DiagnosticError);
    CHECK_FALSE(std::filesystem::exists(cache));
  }
}
