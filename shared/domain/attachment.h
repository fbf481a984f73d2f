// The digital dossier (issue 15): a paper of the checklist or the result, scanned and stored as
// one PDF. The store keeps the metadata; the PDF itself lives in a content-addressed file named
// by its SHA-256. A paper already digitised for the same citizen can be reused by reference.
#pragma once

#include "domain/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::domain {

enum class AttachmentKind { Intake, Result };

[[nodiscard]] const char* attachmentKindName(AttachmentKind k);  ///< "intake", "result"
[[nodiscard]] std::optional<AttachmentKind> parseAttachmentKind(std::string_view name);

struct Attachment {
    std::int64_t id = 0;
    std::string dossierCode;
    AttachmentKind kind = AttachmentKind::Intake;
    int paper = 0;       ///< 1-based line of the checklist (catalog position + 1); 0 for the result
    std::string sha256;  ///< lowercase hex of the PDF's bytes
    int pages = 0;
    std::int64_t bytes = 0;
    std::string addedBy;
    Instant addedAt = 0;
    std::int64_t reusedFrom = 0;  ///< the attachment this one points to (0: an original)
    friend bool operator==(const Attachment&, const Attachment&) = default;
};

/// Whether `hex` looks like a SHA-256 in lowercase hex (the only names the file store accepts).
[[nodiscard]] bool isSha256Hex(std::string_view hex);

}  // namespace motcua::domain
