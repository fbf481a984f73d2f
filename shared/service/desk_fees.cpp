// SqliteDesk: fees and payment (issue 16) — what a dossier owes, payments recorded once per line,
// a supervisor's correction or waiver, and the VietQR code for what is still owed.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/payment/vietqr.h"
#include "domain/text.h"
#include "store/fee_store.h"
#include "store/settings_store.h"

namespace motcua::service {

using domain::Permission;

domain::FeeLine SqliteDesk::feeLine(std::int64_t dossierId, const std::string& code, int line)
{
    for (auto& l : store::listFeeLines(*m_db, dossierId))
        if (l.line == line) return l;
    throw Error(ErrorCode::NotFound, "Hồ sơ " + code + " không có khoản phí số " + std::to_string(line));
}

std::string SqliteDesk::paymentQr(const std::string& code, std::int64_t owed)
{
    if (owed <= 0) return {};
    const auto s = store::allSettings(*m_db);
    const auto get = [&](const char* key) {
        const auto it = s.find(key);
        return it == s.end() ? std::string() : it->second;
    };
    const domain::BankAccount to{get("payment.bank_bin"), get("payment.account"), get("payment.account_name")};
    if (to.bankBin.empty() || to.account.empty()) return {};
    return domain::vietQrPayload(to, owed, code);
}

std::vector<domain::FeeLine> SqliteDesk::fees(const std::string& code)
{
    require(Permission::ReadDossiers);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto d = loadDossier(code, std::nullopt);
    auto lines = store::listFeeLines(*m_db, d.id);
    tx.commit();
    return lines;
}

domain::FeeLine SqliteDesk::payFee(const std::string& code, int line, domain::PaymentWay way, const std::string& reference)
{
    require(Permission::CollectFee);
    const std::string ref = domain::validatePaymentReference(way, reference);
    store::Transaction tx(*m_db);
    const auto d = loadDossier(code, std::nullopt);
    if (d.status == domain::DossierStatus::Withdrawn || d.status == domain::DossierStatus::Refused ||
        d.status == domain::DossierStatus::Stopped)
        throw Error(ErrorCode::IllegalState, "Hồ sơ " + code + " đã " + domain::statusLabel(d.status) +
                                                 ": không thu phí");
    const auto before = feeLine(d.id, code, line);
    if (before.payment)
        throw Error(ErrorCode::Conflict, "Khoản phí " + std::to_string(line) + " của hồ sơ " + code + " đã được nộp lúc " +
                                             domain::formatLocal(before.payment->at) + " (" +
                                             domain::paymentWayLabel(before.payment->way) + ")");
    if (!before.owing())
        throw Error(ErrorCode::IllegalState, "Khoản phí " + std::to_string(line) + " của hồ sơ " + code +
                                                 " không phải nộp (miễn, bằng 0 hoặc đã được cho nợ)");
    store::recordFeePayment(*m_db, d.id, line, {way, now(), ref, actor()});
    audit("fee.pay", d.code,
          std::to_string(line) + " " + std::to_string(before.amountVnd) + " " + domain::paymentWayName(way) +
              (ref.empty() ? "" : " " + ref));
    auto after = feeLine(d.id, code, line);
    tx.commit();
    return after;
}

domain::FeeLine SqliteDesk::correctFeePayment(const std::string& code, int line, const std::string& reason)
{
    require(Permission::CorrectFee);
    const std::string why = domain::cleanText(reason, "Lý do điều chỉnh", 300);
    store::Transaction tx(*m_db);
    const auto d = loadDossier(code, std::nullopt);
    const auto before = feeLine(d.id, code, line);
    if (!before.payment)
        throw Error(ErrorCode::IllegalState, "Khoản phí " + std::to_string(line) + " của hồ sơ " + code + " chưa nộp");
    store::clearFeePayment(*m_db, d.id, line);
    audit("fee.correct", d.code,
          std::to_string(line) + " " + domain::paymentWayName(before.payment->way) + " " + before.payment->reference +
              " — " + why);
    auto after = feeLine(d.id, code, line);
    tx.commit();
    return after;
}

domain::FeeLine SqliteDesk::waiveFee(const std::string& code, int line, const std::string& reason)
{
    require(Permission::CorrectFee);
    const std::string why = domain::cleanText(reason, "Lý do cho trả kết quả khi chưa nộp phí", 300);
    store::Transaction tx(*m_db);
    const auto d = loadDossier(code, std::nullopt);
    if (!feeLine(d.id, code, line).owing() || !store::waiveFee(*m_db, d.id, line, actor(), why))
        throw Error(ErrorCode::IllegalState, "Khoản phí " + std::to_string(line) + " của hồ sơ " + code + " không còn nợ");
    audit("fee.waive", d.code, std::to_string(line) + " — " + why);
    auto after = feeLine(d.id, code, line);
    tx.commit();
    return after;
}

std::string SqliteDesk::feeQrPayload(const std::string& code)
{
    require(Permission::ReadDossiers);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto d = loadDossier(code, std::nullopt);
    const auto owed = domain::amountOwed(store::listFeeLines(*m_db, d.id));
    if (owed <= 0) throw Error(ErrorCode::IllegalState, "Hồ sơ " + code + " không còn khoản phí nào phải nộp");
    auto qr = paymentQr(d.code, owed);
    tx.commit();
    if (qr.empty())
        throw Error(ErrorCode::InvalidInput,
                    "Chưa đặt tài khoản thu phí: motcua setting set payment.bank_bin …, payment.account …");
    return qr;
}

}  // namespace motcua::service
