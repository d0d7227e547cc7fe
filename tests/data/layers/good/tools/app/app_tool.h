#pragma once
int app_main();
