#include "domain/error.h"

namespace motcua {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return "invalid_input";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::IllegalState: return "illegal_state";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Forbidden: return "forbidden";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::Storage: return "storage";
    case ErrorCode::VersionTooNew: return "version_too_new";
    case ErrorCode::Empty: return "empty";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

}  // namespace motcua
