// The slip context the document tests render with: the demo office (xã Hà Tân) at the tests'
// clock, no bank account unless a test gives one.
#pragma once

#include "documents/slips.h"

namespace motcua::testing {

inline documents::SlipContext haTanContext()
{
    documents::SlipContext ctx;
    ctx.office = {"000.00.20.H56", "Trung tâm Phục vụ hành chính công xã Hà Tân", "Ủy ban nhân dân xã Hà Tân", "Hà Tân", "", "", ""};
    ctx.issuedAt = *domain::parseLocalDateTime("2026-11-23 10:15");
    return ctx;
}

}  // namespace motcua::testing
