#include "store/attachment_store.h"

namespace motcua::store {

namespace {

constexpr const char* kColumns =
    "SELECT a.id, d.code, a.kind, a.paper, a.sha256, a.pages, a.bytes, a.who, a.at, a.reused_from "
    "FROM attachments a JOIN dossiers d ON d.id = a.dossier_id ";

domain::Attachment readRow(const Statement& st)
{
    domain::Attachment a;
    a.id = st.getInt(0);
    a.dossierCode = st.getText(1);
    a.kind = domain::parseAttachmentKind(st.getText(2)).value_or(domain::AttachmentKind::Intake);
    a.paper = static_cast<int>(st.getInt(3));
    a.sha256 = st.getText(4);
    a.pages = static_cast<int>(st.getInt(5));
    a.bytes = st.getInt(6);
    a.addedBy = st.getText(7);
    a.addedAt = st.getInt(8);
    a.reusedFrom = st.getInt(9);
    return a;
}

std::vector<domain::Attachment> readAll(Statement& st)
{
    std::vector<domain::Attachment> out;
    while (st.step()) out.push_back(readRow(st));
    return out;
}

int countOf(Database& db, const std::string& sql, domain::Instant from, domain::Instant to)
{
    auto& st = db.prepare(sql).bind(1, from).bind(2, to);
    const int n = st.step() ? static_cast<int>(st.getInt(0)) : 0;
    st.reset();
    return n;
}

}  // namespace

std::int64_t insertAttachment(Database& db, const NewAttachment& a)
{
    db.prepare("INSERT INTO attachments(dossier_id, paper, kind, pages, bytes, sha256, who, at, reused_from) "
               "VALUES (?,?,?,?,?,?,?,?,?)")
        .bind(1, a.dossierId)
        .bind(2, a.paper)
        .bind(3, domain::attachmentKindName(a.kind))
        .bind(4, a.pages)
        .bind(5, a.bytes)
        .bind(6, a.sha256)
        .bind(7, a.who)
        .bind(8, a.at)
        .bind(9, a.reusedFrom)
        .run();
    return db.lastInsertId();
}

std::vector<domain::Attachment> attachmentsOfDossier(Database& db, std::int64_t dossierId)
{
    return readAll(db.prepare(std::string(kColumns) + "WHERE a.dossier_id = ? ORDER BY a.id").bind(1, dossierId));
}

std::optional<domain::Attachment> attachmentById(Database& db, std::int64_t id)
{
    auto& st = db.prepare(std::string(kColumns) + "WHERE a.id = ?").bind(1, id);
    std::optional<domain::Attachment> out;
    if (st.step()) out = readRow(st);
    st.reset();
    return out;
}

std::vector<domain::Attachment> attachmentsOfCitizen(Database& db, const std::string& idNumber)
{
    return readAll(db.prepare(std::string(kColumns) +
                              "WHERE d.id_number = ? AND a.kind = 'intake' AND a.reused_from = 0 "
                              "ORDER BY a.at DESC, a.id DESC")
                       .bind(1, idNumber));
}

std::vector<std::string> attachmentHashes(Database& db)
{
    std::vector<std::string> out;
    // A backup from before the digital dossier has no such table: it names no file.
    auto& has = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'attachments'");
    const bool exists = has.step() && has.getInt(0) > 0;
    has.reset();
    if (!exists) return out;
    auto& st = db.prepare("SELECT DISTINCT sha256 FROM attachments ORDER BY sha256");
    while (st.step()) out.push_back(st.getText(0));
    return out;
}

DigitisationFacts digitisationFacts(Database& db, domain::Instant from, domain::Instant to)
{
    const std::string period = " FROM dossiers d WHERE d.received_at >= ?1 AND d.received_at < ?2 ";
    const std::string withResult = " AND d.status IN ('result_ready','returned') ";
    const std::string resultDigitised =
        " AND EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.kind = 'result') ";
    // Every paper kept in the dossier (not only shown) has a scan; the checklist must be itemised.
    const std::string papersDigitised =
        " AND d.papers_recorded = 1 AND NOT EXISTS (SELECT 1 FROM dossier_papers p WHERE p.dossier_id = d.id "
        "AND p.shown = 0 AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id "
        "AND a.kind = 'intake' AND a.paper = p.idx + 1)) ";
    const std::string reusing =
        " AND EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.reused_from <> 0) ";
    DigitisationFacts f;
    f.received = countOf(db, "SELECT count(*)" + period, from, to);
    f.withResult = countOf(db, "SELECT count(*)" + period + withResult, from, to);
    f.resultDigitised = countOf(db, "SELECT count(*)" + period + withResult + resultDigitised, from, to);
    f.fullyDigitised = countOf(db, "SELECT count(*)" + period + withResult + resultDigitised + papersDigitised, from, to);
    f.reusing = countOf(db, "SELECT count(*)" + period + reusing, from, to);
    return f;
}

}  // namespace motcua::store
