// The QR on a chip-based citizen ID card (CCCD gắn chip): a 2D scanner types one line
// "ID|old ID|Full Name|ddmmyyyy|Nam/Nữ|address|ddmmyyyy" into the intake form; parsed strictly.
#pragma once

#include "domain/date.h"

#include <string>
#include <string_view>

namespace motcua::domain {

struct CccdQr {
    std::string idNumber;     ///< số định danh cá nhân, 12 digits
    std::string oldIdNumber;  ///< số CMND cũ, 9 digits, or empty
    std::string fullName;     ///< NFC, spaces collapsed
    Date dateOfBirth;
    std::string sex;          ///< "Nam" or "Nữ"
    std::string address;      ///< nơi thường trú, NFC
    Date issueDate;
};

/// Parses one scanned line (a trailing CR/LF is ignored). Throws Error(InvalidInput) with a
/// Vietnamese message naming the field that is wrong; never anything else.
[[nodiscard]] CccdQr parseCccdQr(std::string_view line);

/// Cheap test for "this looks like a CCCD scan, not typing" (a 12-digit start and a '|').
[[nodiscard]] bool looksLikeCccdQr(std::string_view text);

}  // namespace motcua::domain
