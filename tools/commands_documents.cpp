// `motcua render|print|qr` (documents issue).
#include "cli.h"

namespace motcua::cli {

void addDocumentCommands(std::vector<Command>&) {}

}  // namespace motcua::cli
