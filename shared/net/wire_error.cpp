#include "net/wire_error.h"

#include "domain/text.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::net {

namespace {

constexpr std::array kCodes = {ErrorCode::InvalidInput, ErrorCode::NotFound,      ErrorCode::IllegalState,
                               ErrorCode::Conflict,     ErrorCode::Forbidden,     ErrorCode::Busy,
                               ErrorCode::Storage,      ErrorCode::VersionTooNew, ErrorCode::Empty,
                               ErrorCode::Internal};

constexpr const char* kInternalMessage = "Máy chủ gặp lỗi nội bộ. Thử lại; nếu vẫn lỗi, báo quản trị viên.";

std::optional<ErrorCode> parseWireCode(std::string_view name)
{
    if (name == "unauthenticated") return ErrorCode::Forbidden;
    for (const ErrorCode c : kCodes)
        if (name == errorCodeName(c)) return c;
    return std::nullopt;
}

/// What a status means when the body does not say.
ErrorCode codeOfStatus(int status)
{
    switch (status) {
    case 400:
    case 413: return ErrorCode::InvalidInput;
    case 401:
    case 403: return ErrorCode::Forbidden;
    case 404: return ErrorCode::NotFound;
    case 409: return ErrorCode::Conflict;
    case 429:
    case 503: return ErrorCode::Busy;
    default: return ErrorCode::Internal;
    }
}

std::string messageOfStatus(int status)
{
    switch (status) {
    case 401: return "Phiên làm việc đã hết, đăng nhập lại.";
    case 403: return "Máy này hoặc tài khoản này không được làm việc đó.";
    case 429:
    case 503: return "Máy chủ đang bận. Chờ một lát rồi thử lại.";
    default: return "Máy chủ trả lời lỗi không rõ (mã HTTP " + std::to_string(status) + "). Thử lại; nếu vẫn lỗi, báo quản trị viên.";
    }
}

}  // namespace

nlohmann::json errorBody(const Error& error)
{
    const std::string message = error.code() == ErrorCode::Internal ? kInternalMessage : error.what();
    return {{"error", {{"code", errorCodeName(error.code())}, {"message", message}}}};
}

int httpStatusOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return 400;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::NotFound: return 404;
    case ErrorCode::IllegalState:
    case ErrorCode::Conflict:
    case ErrorCode::Empty: return 409;
    case ErrorCode::Busy:
    case ErrorCode::Storage:
    case ErrorCode::VersionTooNew: return 503;
    case ErrorCode::Internal: return 500;
    }
    return 500;
}

void throwWireError(const nlohmann::json& body, int httpStatus)
{
    const nlohmann::json* error = nullptr;
    if (body.is_object()) {
        const auto it = body.find("error");
        if (it != body.end() && it->is_object()) error = &*it;
    }
    std::optional<ErrorCode> code;
    std::string message;
    if (error != nullptr) {
        const auto c = error->find("code");
        if (c != error->end() && c->is_string()) code = parseWireCode(c->get_ref<const std::string&>());
        const auto m = error->find("message");
        if (m != error->end() && m->is_string() && domain::isValidUtf8(m->get_ref<const std::string&>()))
            message = m->get<std::string>();
    }
    if (!code) code = codeOfStatus(httpStatus);
    if (message.empty()) message = messageOfStatus(httpStatus);
    throw Error(*code, message);
}

}  // namespace motcua::net
