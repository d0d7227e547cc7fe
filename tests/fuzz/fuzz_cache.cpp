// Fuzz target: the bank cache and the bank image, which must reject anything that is not intact
// and never read outside what they are given. The input is tried as a whole cache, then as an
// image whose index checksum is made to match, so the fuzzer reaches every record and block
// rather than stopping at the checksum.
#include <cstring>
#include <string>

#include "bank/bank_cache.h"
#include "base/error.h"
#include "base/rng.h"
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)prepkit::decode_bank_cache(input);
  // The image header is 112 bytes; the index starts at the offset in bytes 72..79 and ends at
  // the one in bytes 104..111. Make both checksums match what the input holds.
  constexpr std::size_t kHeader = 112;
  if (size < kHeader) return 0;
  std::string image(input);
  std::uint64_t records = 0;
  std::uint64_t blocks = 0;
  std::memcpy(&records, image.data() + 72, sizeof records);
  std::memcpy(&blocks, image.data() + 104, sizeof blocks);
  if (records < 16 || records > blocks || blocks > image.size()) return 0;
  const std::uint64_t index = prepkit::checksum64(std::string_view(image).substr(records, blocks - records));
  std::memcpy(image.data() + 8, &index, sizeof index);
  const std::uint64_t head = prepkit::checksum64(std::string_view(image).substr(16, records - 16));
  std::memcpy(image.data(), &head, sizeof head);
  const auto opened = prepkit::BankImage::open(image);
  if (!opened) return 0;
  (void)opened->index_intact();
  for (std::size_t i = 0; i < opened->size() && i < 64; ++i) {
    (void)opened->record_intact(i);
    try {
      const prepkit::QuestionInfo info = opened->info(i);
      (void)opened->index_of(info.id);
      for (std::uint32_t t = 0; t < info.tags.size(); ++t) (void)opened->tag(info.tags[t]);
      (void)opened->decode(i);
    } catch (const prepkit::Error&) {
      // a record pointing outside the image is refused
    }
  }
  (void)opened->redirects();
  return 0;
}
