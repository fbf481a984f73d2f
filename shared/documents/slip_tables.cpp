// The two forms that are mostly tables: the processing-control sheet (one row per handover,
// with early / on-time / late per step) and the tracking ledger (A4 landscape, a date range).
#include "documents/form_layout.h"

#include "domain/dossier_state.h"
#include "domain/text.h"

#include <glib.h>

#include <set>

namespace motcua::documents {

namespace {

std::string shortTime(domain::Instant t)
{
    return domain::formatLocalTime(t) + "\n" + domain::localDate(t).vn();
}

std::string nameOf(const SlipContext& ctx, const std::string& username)
{
    const auto name = ctx.fullName(username);
    return name.empty() ? username : name;
}

/// Who gave and who received a handover: the forward event at the step's time was made by the
/// giver; the receiver is whoever acted on the dossier next (took the next step, asked for a
/// supplement, recorded the result…). Nobody yet: left to the pen.
std::pair<std::string, std::string> giverAndReceiver(const SlipContext& ctx, const domain::DossierDetail& d,
                                                     const domain::DossierStep& step)
{
    std::pair<std::string, std::string> out;
    bool handed = false;
    for (const auto& e : d.events) {
        if (!handed) {
            if (e.action == "forward" && e.at == step.handedAt) {
                out.first = nameOf(ctx, e.actor);
                handed = true;
            }
            continue;
        }
        if (e.action == "resume" || e.actor.empty()) continue;
        out.second = nameOf(ctx, e.actor);
        break;
    }
    return out;
}

std::string stepResult(const SlipContext& ctx, const FormText& form, const domain::DossierStep& step)
{
    if (!step.dueAt) return step.doneAt ? "" : form.row("pending");
    if (step.doneAt) return domain::outcomeLabel(domain::outcomeOf(*step.doneAt, *step.dueAt));
    const std::string pending = form.row("pending");
    return ctx.issuedAt > *step.dueAt ? pending + " – " + domain::outcomeLabel(domain::Outcome::Late) : pending;
}

void stepsTable(Sheet& sheet, const SlipContext& ctx, const FormText& form, const domain::DossierDetail& detail)
{
    TextStyle s = bodyStyle(sheet);
    s.size -= 1.5;
    s.lineSpacing = 0;
    s.align = Align::Left;
    Table t(sheet, {{0.21}, {0.16, Align::Center}, {0.16}, {0.16}, {0.17, Align::Center}, {0.14}}, s);
    std::vector<std::string> header;
    for (const auto& c : form.columns) header.push_back(escapeMarkup(c));
    if (header.size() != 6) throw Error(ErrorCode::InvalidInput, "Tệp mẫu phiếu: forms.control.columns cần đúng 6 cột");
    t.setHeaderShrink(sheet.paper() == Paper::A5 ? 1.5 : 1);
    t.setHeader(header);
    const auto& d = detail.dossier;
    int index = 0;
    for (const auto& step : detail.steps) {
        ++index;
        std::string when = escapeMarkup(shortTime(step.handedAt));
        if (step.dueAt) when += "\n<i>" + fillMarkup(form.row("step_due"), {{"due", shortTime(*step.dueAt)}}) + "</i>";
        // The first handover leaves the front desk (Bộ phận tiếp nhận và trả kết quả).
        const std::string from = index == 1 ? form.row("front_desk") : step.fromUnit;
        const auto [giver, receiver] = giverAndReceiver(ctx, detail, step);
        t.row({fillMarkup(form.row("handover"), {{"index", std::to_string(index)}, {"from", from}, {"to", step.toUnit}}), when,
               escapeMarkup(giver), escapeMarkup(receiver), escapeMarkup(stepResult(ctx, form, step)), escapeMarkup(step.note)});
    }
    const Vars last{{"index", std::to_string(index + 1)}};
    if (d.returnedAt) {
        const domain::Instant resolved = d.resolvedAt.value_or(*d.returnedAt);
        std::string giver;
        if (const auto* e = lastEvent(detail, "return")) giver = nameOf(ctx, e->actor);
        t.row({fillMarkup(form.row("returned"), last), escapeMarkup(shortTime(*d.returnedAt)), escapeMarkup(giver),
               escapeMarkup(d.returnedTo), escapeMarkup(domain::outcomeLabel(domain::outcomeOf(resolved, d.originalDueAt))), ""});
    } else {
        // Filled by hand when the result is handed over.
        t.row({fillMarkup(form.row("returned"), last), std::string(kBlankLine), "", "", "", ""});
    }
}

const char* resultMethod(domain::Channel c)
{
    switch (c) {
    case domain::Channel::Direct: return "Tại Bộ phận Một cửa";
    case domain::Channel::Online: return "Trực tuyến";
    case domain::Channel::Postal: return "Bưu chính công ích";
    }
    return "";
}

/// The result column: when it was returned, or how the dossier closed without a result.
std::string resultCell(const FormText& form, const domain::Dossier& d)
{
    if (d.returnedAt) return shortTime(*d.returnedAt);
    const char* row = nullptr;
    switch (d.status) {
    case domain::DossierStatus::Refused: row = "refused"; break;
    case domain::DossierStatus::Withdrawn: row = "withdrawn"; break;
    case domain::DossierStatus::Stopped: row = "stopped"; break;
    default: return {};
    }
    const std::string date = d.closedAt ? domain::localDate(*d.closedAt).vn() : std::string();
    return fillPlain(form.row(row), {{"date", date}});
}

void ledgerHead(Sheet& sheet, const SlipContext& ctx, const FormText& form, const Vars& vars)
{
    TextStyle s = bodyStyle(sheet);
    s.align = Align::Left;
    s.lineSpacing = 0;
    TextStyle b = s;
    b.bold = true;
    char* parent = g_utf8_strup(ctx.office.parent.c_str(), -1);
    char* office = g_utf8_strup(ctx.office.name.c_str(), -1);
    const double w = sheet.contentWidth() * 0.45;
    double y = sheet.y;
    if (!ctx.office.parent.empty()) y += sheet.painter().draw(sheet.left(), y, w, escapeMarkup(domain::toNfc(parent)), s);
    y += sheet.painter().draw(sheet.left(), y, w, escapeMarkup(domain::toNfc(office)), b);
    g_free(parent);
    g_free(office);
    TextStyle f = s;
    f.align = Align::Right;
    f.italic = true;
    sheet.painter().draw(sheet.left(), sheet.y, sheet.contentWidth(), escapeMarkup(form.form), f);
    sheet.y = y + s.size;
    TextStyle title = b;
    title.size += 5;
    title.align = Align::Center;
    sheet.paragraph(escapeMarkup(form.title), title);
    TextStyle c = s;
    c.align = Align::Center;
    if (!form.number.empty()) sheet.paragraph(fillMarkup(form.number, vars), c);
    drawBody(sheet, form, vars, [&](std::string_view block) { throw unknownBlock(form, block); });
    sheet.y += s.size * 0.5;
}

}  // namespace

Document renderControlSheet(const SlipContext& ctx, const domain::DossierDetail& detail, const domain::Procedure& procedure,
                            const LedgerPosition& ledger, Paper paper)
{
    const auto& form = ctx.texts.form("control");
    // Opened with the dossier at receipt: dated then; the steps show where it stands now.
    Vars vars = dossierVars(atAct(ctx, detail.dossier.receivedAt), detail.dossier);
    vars["ledger_line"] = ledger.line > 0 ? std::to_string(ledger.line) : "";
    vars["ledger_book"] = ledger.book > 0 ? std::to_string(ledger.book) : "";
    vars["lead_unit"] = procedure.unit;
    std::set<std::string> seen{procedure.unit};
    std::string cooperating;
    for (const auto& step : detail.steps)
        if (!step.toUnit.empty() && seen.insert(step.toUnit).second) cooperating += (cooperating.empty() ? "" : "; ") + step.toUnit;
    vars["cooperating_units"] = cooperating;
    return pageSlip(atAct(ctx, detail.dossier.receivedAt), detail.dossier, form, vars, paper, {},
                    [&](Sheet& sheet, std::string_view block) {
                        if (block == "steps") stepsTable(sheet, ctx, form, detail);
                        else throw unknownBlock(form, block);
                    },
                    false);
}

Document renderLedger(const SlipContext& ctx, const std::vector<LedgerRow>& rows, domain::Date from, domain::Date to, int book,
                      const std::string& field)
{
    const auto& form = ctx.texts.form("ledger");
    if (form.columns.size() != 11) throw Error(ErrorCode::InvalidInput, "Tệp mẫu phiếu: forms.ledger.columns cần đúng 11 cột");
    Vars vars = officeVars(ctx);
    vars["from"] = from.vn();
    vars["to"] = to.vn();
    vars["ledger_book"] = std::to_string(book);
    vars["field"] = field;
    vars["field_line"] = field.empty() ? form.row("all_fields") : fillPlain(form.row("field"), {{"field", field}});
    Sheet sheet(Paper::A4Landscape);
    ledgerHead(sheet, ctx, form, vars);

    TextStyle s = bodyStyle(sheet);
    s.lineSpacing = 0;
    s.align = Align::Left;
    Table t(sheet,
            {{0.035, Align::Center}, {0.175}, {0.13}, {0.095}, {0.11}, {0.1}, {0.07, Align::Center}, {0.07, Align::Center},
             {0.07, Align::Center}, {0.075}, {0.06}},
            s);
    std::vector<std::string> header;
    for (const auto& c : form.columns) header.push_back(escapeMarkup(c));
    t.setHeader(header, escapeMarkup(form.row("group")), 6, 8);
    for (const auto& r : rows) {
        const auto& d = r.dossier;
        // A re-appointed dossier keeps its original appointment and notes the new one and the slips.
        std::string due = escapeMarkup(shortTime(r.apologies.empty() ? d.dueAt : d.originalDueAt));
        if (!r.apologies.empty())
            due += "\n<i>" + fillMarkup(form.row("reappointed"), {{"due", shortTime(d.dueAt)}, {"slips", r.apologies}}) + "</i>";
        std::string contact = d.address;
        if (!d.phone.empty()) contact += (contact.empty() ? "" : "\n") + d.phone;
        t.row({std::to_string(r.line), escapeMarkup(keepTogether(d.code)), escapeMarkup(d.procedureName), escapeMarkup(d.applicantName),
               escapeMarkup(contact), escapeMarkup(r.leadUnit), escapeMarkup(shortTime(d.receivedAt)), due,
               escapeMarkup(resultCell(form, d)), resultMethod(d.channel), ""});
    }
    if (rows.empty()) sheet.paragraph("<i>" + escapeMarkup(form.row("empty")) + "</i>", bodyStyle(sheet), 0);

    auto pages = sheet.finish([&](Sheet& sh, int page, int count) {
        TextStyle f = bodyStyle(sh);
        f.size -= 1;
        f.align = Align::Right;
        sh.painter().draw(sh.left(), sh.geometry().height - sh.geometry().bottom + 4, sh.contentWidth(),
                          fillMarkup(form.row("page"), {{"page", std::to_string(page)}, {"pages", std::to_string(count)}}), f);
    });
    DocumentInfo info{"ledger", sentenceCase(form.title), from.iso() + "_" + to.iso(), ctx.issuedAt};
    return Document::pages(std::move(info), Paper::A4Landscape, std::move(pages));
}

}  // namespace motcua::documents
