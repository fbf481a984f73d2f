#include "store/fee_store.h"

namespace motcua::store {

void insertFeeLines(Database& db, std::int64_t dossierId, const std::vector<domain::FeeLine>& lines)
{
    for (const auto& l : lines)
        db.prepare("INSERT INTO dossier_fees(dossier_id, line, label, amount, exempt_reason) VALUES (?,?,?,?,?)")
            .bind(1, dossierId)
            .bind(2, l.line)
            .bind(3, l.label)
            .bind(4, l.amountVnd)
            .bind(5, l.exemptReason)
            .run();
}

std::vector<domain::FeeLine> listFeeLines(Database& db, std::int64_t dossierId)
{
    std::vector<domain::FeeLine> out;
    auto& st = db.prepare("SELECT line, label, amount, exempt_reason, paid_way, paid_at, paid_ref, paid_by, waived_by, "
                          "waived_reason FROM dossier_fees WHERE dossier_id = ? ORDER BY line")
                   .bind(1, dossierId);
    while (st.step()) {
        domain::FeeLine l;
        l.line = static_cast<int>(st.getInt(0));
        l.label = st.getText(1);
        l.amountVnd = st.getInt(2);
        l.exemptReason = st.getText(3);
        if (!st.isNull(4))
            l.payment = domain::FeePayment{domain::parsePaymentWay(st.getText(4)).value_or(domain::PaymentWay::Cash),
                                           st.getInt(5), st.getText(6), st.getText(7)};
        l.waivedBy = st.getText(8);
        l.waivedReason = st.getText(9);
        out.push_back(std::move(l));
    }
    return out;
}

bool recordFeePayment(Database& db, std::int64_t dossierId, int line, const domain::FeePayment& payment)
{
    db.prepare("UPDATE dossier_fees SET paid_way = ?, paid_at = ?, paid_ref = ?, paid_by = ? "
               "WHERE dossier_id = ? AND line = ? AND paid_way IS NULL AND exempt_reason = '' AND amount > 0 "
               "AND waived_by = ''")
        .bind(1, domain::paymentWayName(payment.way))
        .bind(2, payment.at)
        .bind(3, payment.reference)
        .bind(4, payment.by)
        .bind(5, dossierId)
        .bind(6, line)
        .run();
    return db.changes() == 1;
}

bool clearFeePayment(Database& db, std::int64_t dossierId, int line)
{
    db.prepare("UPDATE dossier_fees SET paid_way = NULL, paid_at = NULL, paid_ref = '', paid_by = '' "
               "WHERE dossier_id = ? AND line = ? AND paid_way IS NOT NULL")
        .bind(1, dossierId)
        .bind(2, line)
        .run();
    return db.changes() == 1;
}

bool waiveFee(Database& db, std::int64_t dossierId, int line, const std::string& by, const std::string& reason)
{
    db.prepare("UPDATE dossier_fees SET waived_by = ?, waived_reason = ? "
               "WHERE dossier_id = ? AND line = ? AND paid_way IS NULL AND exempt_reason = '' AND amount > 0 "
               "AND waived_by = ''")
        .bind(1, by)
        .bind(2, reason)
        .bind(3, dossierId)
        .bind(4, line)
        .run();
    return db.changes() == 1;
}

std::vector<FeePaymentFact> feePaymentsBetween(Database& db, domain::Instant from, domain::Instant to)
{
    std::vector<FeePaymentFact> out;
    auto& st = db.prepare("SELECT f.dossier_id, COALESCE(p.field, ''), f.amount, f.paid_way, f.paid_at "
                          "FROM dossier_fees f JOIN dossiers d ON d.id = f.dossier_id "
                          "LEFT JOIN procedures p ON p.code = d.procedure_code "
                          "WHERE f.paid_at >= ? AND f.paid_at < ? ORDER BY f.paid_at")
                   .bind(1, from)
                   .bind(2, to);
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getInt(2),
                       domain::parsePaymentWay(st.getText(3)).value_or(domain::PaymentWay::Cash), st.getInt(4)});
    return out;
}

FeeDossierCounts feeDossierCounts(Database& db, domain::Instant from, domain::Instant to)
{
    auto& st = db.prepare(
                     "SELECT COUNT(*), "
                     "  COALESCE(SUM(cashless), 0), COALESCE(SUM(portal), 0) FROM ("
                     "  SELECT f.dossier_id, "
                     "    MAX(f.paid_way IN ('transfer','portal')) AS cashless, MAX(f.paid_way = 'portal') AS portal "
                     "  FROM dossier_fees f JOIN dossiers d ON d.id = f.dossier_id "
                     "  WHERE d.received_at >= ? AND d.received_at < ? AND f.amount > 0 AND f.exempt_reason = '' "
                     "  GROUP BY f.dossier_id)")
                   .bind(1, from)
                   .bind(2, to);
    FeeDossierCounts c;
    if (st.step()) {
        c.withFee = static_cast<int>(st.getInt(0));
        c.paidCashless = static_cast<int>(st.getInt(1));
        c.paidOnPortal = static_cast<int>(st.getInt(2));
    }
    st.reset();
    return c;
}

}  // namespace motcua::store
