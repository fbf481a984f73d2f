// Hand-made report facts shared by the report and quality-score tests: a local time that must
// parse, and a dossier of the Hộ tịch field (Tư pháp unit) still being processed.
#pragma once

#include "domain/report.h"

#include <stdexcept>

namespace motcua::domain::test {

inline Instant t(const char* local)
{
    const auto v = parseLocalDateTime(local);
    if (!v) throw std::runtime_error(local);
    return *v;
}

inline ReportDossier hoTich(Channel ch, const char* received, const char* due)
{
    ReportDossier d;
    d.field = "Hộ tịch";
    d.unit = "Tư pháp";
    d.channel = ch;
    d.status = DossierStatus::Processing;
    d.receivedAt = t(received);
    d.originalDueAt = t(due);
    return d;
}

}  // namespace motcua::domain::test
