#include "store/dossier_store.h"

#include "domain/text.h"

namespace motcua::store {

namespace {

constexpr const char* kDossierColumns =
    "d.id, d.code, d.procedure_code, p.name, p.days, d.applicant_name, d.id_number, d.phone, d.address, d.channel, "
    "d.ticket_id, d.status, d.received_at, d.original_due_at, d.due_at, d.resolved_at, d.returned_at, "
    "d.returned_to, d.closed_at, d.supplement_requested_at, d.supplement_count, d.receiver, d.unit, d.version, "
    "d.applicant_kind, d.email, d.rep_name, d.rep_id_number, d.rep_phone, d.rep_address, d.rep_authorisation, "
    "d.collection, d.papers_recorded, d.check_code";

domain::Dossier readDossier(Statement& st)
{
    domain::Dossier d;
    d.id = st.getInt(0);
    d.code = st.getText(1);
    d.procedureCode = st.getText(2);
    d.procedureName = st.getText(3);
    d.procedureDays = st.getDouble(4);
    d.applicantName = st.getText(5);
    d.idNumber = st.getText(6);
    d.phone = st.getText(7);
    d.address = st.getText(8);
    d.channel = domain::parseChannel(st.getText(9)).value_or(domain::Channel::Direct);
    d.ticketId = st.getOptInt(10);
    d.status = domain::parseStatus(st.getText(11)).value_or(domain::DossierStatus::Received);
    d.receivedAt = st.getInt(12);
    d.originalDueAt = st.getInt(13);
    d.dueAt = st.getInt(14);
    d.resolvedAt = st.getOptInt(15);
    d.returnedAt = st.getOptInt(16);
    d.returnedTo = st.getText(17);
    d.closedAt = st.getOptInt(18);
    d.supplementRequestedAt = st.getOptInt(19);
    d.supplementCount = static_cast<int>(st.getInt(20));
    d.receiver = st.getText(21);
    d.unit = st.getText(22);
    d.version = st.getInt(23);
    d.applicantKind = domain::parseApplicantKind(st.getText(24)).value_or(domain::ApplicantKind::Person);
    d.email = st.getText(25);
    d.representative = {st.getText(26), st.getText(27), st.getText(28), st.getText(29), st.getText(30)};
    d.collection = domain::parseCollection(st.getText(31)).value_or(domain::Collection::Counter);
    d.papersRecorded = st.getInt(32) != 0;
    d.checkCode = st.getText(33);
    return d;
}

std::string dossierQuery(const std::string& where)
{
    return std::string("SELECT ") + kDossierColumns +
           " FROM dossiers d JOIN procedures p ON p.code = d.procedure_code WHERE " + where;
}

std::optional<domain::Dossier> oneDossier(Statement& st)
{
    if (!st.step()) return std::nullopt;
    auto d = readDossier(st);
    st.reset();
    return d;
}

}  // namespace

int nextDossierSequence(Database& db, const std::string& office, const domain::Date& day)
{
    auto& st = db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 FROM dossiers WHERE office = ? AND day = ?")
                   .bind(1, office)
                   .bind(2, day.iso());
    st.step();
    const int n = static_cast<int>(st.getInt(0));
    st.reset();
    return n;
}

std::int64_t insertDossier(Database& db, const NewDossier& n)
{
    const auto& d = n.data;
    db.prepare("INSERT INTO dossiers(code, office, day, seq, procedure_code, applicant_name, name_folded, id_number, "
               "phone, address, channel, ticket_id, status, received_at, original_due_at, due_at, receiver, unit, "
               "applicant_kind, email, rep_name, rep_id_number, rep_phone, rep_address, rep_authorisation, collection, "
               "papers_recorded, check_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, n.code)
        .bind(2, n.office)
        .bind(3, n.day.iso())
        .bind(4, n.sequence)
        .bind(5, d.procedureCode)
        .bind(6, d.applicantName)
        .bind(7, domain::foldForSearch(d.applicantName))
        .bind(8, d.idNumber)
        .bind(9, d.phone)
        .bind(10, d.address)
        .bind(11, domain::channelName(d.channel))
        .bind(12, d.ticketId)
        .bind(13, domain::statusName(d.status))
        .bind(14, d.receivedAt)
        .bind(15, d.originalDueAt)
        .bind(16, d.dueAt)
        .bind(17, d.receiver)
        .bind(18, d.unit)
        .bind(19, domain::applicantKindName(d.applicantKind))
        .bind(20, d.email)
        .bind(21, d.representative.name)
        .bind(22, d.representative.idNumber)
        .bind(23, d.representative.phone)
        .bind(24, d.representative.address)
        .bind(25, d.representative.authorisation)
        .bind(26, domain::collectionName(d.collection))
        .bind(27, d.papersRecorded ? 1 : 0)
        .bind(28, d.checkCode)
        .run();
    return db.lastInsertId();
}

void insertPapers(Database& db, std::int64_t dossierId, const std::vector<domain::SubmittedPaper>& papers)
{
    for (const auto& p : papers)
        db.prepare("INSERT INTO dossier_papers(dossier_id, idx, name, kind, form, quantity, shown) VALUES (?,?,?,?,?,?,?)")
            .bind(1, dossierId)
            .bind(2, p.index)
            .bind(3, p.name)
            .bind(4, domain::paperKindName(p.kind))
            .bind(5, domain::paperFormName(p.form))
            .bind(6, p.quantity)
            .bind(7, p.shown ? 1 : 0)
            .run();
}

std::vector<domain::SubmittedPaper> listPapers(Database& db, std::int64_t dossierId)
{
    std::vector<domain::SubmittedPaper> out;
    auto& st = db.prepare("SELECT idx, name, kind, form, quantity, shown FROM dossier_papers WHERE dossier_id = ? ORDER BY idx")
                   .bind(1, dossierId);
    while (st.step())
        out.push_back({static_cast<int>(st.getInt(0)), st.getText(1),
                       domain::parsePaperKind(st.getText(2)).value_or(domain::PaperKind::Required),
                       domain::parsePaperForm(st.getText(3)).value_or(domain::PaperForm::Original),
                       static_cast<int>(st.getInt(4)), st.getInt(5) != 0});
    return out;
}

std::optional<domain::Dossier> findDossier(Database& db, const std::string& code)
{
    return oneDossier(db.prepare(dossierQuery("d.code = ?")).bind(1, code));
}

std::optional<domain::Dossier> findDossierById(Database& db, std::int64_t id)
{
    return oneDossier(db.prepare(dossierQuery("d.id = ?")).bind(1, id));
}

void updateDossier(Database& db, domain::Dossier& d)
{
    db.prepare("UPDATE dossiers SET status = ?, original_due_at = ?, due_at = ?, resolved_at = ?, returned_at = ?, "
               "returned_to = ?, closed_at = ?, supplement_requested_at = ?, supplement_count = ?, unit = ?, "
               "version = version + 1 WHERE id = ? AND version = ?")
        .bind(1, domain::statusName(d.status))
        .bind(2, d.originalDueAt)
        .bind(3, d.dueAt)
        .bind(4, d.resolvedAt)
        .bind(5, d.returnedAt)
        .bind(6, d.returnedTo)
        .bind(7, d.closedAt)
        .bind(8, d.supplementRequestedAt)
        .bind(9, d.supplementCount)
        .bind(10, d.unit)
        .bind(11, d.id)
        .bind(12, d.version)
        .run();
    if (db.changes() != 1)
        throw Error(ErrorCode::Conflict, "Hồ sơ " + d.code +
                                             " vừa được người khác cập nhật; hãy tải lại và thực hiện lại thao tác");
    ++d.version;
}

void insertEvent(Database& db, std::int64_t dossierId, const domain::DossierEvent& e)
{
    db.prepare("INSERT INTO dossier_events(dossier_id, at, actor, action, from_status, to_status, note, flagged) "
               "VALUES (?,?,?,?,?,?,?,?)")
        .bind(1, dossierId)
        .bind(2, e.at)
        .bind(3, e.actor)
        .bind(4, e.action)
        .bind(5, e.fromStatus)
        .bind(6, e.toStatus)
        .bind(7, e.note)
        .bind(8, e.flagged ? 1 : 0)
        .run();
}

std::vector<domain::DossierEvent> listEvents(Database& db, std::int64_t dossierId)
{
    std::vector<domain::DossierEvent> out;
    // The actor's full name comes along: slips name who acted, whoever reprints them.
    auto& st = db.prepare("SELECT e.id, e.at, e.actor, e.action, e.from_status, e.to_status, e.note, e.flagged, "
                          "COALESCE(s.full_name, '') FROM dossier_events e LEFT JOIN staff s ON s.username = e.actor "
                          "WHERE e.dossier_id = ? ORDER BY e.id")
                   .bind(1, dossierId);
    while (st.step())
        out.push_back({st.getInt(0), st.getInt(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5),
                       st.getText(6), st.getInt(7) != 0, st.getText(8)});
    return out;
}

std::int64_t insertStep(Database& db, std::int64_t dossierId, const domain::DossierStep& s)
{
    db.prepare("INSERT INTO dossier_steps(dossier_id, from_unit, to_unit, handed_at, due_at, done_at, note) "
               "VALUES (?,?,?,?,?,?,?)")
        .bind(1, dossierId)
        .bind(2, s.fromUnit)
        .bind(3, s.toUnit)
        .bind(4, s.handedAt)
        .bind(5, s.dueAt)
        .bind(6, s.doneAt)
        .bind(7, s.note)
        .run();
    return db.lastInsertId();
}

std::vector<domain::DossierStep> listSteps(Database& db, std::int64_t dossierId)
{
    std::vector<domain::DossierStep> out;
    auto& st = db.prepare("SELECT id, from_unit, to_unit, handed_at, due_at, done_at, note FROM dossier_steps "
                          "WHERE dossier_id = ? ORDER BY id")
                   .bind(1, dossierId);
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getInt(3), st.getOptInt(4), st.getOptInt(5),
                       st.getText(6)});
    return out;
}

