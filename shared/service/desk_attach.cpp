// SqliteDesk: the digital dossier (issue 15) — papers and the result stored as PDFs in a
// content-addressed folder beside the store, their rows in the store, reuse by reference, and the
// file side of backup, restore, audit verification and the sweep.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/settings.h"
#include "domain/text.h"
#include "scan/pdf_inspect.h"
#include "store/attachment_store.h"
#include "store/dossier_store.h"
#include "store/file_store.h"
#include "store/incoming_file.h"
#include "store/settings_store.h"

#include <algorithm>
#include <chrono>

namespace motcua::service {

using domain::AttachmentKind;
using domain::DossierStatus;
using domain::Permission;

namespace {

/// A file no row names is removed only after this long: a writer may have stored it and not yet
/// committed its row.
constexpr std::int64_t kOrphanGraceSeconds = 3600;

std::string auditName(const std::string& sourceName)
{
    try {
        return domain::cleanText(sourceName, "Tên tệp", 200, true);
    } catch (const Error&) {
        return "(tên tệp không đọc được)";
    }
}

std::string paperText(const domain::Attachment& a)
{
    return a.kind == AttachmentKind::Result ? "kết quả" : "thành phần " + std::to_string(a.paper);
}

}  // namespace

std::string SqliteDesk::filesFolder() const { return store::FileStore::folderFor(m_db->path()); }

std::string SqliteDesk::attachRefusal(const domain::Dossier& d, bool result, int paper)
{
    if (result) {
        if (d.status != DossierStatus::ResultReady && d.status != DossierStatus::Returned)
            return "Hồ sơ " + d.code + " đang ở trạng thái \"" + domain::statusLabel(d.status) +
                   "\": chỉ số hoá kết quả sau khi đã ghi nhận có kết quả (motcua case result)";
        return {};
    }
    if (d.status == DossierStatus::Refused || d.status == DossierStatus::Withdrawn || d.status == DossierStatus::Stopped)
        return "Hồ sơ " + d.code + " đã " + domain::statusLabel(d.status) + ": không đính kèm thêm giấy tờ";
    for (const auto& p : store::listPapers(*m_db, d.id))
        if (p.index + 1 == paper) return {};
    return "Hồ sơ " + d.code + " không có thành phần số " + std::to_string(paper) +
           " trong danh sách giấy tờ đã nộp (xem: motcua case show --code " + d.code + ")";
}

scan::PaperLimits SqliteDesk::attachLimits(const AttachRequest& request)
{
    require(request.result ? Permission::ProcessDossier : Permission::ReceiveDossier);
    if (!request.result && (request.paper < 1 || request.paper > 999))
        throw Error(ErrorCode::InvalidInput, "Số thứ tự thành phần hồ sơ phải từ 1 (dòng trong danh sách giấy tờ)");
    if (request.result && request.paper != 0)
        throw Error(ErrorCode::InvalidInput, "Kết quả không gắn với thành phần hồ sơ nào: bỏ số thành phần");
    scan::PaperLimits limits;
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto d = loadDossier(request.code, std::nullopt);
    if (auto why = attachRefusal(d, request.result, request.paper); !why.empty()) throw Error(ErrorCode::IllegalState, why);
    limits.maxBytes = static_cast<std::int64_t>(domain::settingNumber(store::getSetting(*m_db, "scan.max_bytes")));
    limits.maxPages = static_cast<int>(domain::settingNumber(store::getSetting(*m_db, "scan.max_pages")));
    tx.commit();
    return limits;
}

domain::Attachment SqliteDesk::attach(const AttachRequest& request)
{
    // Check before writing anything: the dossier, the line, the state, the PDF and the limits.
    const scan::PdfFacts facts = scan::inspectPdf(request.pdf, attachLimits(request));
    // The file first, durable; then the row. A crash between leaves an orphan file, swept later.
    store::FileStore files(filesFolder());
    const std::string sha = files.put(request.pdf);
    // A sweep may have taken the file since (it holds the write lock while it removes): store again.
    return recordAttachment(request, facts, sha, static_cast<std::int64_t>(request.pdf.size()),
                            [&] { files.put(request.pdf); });
}

domain::Attachment SqliteDesk::attachReceived(const AttachRequest& request, store::IncomingFile& file)
{
    const scan::PaperLimits limits = attachLimits(request);
    file.finish();
    const scan::PdfFacts facts = scan::inspectPdfFile(file.path(), limits);
    store::FileStore files(filesFolder());
    file.adopt(files);  // durable under its hash before the row commits, as put() would
    return recordAttachment(request, facts, file.sha256(), file.size(), [&] {
        throw Error(ErrorCode::Busy, "Tệp vừa nhận bị dọn khỏi thư mục lưu trữ trước khi ghi: gửi lại giấy tờ này");
    });
}

domain::Attachment SqliteDesk::recordAttachment(const AttachRequest& request, const scan::PdfFacts& facts,
                                                const std::string& sha, std::int64_t bytes,
                                                const std::function<void()>& restore)
{
    store::Transaction tx(*m_db);
    const auto d = loadDossier(request.code, std::nullopt);
    if (auto why = attachRefusal(d, request.result, request.paper); !why.empty()) throw Error(ErrorCode::IllegalState, why);
    if (store::FileStore(filesFolder()).check(sha) != store::FileStore::State::Ok) restore();
    store::NewAttachment row{d.id,  request.result ? AttachmentKind::Result : AttachmentKind::Intake,
                             request.paper, sha, facts.pages, bytes, actor(), now(), 0};
    const auto id = store::insertAttachment(*m_db, row);
    auto a = store::attachmentById(*m_db, id).value();
    audit("dossier.attach", d.code,
          paperText(a) + ", " + std::to_string(a.pages) + " trang, " + std::to_string(a.bytes) + " byte, sha256 " + sha +
              (request.sourceName.empty() ? "" : ", từ " + auditName(request.sourceName)));
    tx.commit();
    return a;
}

std::vector<domain::Attachment> SqliteDesk::attachments(const std::string& code)
{
    require(Permission::ReadDossiers);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto d = loadDossier(code, std::nullopt);
    auto out = store::attachmentsOfDossier(*m_db, d.id);
    tx.commit();
    return out;
}

std::string SqliteDesk::attachmentContent(std::int64_t id)
{
    return store::FileStore(filesFolder()).get(attachmentFile(id).sha256);
}

SqliteDesk::StoredFile SqliteDesk::attachmentFile(std::int64_t id)
{
    require(Permission::ReadDossiers);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto a = store::attachmentById(*m_db, id);
    tx.commit();
    if (!a) throw Error(ErrorCode::NotFound, "Không có tệp số hoá số " + std::to_string(id));
    return StoredFile{store::FileStore(filesFolder()).pathOf(a->sha256), a->sha256, a->bytes};
}

std::vector<domain::Attachment> SqliteDesk::citizenAttachments(const std::string& idNumber)
{
    require(Permission::ReceiveDossier);
    const std::string id = domain::cleanText(idNumber, "Số định danh", 20);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto out = store::attachmentsOfCitizen(*m_db, id);
    tx.commit();
    return out;
}

domain::Attachment SqliteDesk::reuseAttachment(const std::string& code, int paper, std::int64_t attachmentId)
{
    require(Permission::ReceiveDossier);
    store::Transaction tx(*m_db);
    const auto d = loadDossier(code, std::nullopt);
    if (paper < 1) throw Error(ErrorCode::InvalidInput, "Số thứ tự thành phần hồ sơ phải từ 1");
    if (auto why = attachRefusal(d, false, paper); !why.empty()) throw Error(ErrorCode::IllegalState, why);
    const auto earlier = store::attachmentById(*m_db, attachmentId);
    if (!earlier) throw Error(ErrorCode::NotFound, "Không có tệp số hoá số " + std::to_string(attachmentId));
    // Only the same citizen's papers: reuse is never a way to read someone else's scans.
    const auto owner = store::findDossier(*m_db, earlier->dossierCode);
    if (!owner || owner->idNumber.empty() || owner->idNumber != d.idNumber)
        throw Error(ErrorCode::Forbidden, "Tệp số hoá số " + std::to_string(attachmentId) +
                                              " không thuộc người nộp hồ sơ " + d.code + ": không dùng lại được");
    if (earlier->kind != AttachmentKind::Intake)
        throw Error(ErrorCode::InvalidInput, "Chỉ dùng lại được giấy tờ đã số hoá, không dùng lại kết quả");
    const auto origin = earlier->reusedFrom != 0 ? earlier->reusedFrom : earlier->id;
    store::NewAttachment row{d.id, AttachmentKind::Intake, paper, earlier->sha256, earlier->pages, earlier->bytes,
                             actor(), now(), origin};
    auto a = store::attachmentById(*m_db, store::insertAttachment(*m_db, row)).value();
    audit("dossier.reuse", d.code,
          paperText(a) + " dùng lại tệp số " + std::to_string(origin) + " của hồ sơ " + earlier->dossierCode +
              ", sha256 " + a.sha256);
    tx.commit();
    return a;
}

int SqliteDesk::sweepOrphanFiles()
{
    // Apps sweep every minute; listing the folder every ten is plenty.
    const auto steady = std::chrono::steady_clock::now();
    if (m_lastFileSweep && steady - *m_lastFileSweep < std::chrono::minutes(10)) return 0;
    m_lastFileSweep = steady;
    // Under the write lock: no attach can commit a row for a file while it is being removed.
    store::Transaction tx(*m_db);
    const int removed = store::FileStore(filesFolder()).sweep(store::attachmentHashes(*m_db), kOrphanGraceSeconds);
    if (removed > 0) audit("sweep", "files", "removed " + std::to_string(removed) + " orphan files");
    tx.commit();
    return removed;
}

void SqliteDesk::copyNamedFiles(const std::string& dbPath, const std::string& fromFolder, bool strict)
{
    std::vector<std::string> hashes;
    {
        // Read-write so closing it checkpoints and leaves no -wal/-shm beside the backup.
        store::Database db(dbPath, store::OpenMode::ExistingReadWrite);
        hashes = store::attachmentHashes(db);
    }
    const store::FileStore from(fromFolder);
    store::FileStore to(store::FileStore::folderFor(dbPath));
    for (const auto& sha : hashes) {
        try {
            from.copyTo(sha, to);
        } catch (const Error&) {
            if (strict) throw;
        }
    }
}

std::string SqliteDesk::checkFiles()
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto hashes = store::attachmentHashes(*m_db);
    tx.commit();
    const store::FileStore files(filesFolder());
    int missing = 0;
    int corrupt = 0;
    m_lastFileCount = static_cast<std::int64_t>(hashes.size());
    std::string first;
    for (const auto& sha : hashes) {
        const auto state = files.check(sha);
        if (state == store::FileStore::State::Ok) continue;
        (state == store::FileStore::State::Missing ? missing : corrupt) += 1;
        if (first.empty()) first = sha;
    }
    m_lastBadFiles = missing + corrupt;
    if (missing == 0 && corrupt == 0) return {};
    return std::to_string(hashes.size()) + " tệp số hoá: " + std::to_string(missing) + " bị mất, " +
           std::to_string(corrupt) + " bị thay đổi (mã băm không khớp), ví dụ " + first +
           "; khôi phục thư mục " + files.folder() + " từ bản sao lưu";
}

}  // namespace motcua::service
