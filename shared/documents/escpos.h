// ESC/POS for thermal printers: the ticket goes as a raster image (GS v 0), so Vietnamese prints
// correctly on any printer whatever code pages its firmware has.
#pragma once

#include "documents/raster.h"

#include <string>

namespace motcua::documents {

enum class Cut { None, Partial, Full };

struct EscPosOptions {
    /// Rows per GS v 0 command: small printers have small input buffers, and a band that fits
    /// keeps them from stalling mid-image.
    int bandRows = 128;
    int feedLines = 4;         ///< blank lines before the cut, so the last line clears the cutter
    Cut cut = Cut::Partial;    ///< partial leaves a kiosk ticket hanging instead of dropping
    bool initialize = true;    ///< ESC @ first: clears whatever state a previous job left
};

/// ESC @, the raster in GS v 0 bands, ESC d feed, GS V cut. Throws Error(InvalidInput) for an
/// empty raster or one wider than ESC/POS can describe.
[[nodiscard]] std::string encodeEscPos(const Raster& raster, const EscPosOptions& options = {});

}  // namespace motcua::documents
