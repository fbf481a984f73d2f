// motcua-kiosk: the touch kiosk of the front desk (tickets, look-up, procedure guide, rating).
// Everything lives in kiosk_lib; main only hands over the command line.
#include "kiosk/kiosk_app.h"

int main(int argc, char** argv) { return motcua::kiosk::runKiosk(argc, argv); }
