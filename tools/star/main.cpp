// star: STAR story notes for behavioural interviews, scaffolded, checked and timed aloud.
#include "star.h"

int main(int argc, char** argv) { return star_main(argc, argv); }
