#include "bank/bank_image.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>

#include <fmt/format.h>

#include "bank/binary_io.h"
#include "base/error.h"
#include "base/rng.h"

namespace prepkit {

namespace {

// One question's index record. Every byte is a field, so no checksum covers padding.
struct Record {
  std::uint32_t id_at = 0;  // into the ids
  std::uint16_t id_size = 0;
  std::uint8_t subtopic = 0;
  std::uint8_t difficulty = 0;
  std::uint8_t kind = 0;
  std::uint8_t judged = 0;
  std::uint16_t minutes = 0;
  std::uint32_t file = 0;
  std::uint32_t tags_first = 0;  // into tag_ids
  std::uint32_t tags_count = 0;
  std::uint64_t block_at = 0;  // from the start of the image
  std::uint64_t block_size = 0;
  std::uint64_t block_checksum = 0;
  std::uint64_t check = 0;  // of the fields above, the id and the tag numbers
};

static_assert(sizeof(BankImageHeader) == 112 && std::is_trivially_copyable_v<BankImageHeader>);
static_assert(sizeof(Record) == 56 && std::is_trivially_copyable_v<Record>);
constexpr std::size_t kRecordFields = offsetof(Record, check);

// A record's own checksum, over its fields, its id and its tag numbers.
std::uint64_t record_check(const Record& r, std::string_view id, std::string_view tags) {
  const std::string_view fields(reinterpret_cast<const char*>(&r), kRecordFields);
  return mix64(checksum64(fields) ^ mix64(checksum64(id) ^ mix64(checksum64(tags))));
}

template <typename T>
T load(std::string_view bytes, std::size_t at) {
  T value;
  std::memcpy(&value, bytes.data() + at, sizeof(T));
  return value;
}

template <typename T>
void store(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

std::uint8_t position_of(const std::vector<std::string>& values, const std::string& value, std::string_view what) {
  const auto it = std::find(values.begin(), values.end(), value);
  if (it == values.end()) throw std::invalid_argument(fmt::format("a question with the unknown {} '{}'", what, value));
  return static_cast<std::uint8_t>(it - values.begin());
}

template <typename Out>
void write_judging(Out& out, const Judging& j) {
  out.text(j.io);
  out.number(static_cast<std::uint8_t>(j.compare.mode));
  out.number(j.compare.tolerance);
  out.number(static_cast<std::uint32_t>(j.cases.size()));
  for (const auto& c : j.cases) {
    out.text(c.input);
    out.texts(c.outputs);
    out.text(c.why);
  }
  out.number(static_cast<std::uint32_t>(j.stress.size()));
  for (const auto& s : j.stress) {
    out.text(s.generator);
    out.number(s.seconds);
    out.text(s.why);
  }
  out.text(j.not_judged);
}

bool read_judging(BinaryReader& in, Judging& j) {
  std::uint8_t mode = 0;
  std::uint32_t cases = 0;
  std::uint32_t stress = 0;
  if (!in.text(j.io) || !in.number(mode) || mode > static_cast<std::uint8_t>(Comparison::Mode::any_of) ||
      !in.number(j.compare.tolerance) || !in.number(cases) || cases > in.remaining() / 12) {
    return false;
  }
  j.compare.mode = static_cast<Comparison::Mode>(mode);
  j.cases.resize(cases);
  for (auto& c : j.cases) {
    if (!in.text(c.input) || !in.texts(c.outputs) || !in.text(c.why)) return false;
  }
  if (!in.number(stress) || stress > in.remaining() / 16) return false;
  j.stress.resize(stress);
  for (auto& s : j.stress) {
    if (!in.text(s.generator) || !in.number(s.seconds) || !in.text(s.why)) return false;
  }
  return in.text(j.not_judged);
}

// Writes the block of what the index leaves out of `q` (to a BinaryWriter, or a BinarySize).
template <typename Out>
void write_block(Out& out, const Question& q) {
  out.text(q.prompt);
  out.texts(q.expect);
  out.texts(q.follow_ups);
  out.text(q.estimate);
  out.text(q.code);
  out.texts(q.sources);
  out.number(static_cast<std::int32_t>(q.line));
  out.number(static_cast<std::int32_t>(q.column));
  write_judging(out, q.judging);
}

bool read_block(std::string_view block, Question& q) {
  BinaryReader in(block);
  std::int32_t line = 0;
  std::int32_t column = 0;
  if (!in.text(q.prompt) || !in.texts(q.expect) || !in.texts(q.follow_ups) || !in.text(q.estimate) ||
      !in.text(q.code) || !in.texts(q.sources) || !in.number(line) || !in.number(column) ||
      !read_judging(in, q.judging) || !in.at_end()) {
    return false;
  }
  q.line = line;
  q.column = column;
  return true;
}

// Adds `name` to `text` and returns its (offset, size) entry.
std::pair<std::uint32_t, std::uint32_t> add_text(std::string& text, std::string_view name) {
  const auto entry = std::pair(static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(name.size()));
  text.append(name);
  return entry;
}

[[noreturn]] void damaged(std::size_t question) {
  throw DataError(fmt::format("the bank image is damaged: question {} points outside it", question + 1));
}

}  // namespace

std::string encode_bank_image(const std::vector<Question>& questions, const std::vector<Redirect>& redirects) {
  std::string names;
  std::vector<std::string_view> files;
  std::unordered_map<std::string_view, std::uint32_t> file_ids;
  std::map<std::string_view, std::uint32_t> tag_ids;  // sorted by name
  for (const auto& q : questions) {
    if (file_ids.emplace(q.file, static_cast<std::uint32_t>(files.size())).second) files.push_back(q.file);
    for (const auto& tag : q.tags) tag_ids.emplace(tag, 0);
  }
  std::uint32_t next_tag = 0;
  for (auto& [name, id] : tag_ids) id = next_tag++;
  std::string tag_table;
  for (const auto& [name, id] : tag_ids) store(tag_table, add_text(names, name));
  std::string file_table;
  for (const auto& file : files) store(file_table, add_text(names, file));
  std::string redirect_list;
  BinaryWriter redirect_out(redirect_list);
  redirect_out.number(static_cast<std::uint32_t>(redirects.size()));
  for (const auto& r : redirects) {
    redirect_out.text(r.from);
    redirect_out.text(r.to);
    redirect_out.text(r.file);
    redirect_out.number(static_cast<std::int32_t>(r.line));
    redirect_out.number(static_cast<std::int32_t>(r.column));
  }

  std::vector<Record> records(questions.size());
  std::string ids;
  std::string tag_list;
  std::size_t block_bytes = 0;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const Question& q = questions[i];
    Record& r = records[i];
    if (q.id.size() > UINT16_MAX || q.minutes < 0 || q.minutes > UINT16_MAX) {
      throw std::invalid_argument(fmt::format("question '{}' does not fit a bank image", q.id));
    }
    const auto* subtopic = find_subtopic(q.subtopic);
    if (!subtopic) throw std::invalid_argument(fmt::format("a question with the unknown subtopic '{}'", q.subtopic));
    r.id_at = add_text(ids, q.id).first;
    r.id_size = static_cast<std::uint16_t>(q.id.size());
    r.subtopic = static_cast<std::uint8_t>(subtopic - all_subtopics().data());
    r.difficulty = position_of(all_difficulties(), q.difficulty, "difficulty");
    r.kind = position_of(all_kinds(), q.kind, "kind");
    r.judged = q.judging.judged() ? 1 : 0;
    r.minutes = static_cast<std::uint16_t>(q.minutes);
    r.file = file_ids.at(q.file);
    r.tags_first = static_cast<std::uint32_t>(tag_list.size() / 4);
    r.tags_count = static_cast<std::uint32_t>(q.tags.size());
    for (const auto& tag : q.tags) store(tag_list, tag_ids.at(tag));
    BinarySize size;
    write_block(size, q);
    r.block_size = size.bytes();
    block_bytes += size.bytes();
  }
  std::vector<std::uint32_t> order(questions.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return questions[a].id < questions[b].id; });

