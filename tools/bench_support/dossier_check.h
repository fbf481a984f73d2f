// motcua-lan-bench's dossier traffic (issue 14, "Faults"): an intake clerk receives a dossier and
// forwards it (one step) every half second through the same lossy network as the counters; at the
// end the store is read back to check that no dossier or step was recorded twice after a retry
// (the client request id protects them) and that every acknowledged one is there.
#pragma once

#include "service/desk.h"

#include <atomic>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace motcua::bench {

struct IntakeLog {
    std::mutex m;
    std::set<std::string> received;   ///< applicant names whose receive() was acknowledged
    std::set<std::string> forwarded;  ///< applicant names whose forward() was acknowledged
    std::set<std::string> tried;      ///< every name tried (acknowledged or not)
    long errors = 0;
};

/// Until `stop`: receive a dossier for a fresh applicant name, forward it, wait `pauseMs`.
void intakeLoop(service::Desk& desk, const std::atomic<bool>& stop, IntakeLog& log, int pauseMs = 500);

/// Reads every dossier through `admin` (a local Desk on the host's store) and compares with the log:
/// {"dossiers_acknowledged", "steps_acknowledged", "dossiers_twice", "steps_twice",
///  "acknowledged_dossiers_lost", "acknowledged_steps_lost", "intake_errors"}.
nlohmann::json checkDossiers(service::Desk& admin, IntakeLog& log);

/// True when the check found nothing doubled or lost.
bool dossiersIntact(const nlohmann::json& check);

}  // namespace motcua::bench
