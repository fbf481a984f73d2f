// SqliteDesk: what the counter app needs beside the dossier calls — the clerk's intake draft
// (kept so nothing typed is lost), procedure search by folded words, and "assigned to me".
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/procedure_search.h"
#include "domain/text.h"
#include "store/draft_store.h"

#include <algorithm>

namespace motcua::service {

using domain::Permission;

namespace {

/// A draft keeps whatever the clerk typed (it may still be invalid), but only sane text, and no
/// longer than the form accepts on receiving: one limit, in characters, worded as cleanText's.
void checkDraftField(const std::string& value, const char* field, std::size_t maxChars)
{
    if (!domain::isValidUtf8(value))
        throw Error(ErrorCode::InvalidInput, std::string(field) + ": có ký tự không đọc được (không phải UTF-8)");
    if (domain::utf8Length(value) > maxChars)
        throw Error(ErrorCode::InvalidInput, std::string(field) + ": dài quá " + std::to_string(maxChars) + " ký tự");
}

}  // namespace

void SqliteDesk::saveDraft(const domain::IntakeDraft& draft)
{
    require(Permission::ReceiveDossier);
    checkDraftField(draft.procedureCode, "Mã thủ tục", 40);
    checkDraftField(draft.applicantName, "Họ tên người nộp", 100);
    checkDraftField(draft.idNumber, "Số định danh", 40);
    checkDraftField(draft.phone, "Số điện thoại", 40);
    checkDraftField(draft.address, "Địa chỉ", 300);
    checkDraftField(draft.ticket, "Số thứ tự", 16);
    checkDraftField(draft.email, "Thư điện tử", 400);
    checkDraftField(draft.representative.name, "Họ tên người được ủy quyền", 400);
    checkDraftField(draft.representative.idNumber, "Số CCCD người được ủy quyền", 40);
    checkDraftField(draft.representative.phone, "Số điện thoại người được ủy quyền", 40);
    checkDraftField(draft.representative.address, "Địa chỉ người được ủy quyền", 1200);
    checkDraftField(draft.representative.authorisation, "Văn bản ủy quyền", 1200);
    if (draft.papers.size() > 200) throw Error(ErrorCode::InvalidInput, "Danh mục giấy tờ quá dài");
    domain::IntakeDraft d = draft;
    d.savedAt = now();
    store::Transaction tx(*m_db);
    store::saveDraft(*m_db, m_user->username, m_counter, d);
    tx.commit();
}

std::optional<domain::IntakeDraft> SqliteDesk::loadDraft()
{
    require(Permission::ReceiveDossier);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto d = store::loadDraft(*m_db, m_user->username, m_counter);
    tx.commit();
    return d;
}

void SqliteDesk::discardDraft()
{
    require(Permission::ReceiveDossier);
    store::Transaction tx(*m_db);
    store::discardDraft(*m_db, m_user->username, m_counter);
    tx.commit();
}

std::vector<domain::Procedure> SqliteDesk::searchProcedures(const std::string& query, int limit)
{
    if (!domain::isValidUtf8(query) || query.size() > 400)
        throw Error(ErrorCode::InvalidInput, "Từ khoá tìm thủ tục không hợp lệ");
    return domain::searchProcedures(procedures(""), query, static_cast<std::size_t>(std::max(0, limit)));
}

std::vector<DossierSummary> SqliteDesk::assignedToMe()
{
    require(Permission::ReadDossiers);
    const auto& me = *m_user;
    std::vector<DossierSummary> mine;
    for (auto& s : dossiers({})) {
        const auto& d = s.dossier;
        if (!domain::isPending(d.status)) continue;
        const bool held = (!me.unit.empty() && d.unit == me.unit) || d.unit == me.username ||
                          (!me.fullName.empty() && d.unit == me.fullName);
        if (held) mine.push_back(std::move(s));
    }
    std::stable_sort(mine.begin(), mine.end(),
                     [](const DossierSummary& a, const DossierSummary& b) {
                         if (a.dossier.dueAt != b.dossier.dueAt) return a.dossier.dueAt < b.dossier.dueAt;
                         return a.dossier.code < b.dossier.code;
                     });
    return mine;
}

std::int64_t SqliteDesk::workingSecondsBetween(Instant from, Instant to)
{
    if (to <= from) return 0;
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto seconds = calendar().workingSecondsBetween(from, to);
    tx.commit();
    return seconds;
}

}  // namespace motcua::service
