// Fixed-size numbers and length-prefixed strings in the machine's byte order, for the bank image
// and its cache (neither leaves the machine that wrote it).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// Appends numbers and strings to a block of bytes.
class BinaryWriter {
 public:
  explicit BinaryWriter(std::string& out) : out_(out) {}

  template <typename T>
  void number(T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  void text(std::string_view value) {
    number(static_cast<std::uint32_t>(value.size()));
    out_.append(value);
  }
  void texts(const std::vector<std::string>& values) {
    number(static_cast<std::uint32_t>(values.size()));
    for (const auto& value : values) text(value);
  }

 private:
  std::string& out_;
};

// Counts the bytes a BinaryWriter would append, through the same calls.
class BinarySize {
 public:
  template <typename T>
  void number(T) {
    bytes_ += sizeof(T);
  }
  void text(std::string_view value) { bytes_ += 4 + value.size(); }
  void texts(const std::vector<std::string>& values) {
    bytes_ += 4;
    for (const auto& value : values) text(value);
  }
  std::size_t bytes() const { return bytes_; }

 private:
  std::size_t bytes_ = 0;
};

// Reads what BinaryWriter wrote, failing (rather than reading past the end) on anything short.
class BinaryReader {
 public:
  explicit BinaryReader(std::string_view data) : data_(data) {}

  template <typename T>
  bool number(T& value) {
    if (data_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(&value, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool text(std::string& value) {
    std::uint32_t size = 0;
    if (!number(size) || data_.size() - pos_ < size) return false;
    value.assign(data_.data() + pos_, size);
    pos_ += size;
    return true;
  }
  bool texts(std::vector<std::string>& values) {
    std::uint32_t count = 0;
    // Each string needs at least its 4-byte length, which bounds a corrupt count.
    if (!number(count) || count > (data_.size() - pos_) / 4) return false;
    values.resize(count);
    for (auto& value : values) {
      if (!text(value)) return false;
    }
    return true;
  }
  bool at_end() const { return pos_ == data_.size(); }
  std::size_t remaining() const { return data_.size() - pos_; }
  std::size_t position() const { return pos_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
};

}  // namespace prepkit
