// The formulas of the QĐ 766/QĐ-TTg indicators (DOMAIN.md §7), one function per indicator number,
// computed the way the national portal does from what the office records; the indicators whose
// data arrive with later issues (3.6 fees, 4.x digitisation) take their counts here already.
#pragma once

#include "domain/procedure.h"
#include "domain/quality_score.h"
#include "domain/report.h"

#include <optional>
#include <vector>

namespace motcua::domain {

/// How one dossier counts in indicator 2.1 for a period.
enum class Judgement21 { OnTime, Late };

/// 2.1 for one dossier of the period, judged against its original due time (supplement waits
/// already taken out of it): finished before `to` → by its end (result ready, else returned, else
/// refused/withdrawn/stopped); still running → at `judgeAt`; waiting for a supplement → at the
/// time of the request; more than one supplement request → late.
[[nodiscard]] Judgement21 judgeIndicator21(const ReportDossier& d, Instant to, Instant judgeAt);

/// 1.3: the catalog entry has every required part it records (Nghị định 63/2010 Điều 8 khoản 2):
/// name, papers, time limit (always set), competent body, and the fee (an amount or a note such as
/// "Miễn phí"). Steps, ways and who may apply are not in the catalog.
[[nodiscard]] bool isPublishedCompletely(const Procedure& p);
/// 1.3 = procedures published completely ÷ procedures; nullopt for an empty catalog.
[[nodiscard]] std::optional<Measure> indicator13(const std::vector<Procedure>& procedures);
/// 2.1 = (finished on time + still running within due at the period's end) ÷ dossiers received
/// or processed in the period.
[[nodiscard]] std::optional<Measure> indicator21(const ReportFigures& f);
/// 3.3 = newly received online ÷ newly received.
[[nodiscard]] std::optional<Measure> indicator33(const ReportFigures& f);
/// 5.4 = 100 % − (share finished late + share rated "không hài lòng"), over 2.1's dossiers; the
/// office records no complaints (phản ánh, kiến nghị), so only ratings count as discontent.
[[nodiscard]] std::optional<Measure> indicator54(const ReportFigures& f);

/// Counts a later issue records for digitisation (hook: nullopt today).
struct DigitisationCounts {
    int paperResultDossiers = 0;  ///< dossiers of procedures whose result is a paper
    int electronicResults = 0;    ///< of those, given an electronic result too
    int dossiers = 0;             ///< dossiers of the period
    int fullyDigitised = 0;       ///< papers and result digitised
    int reusingData = 0;          ///< reusing earlier digitised data
};
/// 4.1 = electronic results ÷ dossiers whose result is a paper.
[[nodiscard]] std::optional<Measure> indicator41(const DigitisationCounts& c);
/// 4.2 = dossiers with papers and result digitised ÷ dossiers.
[[nodiscard]] std::optional<Measure> indicator42(const DigitisationCounts& c);
/// 4.3 = dossiers reusing digitised data ÷ dossiers.
[[nodiscard]] std::optional<Measure> indicator43(const DigitisationCounts& c);

/// Counts a later issue records for fees (hook: nullopt today).
struct PaymentCounts {
    int withFee = 0;     ///< dossiers of procedures with a non-zero fee
    int paidOnline = 0;  ///< of those, paid online
};
/// 3.6 = paid online ÷ dossiers of procedures with a non-zero fee.
[[nodiscard]] std::optional<Measure> indicator36(const PaymentCounts& c);

/// Every indicator's measure for a period: what the figures, the catalog and the hooks give.
[[nodiscard]] QualityInputs qualityInputsOf(const ReportFigures& f, const std::vector<Procedure>& catalog,
                                            const std::optional<DigitisationCounts>& digitisation = std::nullopt,
                                            const std::optional<PaymentCounts>& payment = std::nullopt);

}  // namespace motcua::domain
