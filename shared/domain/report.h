// The periodic report (DOMAIN.md §6) and the service-quality rates (§7), computed from plain
// dossier facts for a period [from, to): pure, no I/O, so its figures can be checked by hand.
#pragma once

#include "domain/date.h"
#include "domain/dossier_state.h"
#include "domain/entities.h"
#include "domain/quality_score.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace motcua::domain {

/// What the report needs of one dossier; field and unit come from its procedure.
struct ReportDossier {
    std::string field;
    std::string unit;
    Channel channel = Channel::Direct;
    DossierStatus status = DossierStatus::Received;
    Instant receivedAt = 0;
    Instant originalDueAt = 0;  ///< the legal due time: outcomes are judged against it
    std::optional<Instant> resolvedAt;
    std::optional<Instant> returnedAt;
    std::optional<Instant> closedAt;  ///< refused, withdrawn or stopped
    std::optional<Instant> supplementRequestedAt;  ///< the last supplement request
    int supplementCount = 0;
};

/// A signed apology slip (issued at signedAt).
struct ReportApology {
    std::string field;
    std::string unit;
    Instant signedAt = 0;
};

struct ReportRating {
    std::string field;
    std::string unit;
    Rating rating = Rating::Satisfied;
    Instant at = 0;
};

struct ReportFigures {
    int carriedOver = 0;      ///< received before the period, not finished before it
    int receivedOnline = 0;   ///< newly received in the period, online
    int receivedDirect = 0;   ///< newly received in the period, at the desk or by post
    int resolved = 0;         ///< result produced in the period
    int early = 0;
    int onTime = 0;
    int late = 0;
    int closed = 0;           ///< refused, withdrawn or stopped in the period
    int inProgress = 0;       ///< still being resolved at the end of the period
    int inProgressWithin = 0;
    int inProgressPast = 0;   ///< past the original due time at the end of the period
    int returned = 0;         ///< results handed over in the period
    int apologies = 0;        ///< apology slips signed in the period
    int rated = 0;
    int satisfied = 0;        ///< very satisfied or satisfied
    int dissatisfied = 0;     ///< rated "không hài lòng" (QĐ 766 indicator 5.4)
    int onTime21 = 0;         ///< QĐ 766 indicator 2.1: finished on time or running within due
    int finishedLate21 = 0;   ///< finished in the period and late by 2.1 (indicator 5.4)

    [[nodiscard]] int newlyReceived() const { return receivedOnline + receivedDirect; }
    [[nodiscard]] int receivedTotal() const { return carriedOver + newlyReceived(); }
    /// Resolved on or before due ÷ resolved (TT 01/2020 column); nullopt when nothing was
    /// resolved. Not QĐ 766 indicator 2.1, which divides by every dossier of the period.
    [[nodiscard]] std::optional<double> onTimeRate() const;
    /// Received online ÷ newly received.
    [[nodiscard]] std::optional<double> onlineRate() const;
    /// Very satisfied or satisfied ÷ rated.
    [[nodiscard]] std::optional<double> satisfactionRate() const;
    /// QĐ 766 indicator 2.1: onTime21 ÷ received in total (carried over + new).
    [[nodiscard]] std::optional<double> indicator21Rate() const;
};

struct ReportRow {
    std::string key;  ///< a procedure field or a unit
    ReportFigures figures;
};

struct Report {
    Instant from = 0;
    Instant to = 0;    ///< exclusive
    Instant asOf = 0;  ///< in progress "past due" is judged at min(to, asOf)
    ReportFigures total;
    std::vector<ReportRow> byField;  ///< sorted by key
    std::vector<ReportRow> byUnit;
    QualityScore quality;  ///< §7, from the total; filled by whoever knows the catalog and settings
    FeeCollection fees;    ///< fees collected in the period (issue 16); filled with the quality score
};

/// The report for [from, to). `asOf` is now: a period that has not ended yet is judged as of now.
[[nodiscard]] Report computeReport(Instant from, Instant to, Instant asOf, const std::vector<ReportDossier>& dossiers,
                                   const std::vector<ReportApology>& apologies,
                                   const std::vector<ReportRating>& ratings);

/// "2026-Q4" → first and last day of the quarter (1/10/2026, 31/12/2026); nullopt otherwise.
[[nodiscard]] std::optional<std::pair<Date, Date>> parseQuarter(std::string_view text);

/// The report as CSV (UTF-8): one row for the total, then one per field and per unit; after a
/// blank line, the QĐ 766 indicators (number, group, rate, parts, cap, full-marks rate, points).
[[nodiscard]] std::string reportCsv(const Report& r);

}  // namespace motcua::domain
