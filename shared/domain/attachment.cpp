#include "domain/attachment.h"

namespace motcua::domain {

const char* attachmentKindName(AttachmentKind k)
{
    return k == AttachmentKind::Result ? "result" : "intake";
}

std::optional<AttachmentKind> parseAttachmentKind(std::string_view name)
{
    if (name == "intake") return AttachmentKind::Intake;
    if (name == "result") return AttachmentKind::Result;
    return std::nullopt;
}

bool isSha256Hex(std::string_view hex)
{
    if (hex.size() != 64) return false;
    for (const char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace motcua::domain
