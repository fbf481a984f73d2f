// The bench's dossier traffic and its end check (dossier_check.h).
#include "dossier_check.h"

#include "domain/error.h"

#include <chrono>
#include <map>
#include <thread>

namespace motcua::bench {

namespace {

constexpr const char* kProcedure = "1.004873";  // the demo catalogue's marriage-status certificate
constexpr const char* kUnit = "Công chức Tư pháp - Hộ tịch (UBND xã)";

}  // namespace

void intakeLoop(service::Desk& desk, const std::atomic<bool>& stop, IntakeLog& log, int pauseMs)
{
    for (int n = 1; !stop; ++n) {
        // A name per dossier: the end check counts the store's dossiers per name.
        const std::string name = "Người Thử Tải " + std::to_string(n);
        {
            const std::lock_guard lock(log.m);
            log.tried.insert(name);
        }
        try {
            const auto d = desk.receive({kProcedure, name, "038095001234", "", "", domain::Channel::Direct, ""});
            {
                const std::lock_guard lock(log.m);
                log.received.insert(name);
            }
            (void)desk.forward(d.code, kUnit, 4.0, "Chuyển xử lý");
            const std::lock_guard lock(log.m);
            log.forwarded.insert(name);
        } catch (const Error&) {
            const std::lock_guard lock(log.m);
            ++log.errors;  // host down or the answer lost three times: present once or absent
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
    }
}

nlohmann::json checkDossiers(service::Desk& admin, IntakeLog& log)
{
    std::map<std::string, long> dossiersOf;  // name → dossiers stored
    std::map<std::string, long> stepsOf;     // name → steps stored, over its dossiers
    for (const auto& s : admin.dossiers({})) {
        const auto& name = s.dossier.applicantName;
        if (log.tried.count(name) == 0) continue;  // the demo's own dossiers
        ++dossiersOf[name];
        stepsOf[name] += static_cast<long>(admin.dossier(s.dossier.code).steps.size());
    }
    long dossiersTwice = 0, stepsTwice = 0, dossiersLost = 0, stepsLost = 0;
    for (const auto& [name, n] : dossiersOf) dossiersTwice += n > 1 ? 1 : 0;
    for (const auto& [name, n] : stepsOf) stepsTwice += n > 1 ? 1 : 0;
    for (const auto& name : log.received) dossiersLost += dossiersOf.count(name) == 0 ? 1 : 0;
    for (const auto& name : log.forwarded) stepsLost += stepsOf[name] == 0 ? 1 : 0;
    return {{"dossiers_acknowledged", log.received.size()},
            {"steps_acknowledged", log.forwarded.size()},
            {"dossiers_twice", dossiersTwice},
            {"steps_twice", stepsTwice},
            {"acknowledged_dossiers_lost", dossiersLost},
            {"acknowledged_steps_lost", stepsLost},
            {"intake_errors", log.errors}};
}

bool dossiersIntact(const nlohmann::json& check)
{
    return check.at("dossiers_twice") == 0 && check.at("steps_twice") == 0 && check.at("acknowledged_dossiers_lost") == 0 &&
           check.at("acknowledged_steps_lost") == 0;
}

}  // namespace motcua::bench
