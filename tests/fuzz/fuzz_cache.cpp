// Fuzz target: the bank cache reader, which must reject anything that is not an intact cache.
// The input becomes the body of a cache with a valid header and checksum, so the fuzzer reaches
// the decoding of every field rather than stopping at the checksum.
#include <cstring>
#include <string>

#include "bank/bank_cache.h"
#include "base/rng.h"
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  static const std::string header = prepkit::encode_bank_cache({}, 0, prepkit::Bank()).substr(0, 12);
  const std::uint64_t checksum = prepkit::checksum64(body);
  std::string cache = header;
  cache.append(reinterpret_cast<const char*>(&checksum), sizeof checksum);
  cache.append(body);
  (void)prepkit::decode_bank_cache(cache);
  (void)prepkit::decode_bank_cache(body);
  return 0;
}
