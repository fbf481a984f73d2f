#include "store/apology_store.h"

namespace motcua::store {

namespace {

constexpr const char* kColumns =
    "a.id, a.dossier_id, d.code, a.number, a.number_year, a.status, a.for_due_at, a.proposed_due_at, a.reason, "
    "a.reason_is_placeholder, a.unit, a.late, a.breach, a.drafted_at, a.signed_at, a.signed_by, a.voided_at, "
    "a.delivered_at, a.delivered_how, a.sign_by, a.short_notice, a.signed_late, a.delivered_copy_sha256";

domain::Apology readApology(Statement& st)
{
    domain::Apology a;
    a.id = st.getInt(0);
    a.dossierId = st.getInt(1);
    a.dossierCode = st.getText(2);
    if (!st.isNull(3)) a.number = static_cast<int>(st.getInt(3));
    if (!st.isNull(4)) a.numberYear = static_cast<int>(st.getInt(4));
    a.status = domain::parseApologyStatus(st.getText(5)).value_or(domain::ApologyStatus::Draft);
    a.forDueAt = st.getInt(6);
    a.proposedDueAt = st.getInt(7);
    a.reason = st.getText(8);
    a.reasonIsPlaceholder = st.getInt(9) != 0;
    a.unit = st.getText(10);
    a.late = st.getInt(11) != 0;
    a.breach = st.getInt(12) != 0;
    a.draftedAt = st.getInt(13);
    a.signedAt = st.getOptInt(14);
    a.signedBy = st.getText(15);
    a.voidedAt = st.getOptInt(16);
    a.deliveredAt = st.getOptInt(17);
    a.deliveredHow = st.getText(18);
    a.signBy = st.getOptInt(19);
    a.shortNotice = st.getInt(20) != 0;
    a.signedLate = st.getInt(21) != 0;
    a.deliveredCopySha256 = st.getText(22);
    return a;
}

std::string apologyQuery(const char* where)
{
    return std::string("SELECT ") + kColumns + " FROM apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE " + where;
}

}  // namespace

std::vector<SweepCandidate> sweepCandidates(Database& db, domain::Instant horizon)
{
    std::vector<SweepCandidate> out;
    auto& st = db.prepare(
        "SELECT d.id, d.status, p.days, d.received_at, d.original_due_at, d.due_at, d.unit, "
        "EXISTS (SELECT 1 FROM apologies a WHERE a.dossier_id = d.id AND a.for_due_at = d.due_at), "
        "EXISTS (SELECT 1 FROM apologies s WHERE s.dossier_id = d.id AND s.status = 'signed') "
        "FROM dossiers d JOIN procedures p ON p.code = d.procedure_code "
        "WHERE d.status IN ('received','processing') AND d.due_at < ? ORDER BY d.due_at");
    st.bind(1, horizon);
    while (st.step()) {
        SweepCandidate c;
        c.dossierId = st.getInt(0);
        c.facts.status = domain::parseStatus(st.getText(1)).value_or(domain::DossierStatus::Processing);
        c.facts.procedureDays = st.getDouble(2);
        c.facts.receivedAt = st.getInt(3);
        c.facts.originalDueAt = st.getInt(4);
        c.facts.dueAt = st.getInt(5);
        c.unit = st.getText(6);
        c.hasSlipForDue = st.getInt(7) != 0;
        c.hadSignedApology = st.getInt(8) != 0;
        out.push_back(std::move(c));
    }
    return out;
}

bool insertDraftIfAbsent(Database& db, const domain::Apology& a)
{
    db.prepare("INSERT INTO apologies(dossier_id, for_due_at, status, reason, reason_is_placeholder, proposed_due_at, "
               "unit, late, breach, drafted_at, sign_by, short_notice) VALUES (?,?,'draft',?,?,?,?,?,?,?,?,?) "
               "ON CONFLICT(dossier_id, for_due_at) DO NOTHING")
        .bind(1, a.dossierId)
        .bind(2, a.forDueAt)
        .bind(3, a.reason)
        .bind(4, a.reasonIsPlaceholder ? 1 : 0)
        .bind(5, a.proposedDueAt)
        .bind(6, a.unit)
        .bind(7, a.late ? 1 : 0)
        .bind(8, a.breach ? 1 : 0)
        .bind(9, a.draftedAt)
        .bind(10, a.signBy)
        .bind(11, a.shortNotice ? 1 : 0)
        .run();
    return db.changes() == 1;
}

int voidStaleDrafts(Database& db, domain::Instant now)
{
    db.prepare("UPDATE apologies SET status = 'void', voided_at = ?1 WHERE status = 'draft' AND id IN ("
               "SELECT a.id FROM apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE a.status = 'draft' AND ("
               " (d.status IN ('result_ready','returned') AND d.resolved_at <= a.for_due_at)"
               " OR d.status IN ('refused','withdrawn','stopped','waiting_supplement')"
               " OR (d.status IN ('received','processing') AND d.due_at <> a.for_due_at)))")
        .bind(1, now)
        .run();
    return db.changes();
}

std::optional<domain::Apology> findApology(Database& db, std::int64_t id)
{
    auto& st = db.prepare(apologyQuery("a.id = ?")).bind(1, id);
    if (!st.step()) return std::nullopt;
    auto a = readApology(st);
    st.reset();
    return a;
}

std::vector<domain::Apology> listApologies(Database& db, std::optional<domain::ApologyStatus> status)
{
    std::vector<domain::Apology> out;
    auto& st = db.prepare(apologyQuery("(?1 = '' OR a.status = ?1) ORDER BY a.id"))
                   .bind(1, status ? domain::apologyStatusName(*status) : "");
    while (st.step()) out.push_back(readApology(st));
    return out;
}

std::vector<domain::Apology> apologiesOfDossier(Database& db, std::int64_t dossierId)
{
    std::vector<domain::Apology> out;
    auto& st = db.prepare(apologyQuery("a.dossier_id = ? ORDER BY a.id")).bind(1, dossierId);
    while (st.step()) out.push_back(readApology(st));
    return out;
}

int nextApologyNumber(Database& db, int year)
{
    auto& st = db.prepare("SELECT COALESCE(MAX(number), 0) + 1 FROM apologies WHERE number_year = ?").bind(1, year);
    st.step();
    const int n = static_cast<int>(st.getInt(0));
    st.reset();
    return n;
}

void markSigned(Database& db, const domain::Apology& a)
{
    db.prepare("UPDATE apologies SET status = 'signed', reason = ?, reason_is_placeholder = 0, proposed_due_at = ?, "
               "signed_at = ?, signed_by = ?, number = ?, number_year = ?, sign_by = ?8, signed_late = ?9 "
               "WHERE id = ?7 AND status = 'draft'")
        .bind(1, a.reason)
        .bind(2, a.proposedDueAt)
        .bind(3, a.signedAt)
        .bind(4, a.signedBy)
        .bind(5, a.number)
        .bind(6, a.numberYear)
        .bind(7, a.id)
        .bind(8, a.signBy)
        .bind(9, a.signedLate ? 1 : 0)
        .run();
    if (db.changes() != 1) throw Error(ErrorCode::Conflict, "Phiếu xin lỗi vừa được người khác ký hoặc huỷ");
}

void markDelivered(Database& db, std::int64_t id, domain::Instant at, const std::string& how, const std::string& copySha256)
{
    db.prepare("UPDATE apologies SET delivered_at = ?, delivered_how = ?, delivered_copy_sha256 = ? WHERE id = ? "
               "AND status = 'signed' AND delivered_at IS NULL")
        .bind(1, at)
        .bind(2, how)
        .bind(3, copySha256)
        .bind(4, id)
        .run();
    if (db.changes() != 1) throw Error(ErrorCode::Conflict, "Phiếu xin lỗi vừa được người khác ghi nhận đã trao");
}

}  // namespace motcua::store