  BankImageHeader h;
  h.questions = static_cast<std::uint32_t>(questions.size());
  h.tags = static_cast<std::uint32_t>(tag_ids.size());
  h.files = static_cast<std::uint32_t>(files.size());
  h.tag_table = sizeof(BankImageHeader);
  h.file_table = h.tag_table + tag_table.size();
  h.redirects = h.file_table + file_table.size();
  h.names = h.redirects + redirect_list.size();
  h.records = h.names + names.size();
  h.order = h.records + sizeof(Record) * records.size();
  h.tag_ids = h.order + 4 * order.size();
  h.ids = h.tag_ids + tag_list.size();
  h.blocks = h.ids + ids.size();
  h.size = h.blocks + block_bytes;

  // The blocks are written in place, each record then told where its block lies.
  std::string image;
  image.reserve(h.size);
  image.append(sizeof(BankImageHeader), '\0');
  image += tag_table;
  image += file_table;
  image += redirect_list;
  image += names;
  image.append(sizeof(Record) * records.size(), '\0');
  for (const auto n : order) store(image, n);
  image += tag_list;
  image += ids;
  BinaryWriter blocks(image);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    Record& r = records[i];
    r.block_at = image.size();
    write_block(blocks, questions[i]);
    r.block_checksum = checksum64(std::string_view(image).substr(r.block_at));
    r.check =
        record_check(r, std::string_view(ids).substr(r.id_at, r.id_size),
                     std::string_view(tag_list).substr(std::size_t{4} * r.tags_first, std::size_t{4} * r.tags_count));
  }
  if (!records.empty()) std::memcpy(image.data() + h.records, records.data(), sizeof(Record) * records.size());
  const std::string_view bytes(image);
  h.index_checksum = checksum64(bytes.substr(h.records, h.blocks - h.records));
  std::memcpy(image.data(), &h, sizeof h);
  h.head_checksum = checksum64(bytes.substr(16, h.records - 16));
  std::memcpy(image.data(), &h, sizeof h);
  return image;
}

