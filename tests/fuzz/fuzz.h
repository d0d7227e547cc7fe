// The shape of every fuzz target: one function that takes arbitrary bytes and must never crash,
// hang or trip a sanitizer; every expected failure is a prepkit::Error.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
