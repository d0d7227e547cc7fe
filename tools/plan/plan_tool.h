// plan's command line: options into a struct, then one call into the library per command.
#pragma once

// Runs plan with the command line `argv` and returns its exit status.
int plan_main(int argc, char** argv);
