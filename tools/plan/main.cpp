// plan: the study schedule, its weight split, a calendar to import, and progress against it.
#include "plan_tool.h"

int main(int argc, char** argv) { return plan_main(argc, argv); }
