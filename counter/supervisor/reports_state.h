// State of the "Báo cáo" tab (DOMAIN.md §6, §7): the period typed or picked as a quarter, the
// report shown, and the export folder and file names.
#pragma once

#include "domain/report.h"

#include <map>
#include <optional>
#include <string>

namespace motcua::counter {

struct ReportsState {
    std::string from;  ///< "dd/mm/yyyy", first day
    std::string to;    ///< "dd/mm/yyyy", last day (inclusive)
    std::map<std::string, std::string> errors;  ///< "from", "to" → message
    std::optional<domain::Report> report;
    std::string periodText;  ///< "từ 01/10/2026 đến 31/12/2026" of the report shown
    std::string folder;      ///< where exports go; the account's last one on this computer
    std::string folderFor;   ///< the account `folder` was loaded for
    std::string csvName;     ///< file names in `folder`
    std::string ledgerName;
    std::string message;
    bool messageIsError = false;
};

}  // namespace motcua::counter
