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
  constexpr std::size_t kHeader = 96;  // the image header; where the index ends is at byte 88
  if (size < kHeader) return 0;
  std::string image(input);
  std::uint64_t index_end = 0;
  std::memcpy(&index_end, image.data() + 88, sizeof index_end);
  if (index_end < 8 || index_end > image.size()) return 0;
  const std::uint64_t checksum = prepkit::checksum64(std::string_view(image).substr(8, index_end - 8));
  std::memcpy(image.data(), &checksum, sizeof checksum);
  const auto opened = prepkit::BankImage::open(image);
  if (!opened) return 0;
  for (std::size_t i = 0; i < opened->size() && i < 64; ++i) {
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
