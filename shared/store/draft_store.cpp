// Intake drafts: one row per clerk; the papers checklist is stored as a string of 0/1.
#include "store/draft_store.h"

namespace motcua::store {

void saveDraft(Database& db, const std::string& username, const domain::IntakeDraft& d)
{
    std::string papers;
    for (const bool b : d.papersChecked) papers.push_back(b ? '1' : '0');
    db.prepare("INSERT INTO intake_drafts(username, procedure_code, applicant_name, id_number, phone, address, channel,"
               " ticket, papers, saved_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
               " ON CONFLICT(username) DO UPDATE SET procedure_code = excluded.procedure_code,"
               " applicant_name = excluded.applicant_name, id_number = excluded.id_number, phone = excluded.phone,"
               " address = excluded.address, channel = excluded.channel, ticket = excluded.ticket,"
               " papers = excluded.papers, saved_at = excluded.saved_at")
        .bind(1, username)
        .bind(2, d.procedureCode)
        .bind(3, d.applicantName)
        .bind(4, d.idNumber)
        .bind(5, d.phone)
        .bind(6, d.address)
        .bind(7, domain::channelName(d.channel))
        .bind(8, d.ticket)
        .bind(9, papers)
        .bind(10, d.savedAt)
        .run();
}

std::optional<domain::IntakeDraft> loadDraft(Database& db, const std::string& username)
{
    auto& st = db.prepare("SELECT procedure_code, applicant_name, id_number, phone, address, channel, ticket, papers,"
                          " saved_at FROM intake_drafts WHERE username = ?")
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
    for (const char c : st.getText(7)) d.papersChecked.push_back(c == '1');
    d.savedAt = st.getInt(8);
    st.reset();
    return d;
}

bool discardDraft(Database& db, const std::string& username)
{
    db.prepare("DELETE FROM intake_drafts WHERE username = ?").bind(1, username).run();
    return db.changes() > 0;
}

}  // namespace motcua::store
