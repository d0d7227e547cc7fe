// The bank image: loaded questions in one block of bytes laid out to be read where it lies, in
// memory or in a mapped cache file. After a header come the tag and file names and the
// redirects, checked when the image is opened (their size grows with the tags and files, not the
// questions). Then the index: one fixed-size record per question with what choosing it needs (id,
// subtopic, difficulty, kind, minutes, tags, judged), the question numbers sorted by id, the tag
// numbers and the ids. The index has one checksum, for a reader that goes through all of it, and
// each record one of its own that covers its id and tags, for a reader that takes one question.
// Last, each question's text (prompt, bullets, code, cases) is a block with its own checksum,
// checked and decoded only when that question is shown. So taking one question reads and checks
// only what it uses, whatever the size of the bank.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/question.h"

namespace prepkit {

// Lays out `questions` (in bank order) and `redirects` as an image. Throws std::invalid_argument
// for a question whose subtopic, difficulty or kind is not one of the fixed values.
std::string encode_bank_image(const std::vector<Question>& questions, const std::vector<Redirect>& redirects);

// The layout of an image's header (112 bytes): two checksums, the image's size, the counts, then where each section
// starts.
struct BankImageHeader {
  std::uint64_t head_checksum = 0;   // of the rest of the header and all up to the records
  std::uint64_t index_checksum = 0;  // of the index: from the records up to the first block
  std::uint64_t size = 0;
  std::uint32_t questions = 0;
  std::uint32_t tags = 0;
  std::uint32_t files = 0;
  std::uint32_t reserved = 0;
  std::uint64_t tag_table = 0;   // tags x (u32 offset, u32 size) into the names, sorted by name
  std::uint64_t file_table = 0;  // files x (u32 offset, u32 size) into the names
  std::uint64_t redirects = 0;   // a count, then each redirect's fields
  std::uint64_t names = 0;       // tag and file names
  std::uint64_t records = 0;     // questions x Record: the index starts here
  std::uint64_t order = 0;       // questions x u32: question numbers sorted by id
  std::uint64_t tag_ids = 0;     // u32 tag numbers, each question's in a run
  std::uint64_t ids = 0;         // the questions' ids
  std::uint64_t blocks = 0;      // the end of the index: each question's block follows
};

// A view of an image's bytes, which must outlive it.
class BankImage {
 public:
  BankImage() = default;  // no questions

  // The image in `bytes`; nothing when they are not one complete image of this format whose
  // header, names and redirects are intact. The index is checked by index_intact().
  static std::optional<BankImage> open(std::string_view bytes);

  std::string_view bytes() const { return bytes_; }
  std::size_t size() const { return h_.questions; }

  // Whether the whole index still matches its checksum: what a reader checks once before it goes
  // through every record with info().
  bool index_intact() const;

  // The index record of question `i` (< size()), as it stands. Throws DataError for a record
  // that points outside the image.
  QuestionInfo info(std::size_t i) const;

  // Whether record `i` still matches its own checksum, id and tags included.
  bool record_intact(std::size_t i) const;

  // The first question with id `id`, by binary search of the sorted ids; the record found is
  // checked. Nothing when no record has that id, which only index_intact() can confirm.
  std::optional<std::size_t> index_of(std::string_view id) const;

  // Question `i` in full, its record and its block checked; nothing when either is damaged.
  std::optional<Question> decode(std::size_t i) const;

  // The tags every question's TagIds number, in sorted order.
  std::size_t tag_count() const { return h_.tags; }
  std::string_view tag(std::uint32_t id) const;
  std::optional<std::uint32_t> tag_id(std::string_view name) const;

  // The bank files, as QuestionInfo::file numbers them.
  std::string_view file(std::uint32_t id) const;

  std::vector<Redirect> redirects() const;

 private:
  std::string_view name_at(std::size_t table, std::uint32_t id) const;

  std::string_view bytes_;
  BankImageHeader h_;
};

}  // namespace prepkit