std::optional<domain::DossierStep> completeOpenStep(Database& db, std::int64_t dossierId, domain::Instant at)
{
    auto& st = db.prepare("SELECT id, from_unit, to_unit, handed_at, due_at, done_at, note FROM dossier_steps "
                          "WHERE dossier_id = ? AND done_at IS NULL ORDER BY id DESC LIMIT 1")
                   .bind(1, dossierId);
    if (!st.step()) return std::nullopt;
    domain::DossierStep s{st.getInt(0), st.getText(1), st.getText(2), st.getInt(3), st.getOptInt(4), at, st.getText(6)};
    st.reset();
    db.prepare("UPDATE dossier_steps SET done_at = ? WHERE id = ?").bind(1, at).bind(2, s.id).run();
    return s;
}

std::string lastNote(Database& db, std::int64_t dossierId)
{
    // A step's own note (why it was handed on) wins over the event of the same moment.
    auto& st = db.prepare("SELECT note FROM (SELECT note, handed_at AS at, 0 AS pri FROM dossier_steps WHERE dossier_id = ?1 "
                          "AND note <> '' UNION ALL SELECT note, at, 1 FROM dossier_events WHERE dossier_id = ?1 "
                          "AND note <> '' AND action = 'complete_step') ORDER BY at DESC, pri LIMIT 1")
                   .bind(1, dossierId);
    std::string note = st.step() ? st.getText(0) : std::string();
    st.reset();
    return note;
}

