// SqliteDesk: handing a dossier on (DESIGN.md §3.2, steps). Only to a unit or an officer that
// exists — a typo would leave the dossier in nobody's work list — and never with a step deadline
// past the dossier's own appointment without saying so.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/roles.h"
#include "domain/settings.h"
#include "domain/text.h"
#include "store/catalog_store.h"
#include "store/dossier_store.h"
#include "store/settings_store.h"
#include "store/staff_store.h"

#include <algorithm>
#include <set>

namespace motcua::service {

using domain::DossierAction;
using domain::Permission;

namespace {

bool processes(domain::Role r) { return domain::allows(r, Permission::ProcessDossier); }

}  // namespace

std::vector<ForwardTarget> SqliteDesk::listForwardTargets()
{
    std::set<std::string> units;
    for (const auto& p : store::listProcedures(*m_db))
        if (!p.unit.empty()) units.insert(p.unit);
    std::vector<ForwardTarget> officers;
    for (const auto& m : store::listStaff(*m_db)) {
        if (!m.active || !processes(m.role)) continue;
        if (!m.unit.empty()) units.insert(m.unit);
        officers.push_back({m.username, m.fullName + " (" + m.username + ")" + (m.unit.empty() ? "" : " – " + m.unit), true});
    }
    std::vector<ForwardTarget> out;
    out.reserve(units.size() + officers.size());
    for (const auto& u : units) out.push_back({u, u, false});
    const auto byLabel = [](const ForwardTarget& a, const ForwardTarget& b) { return domain::collateLess(a.label, b.label); };
    std::sort(out.begin(), out.end(), byLabel);
    std::sort(officers.begin(), officers.end(), byLabel);
    out.insert(out.end(), officers.begin(), officers.end());
    return out;
}

std::vector<ForwardTarget> SqliteDesk::forwardTargets()
{
    require(Permission::ReadDossiers);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto out = listForwardTargets();
    tx.commit();
    return out;
}

domain::Dossier SqliteDesk::forward(const std::string& code, const std::string& toUnit, std::optional<double> hours,
                                    const std::string& note, ExpectedVersion v)
{
    require(Permission::ProcessDossier);
    const std::string unit = domain::cleanText(toUnit, "Đơn vị/người nhận", 200);
    std::string cleanNote = domain::cleanText(note, "Ghi chú", 1000, true);
    const Instant t = now();
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    domain::applyAction(d.status, DossierAction::Forward);  // refuse before writing anything
    const auto targets = listForwardTargets();
    if (std::none_of(targets.begin(), targets.end(), [&](const ForwardTarget& f) { return f.value == unit; }))
        throw Error(ErrorCode::InvalidInput,
                    "Không có đơn vị hay cán bộ \"" + unit +
                        "\": chọn một đơn vị trong danh mục thủ tục hoặc tên đăng nhập của một cán bộ đang làm việc");
    std::optional<Instant> stepDue;
    if (hours) stepDue = calendar().dueForHours(t, *hours);
    if (stepDue && *stepDue > d.dueAt) {
        const bool cap = domain::settingBool(store::getSetting(*m_db, "deadline.step_cap_to_due"));
        const std::string why = "hạn bước " + domain::formatLocal(*stepDue) + " sau hạn trả hồ sơ " + domain::formatLocal(d.dueAt);
        cleanNote += std::string(cleanNote.empty() ? "" : "; ") + (cap ? "Đã rút hạn bước về hạn trả hồ sơ (" + why + ")" : "Cảnh báo: " + why);
        if (cap) stepDue = std::max(t, d.dueAt);
    }
    store::completeOpenStep(*m_db, d.id, t);
    const std::string from = d.unit.empty() ? d.receiver : d.unit;
    store::insertStep(*m_db, d.id, {0, from, unit, t, stepDue, std::nullopt, cleanNote});
    d.unit = unit;
    applyAndStore(d, DossierAction::Forward, unit + (cleanNote.empty() ? "" : ": " + cleanNote));
    tx.commit();
    return d;
}

}  // namespace motcua::service