std::optional<BankImage> BankImage::open(std::string_view bytes) {
  if (bytes.size() < sizeof(BankImageHeader)) return std::nullopt;
  const auto h = load<BankImageHeader>(bytes, 0);
  const std::uint64_t q = h.questions;
  const bool laid_out = h.size == bytes.size() && h.reserved == 0 && h.tag_table == sizeof(BankImageHeader) &&
                        h.file_table == h.tag_table + std::uint64_t{8} * h.tags &&
                        h.redirects == h.file_table + std::uint64_t{8} * h.files && h.names >= h.redirects &&
                        h.records >= h.names && h.order == h.records + sizeof(Record) * q &&
                        h.tag_ids == h.order + 4 * q && h.ids >= h.tag_ids && (h.ids - h.tag_ids) % 4 == 0 &&
                        h.blocks >= h.ids && h.blocks <= h.size;
  if (!laid_out || checksum64(bytes.substr(16, h.records - 16)) != h.head_checksum) return std::nullopt;
  BankImage image;
  image.bytes_ = bytes;
  image.h_ = h;
  const std::size_t names_size = h.records - h.names;
  for (std::size_t table : {h.tag_table, h.file_table}) {
    const std::uint32_t count = table == h.tag_table ? h.tags : h.files;
    for (std::uint32_t i = 0; i < count; ++i) {
      const auto at = load<std::uint32_t>(bytes, table + 8 * i);
      const auto size = load<std::uint32_t>(bytes, table + 8 * i + 4);
      if (at > names_size || size > names_size - at) return std::nullopt;
    }
  }
  BinaryReader in(bytes.substr(h.redirects, h.names - h.redirects));
  std::uint32_t count = 0;
  if (!in.number(count) || count > in.remaining() / 20) return std::nullopt;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string from, to, file;
    std::int32_t line = 0, column = 0;
    if (!in.text(from) || !in.text(to) || !in.text(file) || !in.number(line) || !in.number(column)) return std::nullopt;
  }
  if (!in.at_end()) return std::nullopt;
  return image;
}

bool BankImage::index_intact() const {
  return bytes_.empty() || checksum64(bytes_.substr(h_.records, h_.blocks - h_.records)) == h_.index_checksum;
}

QuestionInfo BankImage::info(std::size_t i) const {
  const auto r = load<Record>(bytes_, h_.records + sizeof(Record) * i);
  const std::size_t tag_count = (h_.ids - h_.tag_ids) / 4;
  if (r.id_at > h_.blocks - h_.ids || r.id_size > h_.blocks - h_.ids - r.id_at ||
      r.subtopic >= all_subtopics().size() || r.difficulty >= all_difficulties().size() ||
      r.kind >= all_kinds().size() || r.file >= h_.files || r.tags_first > tag_count ||
      r.tags_count > tag_count - r.tags_first) {
    damaged(i);
  }
  QuestionInfo info;
  info.index = static_cast<std::uint32_t>(i);
  info.id = bytes_.substr(h_.ids + r.id_at, r.id_size);
  info.subtopic = &all_subtopics()[r.subtopic];
  info.difficulty = r.difficulty;
  info.kind = r.kind;
  info.minutes = r.minutes;
  info.judged = r.judged != 0;
  info.tags = TagIds(bytes_.data() + h_.tag_ids + std::size_t{4} * r.tags_first, r.tags_count);
  info.file = r.file;
  return info;
}

