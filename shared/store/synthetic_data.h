// Synthetic dossiers for benchmarks (`motcua bench`): bulk rows in the real schema, written in
// large transactions, so a million-dossier store can be built in a minute, not a day.
#pragma once

#include "domain/date.h"
#include "store/database.h"

#include <cstdint>

namespace motcua::store {

struct SyntheticSpec {
    std::int64_t dossiers = 1000;
    int eventsPerDossier = 10;
    domain::Instant now = 0;
    int days = 500;            ///< spread receipts over this many days before now
    double pendingShare = 0.002;  ///< share of older dossiers still open (late by now)
};

/// Fills an initialised store that already has at least one procedure; returns rows written.
std::int64_t writeSyntheticDossiers(Database& db, const SyntheticSpec& spec);

}  // namespace motcua::store
