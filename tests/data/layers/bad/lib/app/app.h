#pragma once
#include "base/text.h"
#include "app/more.h"