bool BankImage::record_intact(std::size_t i) const {
  const auto r = load<Record>(bytes_, h_.records + sizeof(Record) * i);
  try {
    const QuestionInfo index = info(i);
    const std::string_view tags(bytes_.data() + h_.tag_ids + std::size_t{4} * r.tags_first,
                                std::size_t{4} * r.tags_count);
    return record_check(r, index.id, tags) == r.check;
  } catch (const DataError&) {
    return false;
  }
}

std::optional<std::size_t> BankImage::index_of(std::string_view id) const {
  // Read unchecked while searching: what is found is checked, and a damaged record can at worst
  // hide an id, which the caller confirms with index_intact().
  const auto question_at = [&](std::size_t k) { return load<std::uint32_t>(bytes_, h_.order + std::size_t{4} * k); };
  const auto id_at = [&](std::uint32_t i) -> std::optional<std::string_view> {
    if (i >= h_.questions) return std::nullopt;
    try {
      return info(i).id;
    } catch (const DataError&) {
      return std::nullopt;
    }
  };
  std::size_t low = 0;
  std::size_t high = h_.questions;
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    const auto found = id_at(question_at(mid));
    if (!found) return std::nullopt;
    if (*found < id) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  if (low == h_.questions) return std::nullopt;
  const std::uint32_t i = question_at(low);
  if (id_at(i) != id || !record_intact(i)) return std::nullopt;
  return i;
}

std::optional<Question> BankImage::decode(std::size_t i) const {
  if (!record_intact(i)) return std::nullopt;
  const QuestionInfo index = info(i);
  const auto r = load<Record>(bytes_, h_.records + sizeof(Record) * i);
  if (r.block_at < h_.blocks || r.block_at > bytes_.size() || r.block_size > bytes_.size() - r.block_at) {
    return std::nullopt;
  }
  const std::string_view block = bytes_.substr(r.block_at, r.block_size);
  Question q;
  if (checksum64(block) != r.block_checksum || !read_block(block, q)) return std::nullopt;
  q.id = std::string(index.id);
  q.subtopic = std::string(index.subtopic->id);
  q.area = std::string(index.subtopic->area);
  q.difficulty = std::string(index.difficulty_name());
  q.kind = std::string(index.kind_name());
  q.minutes = index.minutes;
  for (std::uint32_t t = 0; t < index.tags.size(); ++t) q.tags.emplace_back(tag(index.tags[t]));
  q.file = std::string(file(index.file));
  return q;
}

std::string_view BankImage::name_at(std::size_t table, std::uint32_t id) const {
  const auto at = load<std::uint32_t>(bytes_, table + std::size_t{8} * id);
  const auto size = load<std::uint32_t>(bytes_, table + std::size_t{8} * id + 4);
  return bytes_.substr(h_.names + at, size);  // within the names: open() checked every entry
}

std::string_view BankImage::tag(std::uint32_t id) const {
  if (id >= h_.tags) damaged(0);
  return name_at(h_.tag_table, id);
}

std::optional<std::uint32_t> BankImage::tag_id(std::string_view name) const {
  std::uint32_t low = 0;
  std::uint32_t high = h_.tags;
  while (low < high) {
    const std::uint32_t mid = low + (high - low) / 2;
    if (name_at(h_.tag_table, mid) < name) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  if (low == h_.tags || name_at(h_.tag_table, low) != name) return std::nullopt;
  return low;
}

std::string_view BankImage::file(std::uint32_t id) const {
  if (id >= h_.files) damaged(0);
  return name_at(h_.file_table, id);
}

std::vector<Redirect> BankImage::redirects() const {
  std::vector<Redirect> redirects;
  if (bytes_.empty()) return redirects;
  BinaryReader in(bytes_.substr(h_.redirects, h_.names - h_.redirects));
  std::uint32_t count = 0;
  in.number(count);
  redirects.resize(count);
  for (auto& r : redirects) {  // open() checked that they read whole
    std::int32_t line = 0, column = 0;
    in.text(r.from);
    in.text(r.to);
    in.text(r.file);
    in.number(line);
    in.number(column);
    r.line = line;
    r.column = column;
  }
  return redirects;
}

}  // namespace prepkit
