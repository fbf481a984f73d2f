// Report facts: three read-only queries joined to procedures for the field and the unit.
// Dossier rows that finished before the period are filtered here; the rest in domain/report.cpp.
#include "store/report_store.h"

#include "domain/error.h"

namespace motcua::store {

namespace {

std::optional<domain::Instant> optInstant(Statement& st, int col) { return st.getOptInt(col); }

void loadDossiers(Database& db, domain::Instant from, domain::Instant to, ReportFacts& out)
{
    auto& st = db.prepare(
        "SELECT p.field, p.unit, d.channel, d.status, d.received_at, d.original_due_at, d.resolved_at,"
        " d.returned_at, d.closed_at, d.supplement_requested_at, d.supplement_count FROM dossiers d JOIN procedures p ON p.code = d.procedure_code"
        " WHERE d.received_at < ?1 AND COALESCE(d.returned_at, d.resolved_at, d.closed_at, ?2) >= ?2");
    st.bind(1, to).bind(2, from);
    while (st.step()) {
        domain::ReportDossier d;
        d.field = st.getText(0);
        d.unit = st.getText(1);
        const auto channel = domain::parseChannel(st.getText(2));
        const auto status = domain::parseStatus(st.getText(3));
        if (!channel || !status) {
            st.reset();
            throw Error(ErrorCode::Internal, "Hồ sơ có kênh hoặc trạng thái không hợp lệ trong cơ sở dữ liệu");
        }
        d.channel = *channel;
        d.status = *status;
        d.receivedAt = st.getInt(4);
        d.originalDueAt = st.getInt(5);
        d.resolvedAt = optInstant(st, 6);
        d.returnedAt = optInstant(st, 7);
        d.closedAt = optInstant(st, 8);
        d.supplementRequestedAt = optInstant(st, 9);
        d.supplementCount = static_cast<int>(st.getInt(10));
        out.dossiers.push_back(std::move(d));
    }
    st.reset();
}

void loadApologies(Database& db, domain::Instant from, domain::Instant to, ReportFacts& out)
{
    auto& st = db.prepare(
        "SELECT p.field, p.unit, a.signed_at FROM apologies a JOIN dossiers d ON d.id = a.dossier_id"
        " JOIN procedures p ON p.code = d.procedure_code"
        " WHERE a.status = 'signed' AND a.signed_at >= ?1 AND a.signed_at < ?2");
    st.bind(1, from).bind(2, to);
    while (st.step()) out.apologies.push_back({st.getText(0), st.getText(1), st.getInt(2)});
    st.reset();
}

void loadRatings(Database& db, domain::Instant from, domain::Instant to, ReportFacts& out)
{
    auto& st = db.prepare(
        "SELECT p.field, p.unit, r.rating, r.at FROM ratings r JOIN dossiers d ON d.id = r.dossier_id"
        " JOIN procedures p ON p.code = d.procedure_code WHERE r.at >= ?1 AND r.at < ?2");
    st.bind(1, from).bind(2, to);
    while (st.step()) {
        const auto rating = domain::parseRating(st.getText(2));
        if (!rating) continue;
        out.ratings.push_back({st.getText(0), st.getText(1), *rating, st.getInt(3)});
    }
    st.reset();
}

}  // namespace

ReportFacts loadReportFacts(Database& db, domain::Instant from, domain::Instant to)
{
    ReportFacts out;
    loadDossiers(db, from, to, out);
    loadApologies(db, from, to, out);
    loadRatings(db, from, to, out);
    return out;
}

}  // namespace motcua::store
