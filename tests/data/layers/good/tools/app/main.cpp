#include "app/app.h"
#include "app_tool.h"
#include "common/cli.h"
