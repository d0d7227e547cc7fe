// qpick's command line: options into a struct, then one call into the library per command.
#pragma once

// Runs qpick with the command line `argv` and returns its exit status.
int qpick_main(int argc, char** argv);
