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

/// The staff member who made a handover: the forward event at the step's time.
std::string giverOf(const SlipContext& ctx, const domain::DossierDetail& d, const domain::DossierStep& step)
{
    for (const auto& e : d.events)
        if (e.action == "forward" && e.at == step.handedAt) {
            const auto name = ctx.fullName(e.actor);
            return name.empty() ? e.actor : name;
        }
    return {};
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
    Table t(sheet, {{0.27}, {0.2, Align::Center}, {0.2}, {0.15, Align::Center}, {0.18}}, s);
    std::vector<std::string> header;
    for (const auto& c : form.columns) header.push_back(escapeMarkup(c));
    if (header.size() != 5) throw Error(ErrorCode::InvalidInput, "Tệp mẫu phiếu: forms.control.columns cần đúng 5 cột");
    t.setHeader(header);
    int index = 0;
    for (const auto& step : detail.steps) {
        ++index;
        std::string when = escapeMarkup(shortTime(step.handedAt));
        if (step.dueAt) when += "\n<i>" + fillMarkup(form.row("step_due"), {{"due", shortTime(*step.dueAt)}}) + "</i>";
        const std::string giver = giverOf(ctx, detail, step);
        t.row({fillMarkup(form.row("handover"), {{"index", std::to_string(index)}, {"from", step.fromUnit}, {"to", step.toUnit}}),
               when, "Giao: " + escapeMarkup(giver) + "\nNhận:", escapeMarkup(stepResult(ctx, form, step)),
               escapeMarkup(step.note)});
    }
    const auto& d = detail.dossier;
    const Vars last{{"index", std::to_string(index + 1)}};
    if (d.returnedAt) {
        const domain::Instant resolved = d.resolvedAt.value_or(*d.returnedAt);
        t.row({fillMarkup(form.row("returned"), last), escapeMarkup(shortTime(*d.returnedAt)),
               "Nhận: " + escapeMarkup(d.returnedTo),
               escapeMarkup(domain::outcomeLabel(domain::outcomeOf(resolved, d.originalDueAt))), ""});
    } else {
        // Filled by hand when the result is handed over.
        t.row({fillMarkup(form.row("returned"), last), std::string(kBlankLine), "", "", ""});
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
                            Paper paper)
{
    const auto& form = ctx.texts.form("control");
    Vars vars = dossierVars(ctx, detail.dossier);
    vars["lead_unit"] = procedure.unit;
    std::set<std::string> seen{procedure.unit};
    std::string cooperating;
    for (const auto& step : detail.steps)
        if (!step.toUnit.empty() && seen.insert(step.toUnit).second) cooperating += (cooperating.empty() ? "" : "; ") + step.toUnit;
    vars["cooperating_units"] = cooperating;
    return pageSlip(ctx, detail.dossier, form, vars, paper, std::nullopt,
                    [&](Sheet& sheet, std::string_view block) {
                        if (block == "steps") stepsTable(sheet, ctx, form, detail);
                        else throw unknownBlock(form, block);
                    },
                    false);
}

Document renderLedger(const SlipContext& ctx, const std::vector<LedgerRow>& rows, domain::Date from, domain::Date to, int book)
{
    const auto& form = ctx.texts.form("ledger");
    if (form.columns.size() != 10) throw Error(ErrorCode::InvalidInput, "Tệp mẫu phiếu: forms.ledger.columns cần đúng 10 cột");
    Vars vars = officeVars(ctx);
    vars["from"] = from.vn();
    vars["to"] = to.vn();
    vars["ledger_book"] = std::to_string(book);
    Sheet sheet(Paper::A4Landscape);
    ledgerHead(sheet, ctx, form, vars);

    TextStyle s = bodyStyle(sheet);
    s.lineSpacing = 0;
    s.align = Align::Left;
    Table t(sheet,
            {{0.035, Align::Center}, {0.18}, {0.165}, {0.12}, {0.115}, {0.07, Align::Center}, {0.07, Align::Center},
             {0.07, Align::Center}, {0.085}, {0.07}},
            s);
    std::vector<std::string> header;
    for (const auto& c : form.columns) header.push_back(escapeMarkup(c));
    t.setHeader(header, escapeMarkup(form.row("group")), 5, 7);
    for (const auto& r : rows) {
        const auto& d = r.dossier;
        // A re-appointed dossier keeps its original appointment and notes the new one and the slips.
        std::string due = escapeMarkup(shortTime(r.apologies.empty() ? d.dueAt : d.originalDueAt));
        if (!r.apologies.empty())
            due += "\n<i>" + fillMarkup(form.row("reappointed"), {{"due", shortTime(d.dueAt)}, {"slips", r.apologies}}) + "</i>";
        t.row({std::to_string(r.line), escapeMarkup(keepTogether(d.code)), escapeMarkup(d.procedureName), escapeMarkup(d.applicantName),
               escapeMarkup(r.leadUnit), escapeMarkup(shortTime(d.receivedAt)), due,
               d.returnedAt ? escapeMarkup(shortTime(*d.returnedAt)) : "", resultMethod(d.channel), ""});
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
