// Intake drafts: one row per clerk and counter; the papers checklist is stored as one token per paper
// (domain::encodePaperEntries; drafts saved as a string of 0/1 before v5 still read), the fee lines
// as typed (domain::encodeIntakeFees; NULL: not confirmed yet, the catalog's).
#include "store/draft_store.h"

namespace motcua::store {

void saveDraft(Database& db, const std::string& username, int counter, const domain::IntakeDraft& d)
{
    const auto& r = d.representative;
    db.prepare("INSERT INTO intake_drafts(username, counter, procedure_code, applicant_name, id_number, phone, address, channel,"
               " ticket, papers, saved_at, applicant_kind, email, rep_name, rep_id_number, rep_phone, rep_address,"
               " rep_authorisation, collection, fees) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
               " ON CONFLICT(username, counter) DO UPDATE SET procedure_code = excluded.procedure_code,"
               " applicant_name = excluded.applicant_name, id_number = excluded.id_number, phone = excluded.phone,"
               " address = excluded.address, channel = excluded.channel, ticket = excluded.ticket,"
               " papers = excluded.papers, saved_at = excluded.saved_at, applicant_kind = excluded.applicant_kind,"
               " email = excluded.email, rep_name = excluded.rep_name, rep_id_number = excluded.rep_id_number,"
               " rep_phone = excluded.rep_phone, rep_address = excluded.rep_address,"
               " rep_authorisation = excluded.rep_authorisation, collection = excluded.collection, fees = excluded.fees")
        .bind(1, username)
        .bind(2, counter)
        .bind(3, d.procedureCode)
        .bind(4, d.applicantName)
        .bind(5, d.idNumber)
        .bind(6, d.phone)
        .bind(7, d.address)
        .bind(8, domain::channelName(d.channel))
        .bind(9, d.ticket)
        .bind(10, domain::encodePaperEntries(d.papers))
        .bind(11, d.savedAt)
        .bind(12, domain::applicantKindName(d.applicantKind))
        .bind(13, d.email)
        .bind(14, r.name)
        .bind(15, r.idNumber)
        .bind(16, r.phone)
        .bind(17, r.address)
        .bind(18, r.authorisation)
        .bind(19, domain::collectionName(d.collection))
        .bind(20, d.fees ? std::optional<std::string>(domain::encodeIntakeFees(*d.fees)) : std::nullopt)
        .run();
}

std::optional<domain::IntakeDraft> loadDraft(Database& db, const std::string& username, int counter)
{
    auto& st = db.prepare("SELECT procedure_code, applicant_name, id_number, phone, address, channel, ticket, papers,"
                          " saved_at, applicant_kind, email, rep_name, rep_id_number, rep_phone, rep_address,"
                          " rep_authorisation, collection, fees FROM intake_drafts WHERE username = ? AND counter IN (?, 0)"
                          " ORDER BY counter DESC LIMIT 1")
                   .bind(1, username)
                   .bind(2, counter);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    domain::IntakeDraft d;
    d.procedureCode = st.getText(0);
    d.applicantName = st.getText(1);
    d.idNumber = st.getText(2);
    d.phone = st.getText(3);
    d.address = st.getText(4);
    d.channel = domain::parseChannel(st.getText(5)).value_or(domain::Channel::Direct);
    d.ticket = st.getText(6);
    d.papers = domain::decodePaperEntries(st.getText(7));
    d.savedAt = st.getInt(8);
    d.applicantKind = domain::parseApplicantKind(st.getText(9)).value_or(domain::ApplicantKind::Person);
    d.email = st.getText(10);
    d.representative = {st.getText(11), st.getText(12), st.getText(13), st.getText(14), st.getText(15)};
    d.collection = domain::parseCollection(st.getText(16)).value_or(domain::Collection::Counter);
    if (!st.isNull(17)) d.fees = domain::decodeIntakeFees(st.getText(17));
    st.reset();
    return d;
}

bool discardDraft(Database& db, const std::string& username, int counter)
{
    db.prepare("DELETE FROM intake_drafts WHERE username = ? AND counter IN (?, 0)").bind(1, username).bind(2, counter).run();
    return db.changes() > 0;
}

}  // namespace motcua::store
