// Intake drafts: one row per clerk; the papers checklist is stored as one token per paper
// (domain::encodePaperEntries; drafts saved as a string of 0/1 before v5 still read).
#include "store/draft_store.h"

namespace motcua::store {

void saveDraft(Database& db, const std::string& username, const domain::IntakeDraft& d)
{
    const auto& r = d.representative;
    db.prepare("INSERT INTO intake_drafts(username, procedure_code, applicant_name, id_number, phone, address, channel,"
               " ticket, papers, saved_at, applicant_kind, email, rep_name, rep_id_number, rep_phone, rep_address,"
               " rep_authorisation, collection) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
               " ON CONFLICT(username) DO UPDATE SET procedure_code = excluded.procedure_code,"
               " applicant_name = excluded.applicant_name, id_number = excluded.id_number, phone = excluded.phone,"
               " address = excluded.address, channel = excluded.channel, ticket = excluded.ticket,"
               " papers = excluded.papers, saved_at = excluded.saved_at, applicant_kind = excluded.applicant_kind,"
               " email = excluded.email, rep_name = excluded.rep_name, rep_id_number = excluded.rep_id_number,"
               " rep_phone = excluded.rep_phone, rep_address = excluded.rep_address,"
               " rep_authorisation = excluded.rep_authorisation, collection = excluded.collection")
        .bind(1, username)
        .bind(2, d.procedureCode)
        .bind(3, d.applicantName)
        .bind(4, d.idNumber)
        .bind(5, d.phone)
        .bind(6, d.address)
        .bind(7, domain::channelName(d.channel))
        .bind(8, d.ticket)
        .bind(9, domain::encodePaperEntries(d.papers))
        .bind(10, d.savedAt)
        .bind(11, domain::applicantKindName(d.applicantKind))
        .bind(12, d.email)
        .bind(13, r.name)
        .bind(14, r.idNumber)
        .bind(15, r.phone)
        .bind(16, r.address)
        .bind(17, r.authorisation)
        .bind(18, domain::collectionName(d.collection))
        .run();
}

std::optional<domain::IntakeDraft> loadDraft(Database& db, const std::string& username)
{
    auto& st = db.prepare("SELECT procedure_code, applicant_name, id_number, phone, address, channel, ticket, papers,"
                          " saved_at, applicant_kind, email, rep_name, rep_id_number, rep_phone, rep_address,"
                          " rep_authorisation, collection FROM intake_drafts WHERE username = ?")
                   .bind(1, username);
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
    st.reset();
    return d;
}

bool discardDraft(Database& db, const std::string& username)
{
    db.prepare("DELETE FROM intake_drafts WHERE username = ?").bind(1, username).run();
    return db.changes() > 0;
}

}  // namespace motcua::store
