#include "app/app.h"
#include "base/text.h"
