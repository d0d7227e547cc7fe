// star's command line: options into a struct, then one call into the library per command.
#pragma once

// Runs star with the command line `argv` and returns its exit status.
int star_main(int argc, char** argv);
