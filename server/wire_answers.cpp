#include "wire_answers.h"

#include "net/wire_error.h"

namespace motcua::server {

int statusOf(ErrorCode code) { return net::httpStatusOf(code); }

nlohmann::json errorJson(ErrorCode code, const std::string& message) { return net::errorBody(Error(code, message)); }

SafeError safeAnswer(const Error& e)
{
    const ErrorCode code = e.code();
    if (code == ErrorCode::Storage || code == ErrorCode::Internal || code == ErrorCode::Busy)
        return {statusOf(code),
                errorJson(code, code == ErrorCode::Busy
                                    ? "Máy chủ đang bận ghi dữ liệu, vui lòng thử lại sau giây lát"
                                    : code == ErrorCode::Storage
                                          ? "Máy chủ không đọc hoặc ghi được dữ liệu; chưa có gì thay đổi. Hãy báo quản trị viên"
                                          : "Máy chủ gặp lỗi không mong đợi; chưa có gì thay đổi. Hãy báo quản trị viên"),
                true};
    // A constraint message quotes SQLite's text (table and column names): keep only our words.
    if (code == ErrorCode::Conflict && std::string(e.what()).find("ràng buộc") != std::string::npos)
        return {409, errorJson(code, "Dữ liệu xung đột với một thay đổi khác; hãy tải lại và thử lại"), true};
    return {statusOf(code), errorJson(code, e.what()), false};
}

}  // namespace motcua::server
