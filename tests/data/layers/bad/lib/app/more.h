#pragma once
#include "app.h"
#include "app/app.h"
#include "common/cli.h"
#include "nowhere/x.h"
