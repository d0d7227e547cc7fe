#include "base/error.h"

#include <cstring>

namespace prepkit {

std::string system_message(const std::string& what, int errnum) { return what + ": " + std::strerror(errnum); }

}  // namespace prepkit
