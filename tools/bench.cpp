#include "cli.h"
namespace motcua::cli {
void addBenchCommands(std::vector<Command>&) {}
}
