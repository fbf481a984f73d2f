// Gathering document data from the Desk.
#include "documents/sources.h"

#include "documents/form_layout.h"
#include "domain/error.h"

#include <algorithm>
#include <map>

namespace motcua::documents {

namespace {

constexpr std::pair<Kind, const char*> kKinds[] = {
    {Kind::Ticket, "ticket"},   {Kind::Receipt, "receipt"}, {Kind::Supplement, "supplement"},
    {Kind::Refusal, "refusal"}, {Kind::RefusalNotice, "refusal-notice"},
    {Kind::Apology, "apology"}, {Kind::Stop, "stop"},       {Kind::Control, "control"},       {Kind::Ledger, "ledger"},
};

domain::Apology findApology(service::Desk& desk, std::int64_t id)
{
    for (const auto& a : desk.apologies(std::nullopt))
        if (a.id == id) return a;
    throw Error(ErrorCode::NotFound, "Không có phiếu xin lỗi số " + std::to_string(id));
}

bool receivedBefore(const domain::Dossier& a, const domain::Dossier& b)
{
    return a.receivedAt != b.receivedAt ? a.receivedAt < b.receivedAt : a.id < b.id;
}

/// Every dossier of the year up to (excluding) `before`, oldest first: the ledger's numbering.
std::vector<domain::Dossier> yearBook(service::Desk& desk, int year, domain::Instant before)
{
    service::DossierQuery q;
    q.receivedFrom = domain::fromLocal({year, 1, 1}, 0);
    q.receivedBefore = std::min(before, domain::fromLocal({year + 1, 1, 1}, 0));
    std::vector<domain::Dossier> out;
    for (auto& s : desk.dossiers(q)) out.push_back(std::move(s.dossier));
    std::sort(out.begin(), out.end(), receivedBefore);
    return out;
}

/// Form 03 is for a request the office did not receive: a code of one of its dossiers is refused
/// (that dossier gets the refusal notice); a code from elsewhere prints as given.
Document intakeRefusal(service::Desk& desk, const Request& r, const SlipContext& ctx, Paper paper)
{
    IntakeRefusal refusal = r.refusal;
    refusal.code = r.code;
    if (!r.code.empty()) {
        bool ours = true;
        try {
            (void)desk.dossier(r.code);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::NotFound && e.code() != ErrorCode::InvalidInput) throw;
            ours = false;
        }
        if (ours)
            throw Error(ErrorCode::IllegalState, "Hồ sơ " + r.code + " đã được tiếp nhận: phiếu từ chối tiếp nhận (mẫu 03) chỉ "
                                                 "in cho yêu cầu không được tiếp nhận; hồ sơ bị từ chối giải quyết in thông "
                                                 "báo từ chối (refusal-notice)");
    }
    if (refusal.procedureName.empty() && !refusal.procedureCode.empty())
        refusal.procedureName = desk.procedure(refusal.procedureCode).name;
    return renderIntakeRefusal(ctx, refusal, paper);
}

/// The names of everyone who acted on the dossier, so a clerk who may not list the staff still
/// reprints the slip with its signers named.
domain::DossierDetail withActors(SlipContext& ctx, domain::DossierDetail detail)
{
    for (const auto& e : detail.events)
        if (!e.actorName.empty()) ctx.staffNames.emplace(e.actor, e.actorName);
    return detail;
}

Document dossierDocument(service::Desk& desk, const Request& r, const FormTexts& texts)
{
    SlipContext ctx = slipContext(desk, texts);
    const Paper paper = r.paper.value_or(Paper::A5);
    if (r.kind == Kind::Apology) {
        const auto apology = findApology(desk, r.apologyId);
        const auto detail = withActors(ctx, desk.dossier(apology.dossierCode));
        return renderApology(ctx, detail, apology, paper);
    }
    if (r.kind == Kind::Refusal) return intakeRefusal(desk, r, ctx, paper);
    const auto detail = withActors(ctx, desk.dossier(r.code));
    const auto procedure = [&] { return desk.procedure(detail.dossier.procedureCode); };
    switch (r.kind) {
    case Kind::Receipt: return renderReceipt(ctx, detail, procedure(), ledgerPosition(desk, detail.dossier), paper);
    case Kind::Supplement: return renderSupplement(ctx, detail, procedure(), paper);
    case Kind::RefusalNotice: return renderRefusalNotice(ctx, detail, procedure(), paper);
    case Kind::Stop: return renderStopNotice(ctx, detail, paper);
    case Kind::Control: return renderControlSheet(ctx, detail, procedure(), ledgerPosition(desk, detail.dossier), paper);
    case Kind::Ticket:
    case Kind::Refusal:
    case Kind::Apology:
    case Kind::Ledger: break;
    }
    throw Error(ErrorCode::Internal, "Loại văn bản không phải phiếu hồ sơ");
}

const char* formOf(Kind k)
{
    switch (k) {
    case Kind::Receipt: return "receipt";
    case Kind::Supplement: return "supplement";
    case Kind::Refusal: return "refusal";
    case Kind::RefusalNotice: return "refusal_notice";
    case Kind::Apology: return "apology";
    case Kind::Stop: return "stop";
    case Kind::Control: return "control";
    case Kind::Ticket:
    case Kind::Ledger: break;
    }
    return "";
}

}  // namespace

const char* kindName(Kind k)
{
    for (const auto& [kind, name] : kKinds)
        if (kind == k) return name;
    return "?";
}

