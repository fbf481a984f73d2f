// The one error type the domain, store and service throw: a code a program can branch on and a
// message a person can act on (Vietnamese where the person is a citizen or clerk).
#pragma once

#include <stdexcept>
#include <string>

namespace motcua {

enum class ErrorCode {
    InvalidInput,     ///< bad argument, field or file content
    NotFound,         ///< unknown code, ticket, user …
    IllegalState,     ///< a move the state machine forbids
    Conflict,         ///< someone else changed it first; refresh and retry
    Forbidden,        ///< the caller's role may not do this
    Busy,             ///< the store stayed locked past the busy timeout; retry
    Storage,          ///< the database file is unusable (corrupt, read-only, disk full)
    VersionTooNew,    ///< the database was written by a newer motcua
    Empty,            ///< nothing to do (e.g. nobody is waiting)
    Internal,
};

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    [[nodiscard]] ErrorCode code() const noexcept { return m_code; }

private:
    ErrorCode m_code;
};

/// Short stable name of an error code, for JSON and logs ("invalid_input", …).
const char* errorCodeName(ErrorCode code);

}  // namespace motcua
