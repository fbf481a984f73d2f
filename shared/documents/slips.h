// The official slips (DOMAIN.md §3, Phụ lục I of Thông tư 03/2025/TT-VPCP): receipt and
// appointment (A5, A4, or 80/58 mm thermal), supplement request, refusal, apology and new
// appointment, notice of stopping, processing-control sheet, and the tracking ledger (A4
// landscape). Each takes plain data (what the Desk returns) and gives a Document.
#pragma once

#include "documents/document.h"
#include "documents/form_texts.h"
#include "domain/entities.h"
#include "domain/payment/vietqr.h"
#include "domain/procedure.h"

#include <map>
#include <string>
#include <vector>

namespace motcua::documents {

struct Office {
    std::string code;       ///< electronic identifier, "000.00.20.H56"
    std::string name;       ///< "Trung tâm Phục vụ hành chính công xã Hà Tân"
    std::string parent;     ///< "Ủy ban nhân dân xã Hà Tân"
    std::string place;      ///< "Hà Tân", for the date line
    std::string address;
    std::string phone;
    std::string lookupUrl;  ///< qr.lookup_url, with {code}
    bool qrApplicantId = true;  ///< qr.applicant_id: "id" (default) or "masked_name"
};

/// From Desk::settings() (office.*, qr.lookup_url, qr.applicant_id).
[[nodiscard]] Office officeFromSettings(const std::map<std::string, std::string>& settings);

/// What every slip needs besides its dossier.
struct SlipContext {
    Office office;
    FormTexts texts = defaultFormTexts();
    domain::Instant issuedAt = 0;  ///< the date line and the QR's time of issue
    std::string staffName;         ///< who prints it (người hướng dẫn, người tiếp nhận)
    /// Full names of staff by username, for signature blocks; a username missing here prints
    /// as a blank to sign over, never as a login name.
    std::map<std::string, std::string> staffNames;
    std::string issuingSystem = "motcua";
    /// forms.apology_title: "new" (Thông tư 03/2025, default) or "old" (Thông tư 01/2018's title).
    std::string apologyTitle = "new";
    /// payment.*: the office's account; a receipt with a fee owed carries its VietQR (issue 16).
    domain::BankAccount payment;

    [[nodiscard]] std::string fullName(const std::string& username) const;
};

/// Line of the tracking ledger a dossier was entered on (Vào Sổ theo dõi hồ sơ).
struct LedgerPosition {
    int book = 0;  ///< Quyển số: the year
    int line = 0;  ///< Số thứ tự: running number in that year's book
};

/// A request refused at the counter, never received (form 03): no dossier, no appointment.
struct IntakeRefusal {
    std::string code;  ///< "Mã hồ sơ (nếu có)": a code from elsewhere (the portal), else empty
    std::string procedureCode;
    std::string procedureName;
    std::string applicantName;
    std::string idNumber;  ///< số định danh cá nhân or the organisation's code
    std::string address;
    std::string phone;
    std::string email;
    std::string reason;  ///< items split on "; " or new lines
};

/// The date of the act a dossier slip records (DOMAIN.md §3: its date line and the QR's time of
/// issue, the same on every reprint): the receipt for "receipt" and "control", the request for
/// "supplement", the refusal for "refusal_notice", the stop for "stop". Throws
/// Error(IllegalState) when the dossier has no such act.
[[nodiscard]] domain::Instant actTime(const domain::DossierDetail& detail, const std::string& formName);

/// The receipt keeps the appointment it gave (the original one; a re-appointment is form 04's).
[[nodiscard]] Document renderReceipt(const SlipContext& ctx, const domain::DossierDetail& detail,
                                     const domain::Procedure& procedure, const LedgerPosition& ledger,
                                     Paper paper = Paper::A5);
/// Signed by the officer who made the request; the clock sentence follows the procedure's rule.
/// Throws Error(IllegalState) when the dossier has no supplement request.
[[nodiscard]] Document renderSupplement(const SlipContext& ctx, const domain::DossierDetail& detail,
                                        const domain::Procedure& procedure, Paper paper = Paper::A5);
/// Form 03 at the counter, dated now, signed by the clerk printing it and the applicant.
[[nodiscard]] Document renderIntakeRefusal(const SlipContext& ctx, const IntakeRefusal& refusal, Paper paper = Paper::A5);
/// The written answer of the competent unit refusing a received dossier on the merits (not form
/// 03). Throws Error(IllegalState) when the dossier was not refused.
[[nodiscard]] Document renderRefusalNotice(const SlipContext& ctx, const domain::DossierDetail& detail,
                                           const domain::Procedure& procedure, Paper paper = Paper::A5);
/// Throws Error(IllegalState) when the dossier was not stopped.
[[nodiscard]] Document renderStopNotice(const SlipContext& ctx, const domain::DossierDetail& detail, Paper paper = Paper::A5);
/// Issued in the late unit's name and dated the day it was signed. A draft prints marked as a
/// draft; a void slip is refused (Error(IllegalState)).
[[nodiscard]] Document renderApology(const SlipContext& ctx, const domain::DossierDetail& detail,
                                     const domain::Apology& apology, Paper paper = Paper::A5);
[[nodiscard]] Document renderControlSheet(const SlipContext& ctx, const domain::DossierDetail& detail,
                                          const domain::Procedure& procedure, const LedgerPosition& ledger,
                                          Paper paper = Paper::A5);

struct LedgerRow {
    int line = 0;                ///< Số thứ tự in the year's book
    domain::Dossier dossier;
    std::string leadUnit;        ///< Cơ quan chủ trì giải quyết (the procedure's unit)
    std::string apologies;       ///< numbers of its signed apology slips, "1/PXL, 4/PXL" (re-appointed)
};
/// A4 landscape, rows in the order given, header repeated on every page, "Trang x/y". `field`
/// names the book's field (lĩnh vực); empty for a book of every field.
[[nodiscard]] Document renderLedger(const SlipContext& ctx, const std::vector<LedgerRow>& rows, domain::Date from,
                                    domain::Date to, int book, const std::string& field = {});

/// The receipt's QR text (also what `motcua qr --code` prints): dated at receipt, with the
/// original appointment.
[[nodiscard]] std::string receiptQrPayload(const SlipContext& ctx, const domain::Dossier& dossier);
/// The QR text of a dossier slip other than the receipt and the apology, dated at its act.
[[nodiscard]] std::string slipQrPayload(const SlipContext& ctx, const domain::DossierDetail& detail, const std::string& formName);

// [SECTION] Vietnamese wording of dates and times, as forms write them

/// "ngày 05 tháng 02 năm 2026": days below 10 and months 1–2 take a leading zero (Nghị định 30/2020).
[[nodiscard]] std::string dateWords(const domain::Date& d);
/// "09 giờ 10 phút, ngày 20 tháng 11 năm 2026"
[[nodiscard]] std::string timeWords(domain::Instant t);
/// "trong ngày", "0,5 ngày làm việc", "03 ngày làm việc"
[[nodiscard]] std::string workingDaysText(double days);

}  // namespace motcua::documents
