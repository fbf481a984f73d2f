// The QĐ 766 formulas, indicator by indicator (see quality_indicators.h); each cites its number.
#include "domain/quality_indicators.h"

#include "domain/lateness.h"

#include <algorithm>

namespace motcua::domain {

namespace {

std::optional<Measure> share(int part, int whole)
{
    if (whole <= 0) return std::nullopt;
    return Measure{static_cast<double>(part) / static_cast<double>(whole), part, whole};
}

/// 2.1's end of a dossier: result ready (preferred), else returned, else closed without result.
std::optional<Instant> endOf21(const ReportDossier& d)
{
    if (d.resolvedAt) return d.resolvedAt;
    if (d.returnedAt) return d.returnedAt;
    if (isClosedWithoutResult(d.status)) return d.closedAt;
    return std::nullopt;
}

}  // namespace

Judgement21 judgeIndicator21(const ReportDossier& d, Instant to, Instant judgeAt)
{
    // 2.1: a second supplement request breaks the once-only rule and counts as late.
    if (d.supplementCount > 1) return Judgement21::Late;
    if (const auto end = endOf21(d); end && *end < to)
        return outcomeOf(*end, d.originalDueAt) == Outcome::Late ? Judgement21::Late : Judgement21::OnTime;
    // Unfinished at the period's end. Waiting for a supplement: judged when it was requested,
    // when its clock last ran (the status is today's, so a request after judgeAt does not count).
    const bool waiting = d.status == DossierStatus::WaitingSupplement && d.supplementRequestedAt &&
                         *d.supplementRequestedAt < judgeAt;
    const Instant at = waiting ? *d.supplementRequestedAt : judgeAt;
    return isOverdue(DossierStatus::Processing, d.originalDueAt, at) ? Judgement21::Late : Judgement21::OnTime;
}

bool isPublishedCompletely(const Procedure& p)
{
    return !p.name.empty() && !p.papers.empty() && (p.feeVnd > 0 || !p.feeNote.empty()) && !p.unit.empty();
}

std::optional<Measure> indicator13(const std::vector<Procedure>& procedures)
{
    const auto complete = std::count_if(procedures.begin(), procedures.end(), isPublishedCompletely);
    return share(static_cast<int>(complete), static_cast<int>(procedures.size()));
}

std::optional<Measure> indicator21(const ReportFigures& f) { return share(f.onTime21, f.receivedTotal()); }

std::optional<Measure> indicator33(const ReportFigures& f) { return share(f.receivedOnline, f.newlyReceived()); }

std::optional<Measure> indicator54(const ReportFigures& f)
{
    const int whole = f.receivedTotal();
    if (whole <= 0) return std::nullopt;
    const int discontent = f.finishedLate21 + f.dissatisfied;
    const double rate = std::max(0.0, 1.0 - static_cast<double>(discontent) / static_cast<double>(whole));
    return Measure{rate, discontent, whole};
}

std::optional<Measure> indicator41(const DigitisationCounts& c) { return share(c.electronicResults, c.paperResultDossiers); }
std::optional<Measure> indicator42(const DigitisationCounts& c) { return share(c.fullyDigitised, c.dossiers); }
std::optional<Measure> indicator43(const DigitisationCounts& c) { return share(c.reusingData, c.dossiers); }
std::optional<Measure> indicator36(const PaymentCounts& c) { return share(c.paidOnline, c.withFee); }

QualityInputs qualityInputsOf(const ReportFigures& f, const std::vector<Procedure>& catalog,
                              const std::optional<DigitisationCounts>& digitisation,
                              const std::optional<PaymentCounts>& payment)
{
    QualityInputs in;
    in.published = indicator13(catalog);
    in.onTime = indicator21(f);
    in.online = indicator33(f);
    in.satisfaction = indicator54(f);
    if (digitisation) {
        in.electronicResult = indicator41(*digitisation);
        in.digitised = indicator42(*digitisation);
        in.reusedData = indicator43(*digitisation);
    }
    if (payment) in.paidOnline = indicator36(*payment);
    return in;
}

}  // namespace motcua::domain
