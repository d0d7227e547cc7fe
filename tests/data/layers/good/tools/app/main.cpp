#include "app_tool.h"
#include "app/app.h"
#include "common/cli.h"
