// The store host's streamed files (docs/network-protocol.md, /v1/file/…): an upload is admitted
// like a call and checked by the Desk (role, dossier, paper line) before its body is read; the
// body goes into a temporary in the file store, hashed as it comes, and is adopted by the store
// when the Desk records the attachment. A download is checked against its hash before it leaves.
#include "host.h"

#include "net/desk_codec.h"
#include "store/file_store.h"
#include "store/incoming_file.h"
#include "wire_answers.h"

#include <algorithm>
#include <iostream>

namespace motcua::server {

using nlohmann::json;


namespace {

std::string megabytes(std::int64_t bytes)
{
    const std::int64_t tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
    return std::to_string(tenths / 10) + (tenths % 10 ? "," + std::to_string(tenths % 10) : "");
}

}  // namespace

std::optional<Answer> Host::beginUpload(const CallRequest& r, std::unique_ptr<Upload>& out)
{
    auto up = std::make_unique<Upload>();
    Admitted& a = up->admitted;
    if (r.method != net::kUploadMethod)
        return refuse(a.who, ErrorCode::NotFound, "Máy chủ không nhận tệp qua lệnh \"" + r.method.substr(0, 64) + "\"");
    if (auto refused = admit(r, a)) return refused;
    if (auto refused = chooseDesk(r.method, a)) return refused;
    up->requestId = r.requestId;
    try {
        up->request = net::uploadRequestOf(a.args);
        {
            std::lock_guard deskLock(a.desk->mutex);
            service::SqliteDesk& desk = deskOf(*a.desk);
            if (a.who.user == "-")
                if (const auto u = desk.currentUser()) a.who.user = u->username;
            // A retry of an upload that ran: its first answer, without reading the body again.
            if (auto again = storedAnswer(a.device, r.requestId, a.who)) return again;
            up->limit = desk.attachLimits(up->request).maxBytes;  // the role, the dossier, the line
        }
        up->limit = std::min<std::int64_t>(up->limit, static_cast<std::int64_t>(m_options.maxBodyBytes));
        up->file = std::make_unique<store::IncomingFile>(store::FileStore(store::FileStore::folderFor(m_options.dbPath)));
    } catch (const Error& e) {
        return answerFor(e, r.method, a.who);
    } catch (const std::exception& e) {  // the codec's own (nlohmann) errors
        return answerFor(Error(ErrorCode::Internal, e.what()), r.method, a.who);
    }
    out = std::move(up);
    return std::nullopt;
}

std::int64_t Host::uploadLimit(const Upload& up) const { return up.limit; }

bool Host::receiveUpload(Upload& up, const char* data, std::size_t n)
{
    if (up.failed) return false;
    if (up.file->size() + static_cast<std::int64_t>(n) > up.limit) return false;
    try {
        up.file->write(data, n);
    } catch (const Error& e) {
        up.failed = e;
        return false;
    }
    return true;
}

Answer Host::uploadStopped(const Upload& up) const
{
    if (up.failed) return answerFor(*up.failed, std::string(net::kUploadMethod), up.admitted.who);
    return refuse(up.admitted.who, ErrorCode::InvalidInput,
                  "Tệp PDF lớn hơn giới hạn " + megabytes(up.limit) +
                      " MB mà máy chủ nhận cho một giấy tờ (thiết lập scan.max_bytes): chưa có gì được lưu. Hãy quét "
                      "lại với độ phân giải thấp hơn hoặc tách thành nhiều giấy tờ.",
                  413);
}

Answer Host::finishUpload(Upload& up)
{
    const Admitted& a = up.admitted;
    return run(*a.desk, a.device, std::string(net::kUploadMethod), true, up.requestId,
               [&](service::SqliteDesk& desk) { return net::encode(desk.attachReceived(up.request, *up.file)); }, a.who);
}

std::optional<Answer> Host::beginDownload(const CallRequest& r, Download& out, Answer& who)
{
    Admitted a;
    if (r.method != net::kDownloadMethod)
        return refuse(a.who, ErrorCode::NotFound, "Máy chủ không gửi tệp qua lệnh \"" + r.method.substr(0, 64) + "\"");
    if (auto refused = admit(r, a)) return refused;
    if (auto refused = chooseDesk(r.method, a)) return refused;
    try {
        const std::int64_t id = net::downloadIdOf(a.args);
        service::SqliteDesk::StoredFile f;
        {
            std::lock_guard deskLock(a.desk->mutex);
            service::SqliteDesk& desk = deskOf(*a.desk);
            if (a.who.user == "-")
                if (const auto u = desk.currentUser()) a.who.user = u->username;
            f = desk.attachmentFile(id);  // ReadDossiers
        }
        // Checked before a byte leaves (read in pieces, outside the desk's lock): a changed file
        // is refused in words that say so (no path, nothing of the host's inside).
        const auto state = store::FileStore(store::FileStore::folderFor(m_options.dbPath)).check(f.sha256);
        if (state == store::FileStore::State::Corrupt) {
            std::cerr << "motcua serve: " << r.method << ": tệp " << f.path << " không khớp mã băm\n";
            return refuse(a.who, ErrorCode::Storage, store::FileStore::changed(f.sha256).what());
        }
        if (state == store::FileStore::State::Missing)
            return refuse(a.who, ErrorCode::NotFound,
                          "Không tìm thấy tệp số hoá " + f.sha256.substr(0, 12) +
                              "… trên máy chủ: báo quản trị viên khôi phục thư mục tệp từ bản sao lưu (motcua restore)");
        out = Download{f.path, f.sha256, f.bytes};
    } catch (const Error& e) {
        return answerFor(e, r.method, a.who);
    } catch (const std::exception& e) {
        return answerFor(Error(ErrorCode::Internal, e.what()), r.method, a.who);
    }
    who = a.who;
    return std::nullopt;
}

}  // namespace motcua::server
