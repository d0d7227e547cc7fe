// estimate: back-of-envelope arithmetic with units, and capacity models that show their working.
#include "estimate.h"

int main(int argc, char** argv) { return estimate_main(argc, argv); }
