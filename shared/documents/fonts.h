// Fonts for documents, found through fontconfig: Noto Serif for the official slips (the stand-in
// for the Times New Roman the decree on documents names), Noto Sans for tickets; each must carry
// every Vietnamese letter or printing stops with a message saying which package to install.
#pragma once

#include <string>

namespace motcua::documents {

struct FontFamilies {
    std::string sans;   ///< "Noto Sans"
    std::string serif;  ///< "Noto Serif"
};

/// Looked up once per process. Throws Error(Internal) naming fonts-noto-core when no installed
/// family covers Vietnamese.
[[nodiscard]] const FontFamilies& documentFonts();

}  // namespace motcua::documents
