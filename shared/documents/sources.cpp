// Gathering document data from the Desk.
#include "documents/sources.h"

#include "documents/form_layout.h"
#include "domain/error.h"

#include <algorithm>
#include <map>

namespace motcua::documents {

namespace {

constexpr std::pair<Kind, const char*> kKinds[] = {
    {Kind::Ticket, "ticket"},   {Kind::Receipt, "receipt"}, {Kind::Supplement, "supplement"}, {Kind::Refusal, "refusal"},
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

Document dossierDocument(service::Desk& desk, const Request& r, const FormTexts& texts)
{
    const SlipContext ctx = slipContext(desk, texts);
    const Paper paper = r.paper.value_or(Paper::A5);
    if (r.kind == Kind::Apology) {
        const auto apology = findApology(desk, r.apologyId);
        return renderApology(ctx, desk.dossier(apology.dossierCode), apology, paper);
    }
    const auto detail = desk.dossier(r.code);
    switch (r.kind) {
    case Kind::Receipt:
        return renderReceipt(ctx, detail, desk.procedure(detail.dossier.procedureCode), ledgerPosition(desk, detail.dossier), paper);
    case Kind::Supplement: return renderSupplement(ctx, detail, paper);
    case Kind::Refusal: return renderRefusal(ctx, detail, paper);
    case Kind::Stop: return renderStopNotice(ctx, detail, paper);
    case Kind::Control: return renderControlSheet(ctx, detail, desk.procedure(detail.dossier.procedureCode), paper);
    case Kind::Ticket:
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

std::vector<LedgerRow> ledgerRows(service::Desk& desk, domain::Date from, domain::Date to)
{
    if (to < from) throw Error(ErrorCode::InvalidInput, "Khoảng ngày sai: ngày kết thúc " + to.vn() + " trước ngày bắt đầu " + from.vn());
    const domain::Instant start = domain::fromLocal(from, 0);
    const domain::Instant end = domain::fromLocal(to.addDays(1), 0);
    std::vector<LedgerRow> rows;
    std::map<std::string, std::string> units;
    std::map<std::string, std::string> slips;  // dossier code → "1/PXL, 4/PXL"
    for (const auto& a : desk.apologies(domain::ApologyStatus::Signed)) {
        auto& s = slips[a.dossierCode];
        s += (s.empty() ? "" : ", ") + a.numberText();
    }
    for (int year = from.year; year <= to.year; ++year) {
        int line = 0;
        for (auto& d : yearBook(desk, year, end)) {
            ++line;
            if (d.receivedAt < start) continue;
            auto it = units.find(d.procedureCode);
            if (it == units.end()) {
                std::string unit;
                try {
                    unit = desk.procedure(d.procedureCode).unit;
                } catch (const Error& e) {
                    // A procedure removed from the catalog still has its dossiers in the book.
                    if (e.code() != ErrorCode::NotFound) throw;
                }
                it = units.emplace(d.procedureCode, unit).first;
            }
            const auto slip = slips.find(d.code);
            rows.push_back({line, std::move(d), it->second, slip == slips.end() ? std::string() : slip->second});
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
        const auto rows = ledgerRows(desk, r.from, r.to);
        return renderLedger(slipContext(desk, texts), rows, r.from, r.to, r.from.year);
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
    const auto d = desk.dossier(r.code).dossier;
    const std::optional<domain::Instant> appointment = r.kind == Kind::Receipt ? std::optional(d.dueAt) : std::nullopt;
    return dossierQrPayload(ctx, d, texts.form(formOf(r.kind)), appointment);
}

}  // namespace motcua::documents