std::optional<Kind> parseKind(std::string_view name)
{
    for (const auto& [kind, n] : kKinds)
        if (name == n) return kind;
    return std::nullopt;
}

SlipContext slipContext(service::Desk& desk, const FormTexts& texts)
{
    SlipContext ctx;
    ctx.office = officeFromSettings(desk.settings());
    ctx.texts = texts;
    ctx.issuedAt = desk.now();
    const auto settings = desk.settings();
    if (const auto it = settings.find("forms.apology_title"); it != settings.end()) ctx.apologyTitle = it->second;
    const auto setting = [&settings](const char* key) {
        const auto it = settings.find(key);
        return it == settings.end() ? std::string() : it->second;
    };
    ctx.payment = {setting("payment.bank_bin"), setting("payment.account"), setting("payment.account_name")};
    if (const auto me = desk.currentUser()) {
        ctx.staffName = me->fullName;
        ctx.staffNames[me->username] = me->fullName;
    }
    try {
        for (const auto& m : desk.staff()) ctx.staffNames[m.username] = m.fullName;
    } catch (const Error& e) {
        // A clerk may not list the staff; names missing here print as a blank to sign over.
        if (e.code() != ErrorCode::Forbidden) throw;
    }
    return ctx;
}

LedgerPosition ledgerPosition(service::Desk& desk, const domain::Dossier& dossier)
{
    const int year = domain::localDate(dossier.receivedAt).year;
    const auto book = yearBook(desk, year, dossier.receivedAt + 1);
    int line = 0;
    for (const auto& d : book) {
        ++line;
        if (d.id == dossier.id) return {year, line};
    }
    return {year, 0};
}

std::vector<LedgerRow> ledgerRows(service::Desk& desk, domain::Date from, domain::Date to, const std::string& field)
{
    if (to < from) throw Error(ErrorCode::InvalidInput, "Khoảng ngày sai: ngày kết thúc " + to.vn() + " trước ngày bắt đầu " + from.vn());
    const domain::Instant start = domain::fromLocal(from, 0);
    const domain::Instant end = domain::fromLocal(to.addDays(1), 0);
    std::vector<LedgerRow> rows;
    std::map<std::string, std::pair<std::string, std::string>> procedures;  // code → unit, field
    std::map<std::string, std::string> slips;  // dossier code → "1/PXL, 4/PXL"
    for (const auto& a : desk.apologies(domain::ApologyStatus::Signed)) {
        auto& s = slips[a.dossierCode];
        s += (s.empty() ? "" : ", ") + a.numberText();
    }
    const auto procedureOf = [&](const std::string& code) -> const std::pair<std::string, std::string>& {
        auto it = procedures.find(code);
        if (it != procedures.end()) return it->second;
        std::pair<std::string, std::string> p;
        try {
            const auto found = desk.procedure(code);
            p = {found.unit, found.field};
        } catch (const Error& e) {
            // A procedure removed from the catalog still has its dossiers in the book.
            if (e.code() != ErrorCode::NotFound) throw;
        }
        return procedures.emplace(code, p).first->second;
    };
    for (int year = from.year; year <= to.year; ++year) {
        int line = 0;
        for (auto& d : yearBook(desk, year, end)) {
            ++line;
            if (d.receivedAt < start) continue;
            const auto& [unit, procedureField] = procedureOf(d.procedureCode);
            if (!field.empty() && procedureField != field) continue;
            const auto slip = slips.find(d.code);
            rows.push_back({line, std::move(d), unit, slip == slips.end() ? std::string() : slip->second});
        }
    }
    return rows;
}

Document buildDocument(service::Desk& desk, const Request& r, const FormTexts& texts)
{
    switch (r.kind) {
    case Kind::Ticket: {
        const auto data = ticketData(desk.ticketInfo(r.ticket), desk.settings());
        return renderTicket(data, r.paper.value_or(Paper::Mm80), texts);
    }
    case Kind::Ledger: {
        if (r.paper && *r.paper != Paper::A4)
            throw Error(ErrorCode::InvalidInput, "Sổ theo dõi hồ sơ chỉ in khổ A4 ngang (--paper a4)");
        const auto rows = ledgerRows(desk, r.from, r.to, r.field);
        return renderLedger(slipContext(desk, texts), rows, r.from, r.to, r.from.year, r.field);
    }
    default: return dossierDocument(desk, r, texts);
    }
}

std::string qrPayload(service::Desk& desk, const Request& r, const FormTexts& texts)
{
    if (r.kind == Kind::Ticket) return ticketQrPayload(ticketData(desk.ticketInfo(r.ticket), desk.settings()));
    if (r.kind == Kind::Ledger) throw Error(ErrorCode::InvalidInput, "Sổ theo dõi hồ sơ không có mã QR");
    const SlipContext ctx = slipContext(desk, texts);
    if (r.kind == Kind::Apology) {
        const auto apology = findApology(desk, r.apologyId);
        return dossierQrPayload(ctx, desk.dossier(apology.dossierCode).dossier, texts.form("apology"), apology.proposedDueAt);
    }
    if (r.kind == Kind::Refusal) throw Error(ErrorCode::InvalidInput, "Phiếu từ chối tiếp nhận không có mã QR (hồ sơ không được tiếp nhận)");
    return slipQrPayload(ctx, desk.dossier(r.code), formOf(r.kind));
}

}  // namespace motcua::documents
