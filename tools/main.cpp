// motcua — the command-line tool. All logic lives in motcua_cli (tools/cli.cpp).
#include "cli.h"

int main(int argc, char** argv) { return motcua::cli::run(argc, argv); }
