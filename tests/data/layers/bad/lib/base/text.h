#pragma once
#include "app/app.h"
