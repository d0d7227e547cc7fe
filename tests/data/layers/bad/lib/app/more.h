#pragma once
#include "app/app.h"
#include "common/cli.h"
#include "app.h"
#include "nowhere/x.h"
