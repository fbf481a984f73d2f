// motcua-counter: the counter app of the front desk (queue, intake, dossiers, officer view).
// Everything lives in counter_lib; main only hands over the command line.
#include "counter/counter_app.h"

int main(int argc, char** argv) { return motcua::counter::runCounter(argc, argv); }
