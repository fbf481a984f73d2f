// The office's catalog: service groups and the counters serving them, and the procedures.
#pragma once

#include "domain/entities.h"
#include "domain/procedure.h"
#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::store {

[[nodiscard]] std::vector<domain::ServiceGroup> listGroups(Database& db);
[[nodiscard]] std::optional<domain::ServiceGroup> findGroup(Database& db, const std::string& code);
std::int64_t insertGroup(Database& db, const domain::ServiceGroup& g, int order);
/// Prefix and name of the group with g.id.
void updateGroup(Database& db, const domain::ServiceGroup& g);

[[nodiscard]] std::vector<domain::Counter> listCounters(Database& db);
[[nodiscard]] std::optional<domain::Counter> findCounter(Database& db, int number);
void insertCounter(Database& db, const domain::Counter& c);
void assignCounterGroup(Database& db, int counter, std::int64_t groupId);
/// Name and open flag of counter c.number.
void updateCounter(Database& db, const domain::Counter& c);
/// The counter serves no group (before assigning its new set).
void clearCounterGroups(Database& db, int counter);

/// Inserts or replaces a procedure by code.
void upsertProcedure(Database& db, const domain::Procedure& p);
[[nodiscard]] std::optional<domain::Procedure> findProcedure(Database& db, const std::string& code);
/// Every active procedure, optionally of one field, by field then name.
[[nodiscard]] std::vector<domain::Procedure> listProcedures(Database& db, const std::string& field = {});

}  // namespace motcua::store
