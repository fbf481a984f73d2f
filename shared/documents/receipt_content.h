// Form 01's content (internal): the papers actually handed in, the applicant as person or
// organisation, the authorised representative and where the result is collected — what
// renderReceipt prints on pages and thermal strips alike.
#pragma once

#include "documents/form_layout.h"
#include "documents/slips.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::documents {

/// One line of the receipt's papers table.
struct ReceiptPaper {
    std::string name;
    std::string form;      ///< "Bản chính", "Bản sao có chứng thực", "Xuất trình"
    std::string quantity;  ///< "01"; empty for a paper only shown
};

/// The papers handed in or shown, in catalog order. A dossier whose papers were not itemised
/// (received before they were recorded) lists the catalog's required and shown papers, never
/// its conditional ones.
[[nodiscard]] std::vector<ReceiptPaper> receiptPapers(const FormText& form, const domain::DossierDetail& detail,
                                                      const domain::Procedure& procedure);
/// The receipt's own variables: {result_place}, {submitter}, {rep_*}, {email_note}.
void addReceiptVars(Vars& vars, const FormText& form, const domain::Dossier& d);
/// The status page for this dossier on the host's public port, carrying both codes
/// ("http://HOST:8080/tra-cuu?ma=…&kiem=…"); empty without public.url or a check code.
[[nodiscard]] std::string statusPageUrl(const Office& office, const domain::Dossier& d);
/// {check_code} and {status_lookup}: where and with what the citizen follows the dossier.
void addStatusLookupVars(Vars& vars, const Office& office, const domain::Dossier& d);
/// The "Trường hợp ủy quyền" template lines (to fill in), none when the applicant came in person.
[[nodiscard]] std::vector<std::string> representativeLines(const FormText& form, const domain::Dossier& d);

void drawReceiptPapers(Sheet& sheet, const FormText& form, const std::vector<ReceiptPaper>& papers);

/// Issue 16: the fee lines as the receipt prints them (markup, "Phí, lệ phí: …"), none when the
/// dossier carries no fee line.
[[nodiscard]] std::vector<std::string> receiptFeeLines(const domain::DossierDetail& detail);
/// The VietQR payload for what the dossier still owes; empty when nothing is owed or the office's
/// account is not set.
[[nodiscard]] std::string receiptPaymentQr(const SlipContext& ctx, const domain::DossierDetail& detail);
/// The fee lines with the VietQR (if any, encoded once per receipt: the fit passes share it) at
/// their right, captioned with the amount.
void drawReceiptFees(Sheet& sheet, const std::vector<std::string>& lines, const std::optional<QrMatrix>& qr, std::int64_t owed);

}  // namespace motcua::documents
