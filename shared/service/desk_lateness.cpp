// SqliteDesk: the lateness sweep and apology slips (DESIGN.md §3.3) — the heart of the product.
// The sweep is idempotent and safe when several processes run it at once: drafts are keyed by
// (dossier, due time) and inserted with ON CONFLICT DO NOTHING, never check-then-insert.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/text.h"
#include "store/apology_store.h"
#include "store/dossier_store.h"

#include <algorithm>
#include <cmath>

namespace motcua::service {

using domain::Permission;

namespace {

/// What a supervisor must replace before signing when no step note gave a reason.
constexpr const char* kReasonPlaceholder = "[Cần ghi rõ lý do chậm trễ trước khi ký]";

/// Slips drafted before schema v5 carry no sign-by: due − 1 working day (DOMAIN.md §2).
void fillSignBy(const domain::WorkCalendar& cal, domain::Apology& a)
{
    if (!a.signBy) a.signBy = cal.subtractWorkingSeconds(a.forDueAt, cal.workingDaySeconds());
}

}  // namespace

SweepResult SqliteDesk::sweep()
{
    require(Permission::RunSweep);
    const Instant t = now();
    store::Transaction tx(*m_db);
    const auto cal = calendar();
    const auto rules = latenessRules();
    const auto extra = std::llround(settingNumber("apology.extra_days") * static_cast<double>(cal.workingDaySeconds()));
    SweepResult r;
    r.voided = store::voidStaleDrafts(*m_db, t);
    for (const auto& c : store::sweepCandidates(*m_db, lookAhead(cal, t, rules))) {
        const auto state = domain::dueState(cal, c.facts, t, rules);
        if (state == domain::DueState::Late) ++r.late;
        if (state == domain::DueState::AtRisk) ++r.atRisk;
        // DOMAIN.md §2: the draft appears at the draft horizon (or, for a short procedure, when it
        // turns at risk), so that it can be signed by due − 1 working day.
        if (c.hasSlipForDue || !domain::apologyDraftDue(cal, c.facts, t, rules)) continue;
        const auto timing = domain::apologyTiming(cal, c.facts, rules);
        domain::Apology a;
        a.dossierId = c.dossierId;
        a.forDueAt = c.facts.dueAt;
        a.reason = store::lastNote(*m_db, c.dossierId);
        a.reasonIsPlaceholder = a.reason.empty();
        if (a.reasonIsPlaceholder) a.reason = kReasonPlaceholder;
        // Propose from the later of the missed appointment and now, so the new date is ahead.
        a.proposedDueAt = cal.addWorkingSeconds(std::max(c.facts.dueAt, t), extra);
        a.unit = c.unit;
        a.late = state == domain::DueState::Late;
        a.breach = c.hadSignedApology;
        a.draftedAt = t;
        a.signBy = timing.signBy;
        a.shortNotice = timing.shortNotice;
        if (store::insertDraftIfAbsent(*m_db, a)) ++r.drafted;
    }
    // Every app sweeps on a timer: only sweeps that changed something are worth an audit row.
    if (r.drafted || r.voided)
        audit("sweep", "apologies", "drafted " + std::to_string(r.drafted) + ", voided " + std::to_string(r.voided));
    tx.commit();
    return r;
}

std::vector<domain::Apology> SqliteDesk::apologies(std::optional<domain::ApologyStatus> status)
{
    require(Permission::ReadDossiers);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto list = store::listApologies(*m_db, status);
    const auto cal = calendar();
    for (auto& a : list) fillSignBy(cal, a);
    tx.commit();
    return list;
}

domain::Apology SqliteDesk::signApology(const SignApologyRequest& request)
{
    require(Permission::SignApology);
    const Instant t = now();
    std::optional<std::string> reason;
    if (request.reason) reason = domain::cleanText(*request.reason, "Lý do chậm trễ", 1000);
    store::Transaction tx(*m_db);
    auto a = store::findApology(*m_db, request.id);
    if (!a) throw Error(ErrorCode::NotFound, "Không có phiếu xin lỗi số hiệu " + std::to_string(request.id));
    if (a->status != domain::ApologyStatus::Draft)
        throw Error(ErrorCode::IllegalState, a->status == domain::ApologyStatus::Signed ? "Phiếu xin lỗi này đã được ký"
                                                                                        : "Phiếu xin lỗi này đã bị huỷ");
    // The placeholder sent back unchanged is no reason either.
    if (reason && *reason != kReasonPlaceholder) a->reason = *reason;
    else if (a->reasonIsPlaceholder || reason)
        throw Error(ErrorCode::InvalidInput, "Cần ghi rõ lý do chậm trễ (thay cho dòng nhắc) trước khi ký phiếu xin lỗi");
    if (request.newDue) {
        if (*request.newDue <= std::max(t, a->forDueAt))
            throw Error(ErrorCode::InvalidInput, "Ngày hẹn mới phải sau thời điểm hiện tại và sau ngày hẹn cũ");
        // The citizen comes back on that day: it must be one the office works.
        const auto day = domain::localDate(*request.newDue);
        if (!calendar().isWorkingDay(day))
            throw Error(ErrorCode::InvalidInput, "Ngày hẹn mới " + day.vn() + " là ngày nghỉ: chọn một ngày làm việc");
        a->proposedDueAt = *request.newDue;
    }
    auto d = *store::findDossierById(*m_db, a->dossierId);
    fillSignBy(calendar(), *a);
    a->signedLate = t > *a->signBy;  // DOMAIN.md §2: recorded as signed late, still valid
    const int year = domain::localDate(t).year;
    a->number = store::nextApologyNumber(*m_db, year);
    a->numberYear = year;
    a->signedAt = t;
    a->signedBy = actor();
    store::markSigned(*m_db, *a);
    std::string note = "Phiếu xin lỗi số " + a->numberText() + "; hẹn lại " + domain::formatLocal(a->proposedDueAt);
    if (a->breach) note += " (hẹn lại lần thứ hai: vượt quá một lần theo quy định)";
    if (a->signedLate)
        note += " (ký sau hạn ký " + domain::formatLocal(*a->signBy) +
                ": chậm hơn quy định gửi phiếu trước 1 ngày làm việc)";
    if (domain::isPending(d.status)) {
        d.dueAt = a->proposedDueAt;  // the original due time stays for the statistics
        store::updateDossier(*m_db, d);
    }
    store::insertEvent(*m_db, d.id,
                       {0, t, actor(), "apology_signed", domain::statusName(d.status), domain::statusName(d.status), note,
                        a->breach || a->signedLate, ""});
    audit("apology.sign", d.code, note);
    auto signedSlip = *store::findApology(*m_db, a->id);
    tx.commit();
    return signedSlip;
}

namespace {

/// "" or 64 hex digits, lower-cased; anything else is refused.
std::string cleanSha256(const std::string& hex)
{
    std::string clean;
    for (const char ch : hex) {
        const char lower = ch >= 'A' && ch <= 'F' ? static_cast<char>(ch - 'A' + 'a') : ch;
        if (!((lower >= '0' && lower <= '9') || (lower >= 'a' && lower <= 'f')))
            throw Error(ErrorCode::InvalidInput, "Mã SHA-256 của bản điện tử chỉ gồm 64 chữ số thập lục phân (0-9, a-f)");
        clean += lower;
    }
    if (!clean.empty() && clean.size() != 64)
        throw Error(ErrorCode::InvalidInput, "Mã SHA-256 của bản điện tử phải dài đúng 64 chữ số thập lục phân");
    return clean;
}

}  // namespace

domain::Apology SqliteDesk::markApologyDelivered(std::int64_t id, const std::string& how, const std::string& copySha256)
{
    require(Permission::SignApology);
    const std::string cleanHow = domain::cleanText(how, "Cách trao phiếu", 200, false);
    const std::string copy = cleanSha256(copySha256);
    store::Transaction tx(*m_db);
    const auto a = store::findApology(*m_db, id);
    if (!a) throw Error(ErrorCode::NotFound, "Không có phiếu xin lỗi số hiệu " + std::to_string(id));
    if (a->status != domain::ApologyStatus::Signed)
        throw Error(ErrorCode::IllegalState, "Phiếu xin lỗi chưa được ký thì chưa thể trao cho công dân");
    if (a->deliveredAt)
        throw Error(ErrorCode::IllegalState, "Phiếu xin lỗi số " + a->numberText() + " đã được ghi nhận trao cho công dân");
    store::markDelivered(*m_db, id, now(), cleanHow, copy);
    audit("apology.deliver", a->dossierCode,
          "Phiếu xin lỗi số " + a->numberText() + ": " + cleanHow + (copy.empty() ? "" : "; bản điện tử đã ký SHA-256 " + copy));
    auto delivered = *store::findApology(*m_db, id);
    tx.commit();
    return delivered;
}

}  // namespace motcua::service
