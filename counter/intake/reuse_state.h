// The reuse of a citizen's earlier digitised papers at intake (issue 15: a citizen is not asked
// again for a paper already digitised): what the store found for the ID number typed, and which
// paper of the new dossier points at which earlier file.
#pragma once

#include "domain/attachment.h"

#include <cstdint>
#include <string>
#include <vector>

namespace motcua::counter {

/// One earlier digitised paper of the citizen, with what the clerk reads about it.
struct EarlierPaper {
    domain::Attachment attachment;
    std::string paperName;  ///< the paper's name on that dossier's checklist ("" when not found)
    std::string label;      ///< "Hồ sơ X · thành phần 2 – Tờ khai… · 1 trang · 23/11/2026"
    bool operator==(const EarlierPaper&) const = default;
};

/// A paper of the new dossier that reuses an earlier file (by reference, no copy): it goes to
/// Desk::reuseAttachment once the dossier has its code.
struct ReusedPaper {
    std::int64_t attachmentId = 0;
    int pages = 0;
    std::string label;  ///< the EarlierPaper's label, shown under the paper
    bool operator==(const ReusedPaper&) const = default;
};

}  // namespace motcua::counter
