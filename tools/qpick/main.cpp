// qpick: practice questions for backend interviews, sampled from YAML question banks.
#include "qpick.h"

int main(int argc, char** argv) { return qpick_main(argc, argv); }
