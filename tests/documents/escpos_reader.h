// A small reader of the ESC/POS we emit (ESC @, GS v 0 bands, ESC d, GS V), written apart from
// the encoder so the tests check the bytes against the command set, not against themselves.
#pragma once

#include "documents/raster.h"

#include <string>
#include <string_view>

namespace motcua::testing {

struct EscPosJob {
    bool initialized = false;  ///< ESC @ came first
    documents::Raster image;   ///< the bands stacked
    int bands = 0;
    int feedLines = 0;
    int cutMode = -1;          ///< GS V m; -1 when there was no cut
    bool cutIsLast = false;    ///< nothing follows the cut
    std::string error;         ///< set when the bytes are not what a printer would accept
};

EscPosJob readEscPos(std::string_view bytes);

}  // namespace motcua::testing
