#include "common/cli.h"
#include "prepkit_version.h"
