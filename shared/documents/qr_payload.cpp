// QR payloads: building them from a dossier or a ticket, and reading a code back from what a
// scanner typed.
#include "documents/qr_payload.h"

#include "domain/dossier_code.h"
#include "domain/queue_rules.h"

namespace motcua::documents {

namespace {

void line(std::string& out, std::string_view key, std::string_view value)
{
    if (value.empty()) return;
    if (!out.empty()) out += '\n';
    out += key;
    out += ':';
    // One item per line: a newline inside a value would forge the next key.
    for (char c : value) out += (c == '\n' || c == '\r') ? ' ' : c;
}

bool codeChar(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-'; }

}  // namespace

std::string lookupUrl(std::string_view urlTemplate, std::string_view code)
{
    if (urlTemplate.empty()) return {};
    std::string out(urlTemplate);
    // Dossier codes hold only digits, capitals, dots and hyphens: nothing to percent-encode.
    for (auto at = out.find("{code}"); at != std::string::npos; at = out.find("{code}", at + code.size()))
        out.replace(at, 6, code);
    return out;
}

std::string dossierQrText(const DossierQr& q)
{
    std::string out = lookupUrl(q.lookupUrlTemplate, q.code);
    line(out, "MHS", q.code);
    line(out, "TTHC", q.procedureCode);
    line(out, "MDD", q.applicantId);
    line(out, "TEN", q.applicant);
    line(out, "VB", q.documentName);
    if (q.appointment) line(out, "HEN", domain::formatLocal(*q.appointment));
    line(out, "HT", q.issuingSystem);
    line(out, "TG", domain::formatLocal(q.issuedAt));
    return out;
}

std::string ticketQrText(const TicketQr& q)
{
    std::string out;
    line(out, "VE", q.label);
    line(out, "NHOM", q.groupCode);
    line(out, "CQ", q.officeCode);
    line(out, "TG", domain::formatLocal(q.issuedAt));
    return out;
}

std::optional<std::string> dossierCodeFromQr(std::string_view payload)
{
    // Try every maximal run of code characters: finds the code after "MHS:", after "ma=" in a
    // URL, or alone, without caring which of them the scanner produced.
    std::size_t i = 0;
    while (i < payload.size()) {
        if (!codeChar(payload[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < payload.size() && codeChar(payload[j])) ++j;
        const auto run = payload.substr(i, j - i);
        if (domain::parseDossierCode(run)) return std::string(run);
        i = j;
    }
    return std::nullopt;
}

std::optional<std::string> ticketFromQr(std::string_view payload)
{
    std::size_t start = 0;
    while (start <= payload.size()) {
        auto end = payload.find('\n', start);
        if (end == std::string_view::npos) end = payload.size();
        auto row = payload.substr(start, end - start);
        if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
        // Only a well-formed label: a scanner's garbage must never look like a ticket (found by
        // the qr_payload fuzzer: "VE:A026-CQ:…" came back as a "label").
        if (row.rfind("VE:", 0) == 0 && domain::parseTicketLabel(row.substr(3))) return std::string(row.substr(3));
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace motcua::documents
