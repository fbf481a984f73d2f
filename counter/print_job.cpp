#include "counter/print_job.h"

#include "documents/slips.h"
#include "documents/sources.h"
#include "domain/error.h"

namespace motcua::counter {

using domain::DossierAction;

std::string printJob(service::Desk& desk, documents::Printer& printer, const PrintJob& job, const CounterState& s)
{
    try {
        documents::Document doc = [&] {
            if (!job.code.empty()) {
                documents::Request r;
                r.kind = job.kind;
                r.code = job.code;
                return documents::buildDocument(desk, r);
            }
            // Not received: form 02 (what to bring) or form 03 (refused) from the form as typed;
            // the request has no code and is not counted.
            const auto& f = s.intake.form;
            const auto* p = s.procedure(f.procedureCode);
            if (job.kind == documents::Kind::Refusal) {
                documents::IntakeRefusal r;
                if (p) {
                    r.procedureCode = p->code;
                    r.procedureName = p->name;
                }
                r.applicantName = f.applicantName;
                r.idNumber = f.idNumber;
                r.phone = f.phone;
                r.address = f.address;
                r.reason = job.missingPapers;
                return documents::renderIntakeRefusal(documents::slipContext(desk), r);
            }
            domain::DossierDetail d;
            domain::Procedure procedure;
            if (p) {
                procedure = *p;
                d.dossier.procedureCode = p->code;
                d.dossier.procedureName = p->name;
                d.dossier.procedureDays = p->days;
            }
            d.dossier.applicantName = f.applicantName;
            d.dossier.idNumber = f.idNumber;
            d.dossier.phone = f.phone;
            d.dossier.address = f.address;
            d.dossier.channel = f.channel;
            d.dossier.receivedAt = desk.now();
            d.events.push_back({0, desk.now(), s.user ? s.user->username : "", domain::actionName(DossierAction::RequestSupplement),
                                "", "", job.missingPapers, false, s.user ? s.user->fullName : ""});
            return documents::renderSupplement(documents::slipContext(desk), d, procedure);
        }();
        printer.print(doc);
        return {};
    } catch (const Error& e) {
        return std::string("Không in được: ") + e.what() + ". Kiểm tra máy in (" + printer.describe() + ") rồi bấm In lại.";
    }
}

}  // namespace motcua::counter