std::vector<domain::Dossier> listDossiers(Database& db, const DossierFilter& f)
{
    std::string where = "1";
    const bool byDue = f.runningDueBefore || f.runningDueFrom;
    if (byDue) where += " AND d.status IN ('received','processing')";
    if (f.runningDueBefore) where += " AND d.due_at < ?1";
    if (f.runningDueFrom) where += " AND d.due_at >= ?2";
    if (f.status) where += " AND d.status = ?3";
    if (!f.nameFolded.empty()) where += " AND d.name_folded LIKE '%' || ?4 || '%' ESCAPE '\\'";
    if (f.receivedFrom) where += " AND d.received_at >= ?6";
    if (f.receivedBefore) where += " AND d.received_at < ?7";
    where += byDue ? " ORDER BY d.due_at, d.id" : " ORDER BY d.received_at DESC, d.id DESC";
    if (f.limit > 0) where += " LIMIT ?5";
    auto& st = db.prepare(dossierQuery(where));
    if (f.runningDueBefore) st.bind(1, *f.runningDueBefore);
    if (f.runningDueFrom) st.bind(2, *f.runningDueFrom);
    if (f.status) st.bind(3, domain::statusName(*f.status));
    if (!f.nameFolded.empty()) {
        std::string escaped;
        for (char c : f.nameFolded) {
            if (c == '%' || c == '_' || c == '\\') escaped += '\\';
            escaped += c;
        }
        st.bind(4, escaped);
    }
    if (f.limit > 0) st.bind(5, f.limit);
    if (f.receivedFrom) st.bind(6, *f.receivedFrom);
    if (f.receivedBefore) st.bind(7, *f.receivedBefore);
    std::vector<domain::Dossier> out;
    while (st.step()) out.push_back(readDossier(st));
    return out;
}

}  // namespace motcua::store
