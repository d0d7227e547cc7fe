#pragma once
#include "app/more.h"
#include "base/text.h"
