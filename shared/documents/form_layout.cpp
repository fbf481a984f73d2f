// Shared parts of the official forms: header, title, body lines, signatures, and the thermal
// variant of a form.
#include "documents/form_layout.h"

#include "documents/field_lines.h"

#include "domain/text.h"

#include <glib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace motcua::documents {

namespace {

constexpr double kMm = 72.0 / 25.4;

std::string upper(std::string_view s)
{
    char* u = g_utf8_strup(s.data(), static_cast<gssize>(s.size()));
    std::string out = domain::toNfc(u);
    g_free(u);
    return out;
}

std::string twoDigits(int n)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

TextStyle styled(const Sheet& sheet, double delta, bool bold = false, bool italic = false, Align align = Align::Center)
{
    TextStyle s = bodyStyle(sheet);
    s.size = sheet.geometry().body + delta;
    s.bold = bold;
    s.italic = italic;
    s.align = align;
    s.lineSpacing = 0;
    return s;
}

/// Size at which the text fits one line of `width`, at most `style.size`.
TextStyle fitted(Sheet& sheet, std::string_view markup, TextStyle style, double width)
{
    const double natural = sheet.painter().naturalWidth(markup, style);
    if (natural > width) style.size = std::floor(style.size * width / natural * 10) / 10;
    return style;
}

std::vector<std::string> splitItems(const std::string& note)
{
    std::vector<std::string> items;
    std::string cur;
    const auto push = [&] {
        const auto a = cur.find_first_not_of(' ');
        const auto b = cur.find_last_not_of(' ');
        if (a != std::string::npos) items.push_back(cur.substr(a, b - a + 1));
        cur.clear();
    };
    for (char c : note) {
        if (c == ';' || c == '\n') push();
        else cur += c;
    }
    push();
    return items;
}

}  // namespace

// [SECTION] variables

SlipContext atAct(const SlipContext& ctx, domain::Instant act)
{
    SlipContext c = ctx;
    c.issuedAt = act;
    return c;
}

const domain::DossierEvent* lastEvent(const domain::DossierDetail& d, std::string_view action)
{
    for (auto it = d.events.rbegin(); it != d.events.rend(); ++it)
        if (it->action == action) return &*it;
    return nullptr;
}

Vars officeVars(const SlipContext& ctx)
{
    const auto date = domain::localDate(ctx.issuedAt);
    return {{"office_name", ctx.office.name},     {"office_parent", ctx.office.parent},
            {"office_place", ctx.office.place},   {"office_address", ctx.office.address},
            {"office_phone", ctx.office.phone},   {"office_code", ctx.office.code},
            {"place", ctx.office.place},          {"day", twoDigits(date.day)},
            {"month", date.month <= 2 ? twoDigits(date.month) : std::to_string(date.month)},
            {"year", std::to_string(date.year)},  {"blank", ""},
            {"staff_name", ctx.staffName}};
}

std::string keepTogether(std::string_view text)
{
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '-' || c == '.') out += "\u2060";
    }
    return out;
}

Vars dossierVars(const SlipContext& ctx, const domain::Dossier& d)
{
    Vars v = officeVars(ctx);
    v["code"] = keepTogether(d.code);
    v["procedure"] = d.procedureName;
    v["procedure_code"] = d.procedureCode;
    v["applicant"] = d.applicantName;
    v["id_number"] = d.idNumber;
    v["phone"] = d.phone;
    v["address"] = d.address;
    v["email"] = breakableEmail(d.email);
    v["channel"] = domain::channelLabel(d.channel);
    v["received_time"] = timeWords(d.receivedAt);
    v["received_date"] = domain::localDate(d.receivedAt).vn();
    v["due_time"] = timeWords(d.dueAt);
    v["original_due_time"] = timeWords(d.originalDueAt);
    v["days_text"] = workingDaysText(d.procedureDays);
    v["unit"] = d.unit;
    return v;
}

// [SECTION] page parts

TextStyle bodyStyle(const Sheet& sheet)
{
    TextStyle s;
    s.family = Family::Serif;
    s.size = sheet.geometry().body;
    s.align = Align::Justify;
    s.lineSpacing = 0;
    return s;
}

void drawFormHead(Sheet& sheet, const SlipContext& ctx, const FormText& form, const Vars& vars,
                  const std::optional<QrMatrix>& qr, const std::string& unit)
{
    const double x0 = sheet.left();
    const double cw = sheet.contentWidth();
    const double leftW = cw * 0.45;
    const double rightX = x0 + leftW + cw * 0.02;
    const double rightW = cw - leftW - cw * 0.02;
    const double top = sheet.y;
    auto& p = sheet.painter();
    cairo_t* cr = sheet.cr();

    // Left: the QR (Thông tư 01/2023: top left of the first page) beside the office block —
    // beside rather than above, so an A5 receipt keeps to one page.
    double textX = x0;
    double textW = leftW;
    double qrBottom = top;
    if (qr) {
        const double side = (sheet.paper() == Paper::A5 ? 20 : 26) * kMm;
        drawQrImage(cr, *qr, x0, top, side / qr->size());
        textX = x0 + side + 1.5 * kMm;
        textW = leftW - side - 1.5 * kMm;
        qrBottom = top + side;
    }
    const TextStyle small = styled(sheet, -1);
    double yl = top;
    if (!ctx.office.parent.empty()) yl += p.draw(textX, yl, textW, escapeMarkup(upper(ctx.office.parent)), small);
    yl += p.draw(textX, yl, textW, escapeMarkup(upper(unit.empty() ? ctx.office.name : unit)), styled(sheet, -1, true));
    hline(cr, textX + textW * 0.3, textX + textW * 0.7, yl + 2.5, 0.5);
    yl += 5;
    if (!form.number.empty()) {
        // A number left to the pen gets a short blank: the header column is narrow.
        Vars numberVars = vars;
        for (auto& [name, value] : numberVars)
            if (value.empty()) value = "……";
        yl += p.draw(textX, yl, textW, fillMarkup(form.number, numberVars), small);
    }

    // Right: the national motto, underlined, then the place and date.
    double yr = top;
    const auto line1 = escapeMarkup(ctx.texts.national.at(0));
    const auto line2 = escapeMarkup(ctx.texts.national.at(1));
    yr += p.draw(rightX, yr, rightW, line1, fitted(sheet, line1, styled(sheet, -1, true), rightW));
    const TextStyle motto = fitted(sheet, line2, styled(sheet, -0.5, true), rightW);
    yr += p.draw(rightX, yr, rightW, line2, motto);
    const double mw = p.naturalWidth(line2, motto);
    hline(cr, rightX + (rightW - mw) / 2, rightX + (rightW + mw) / 2, yr + 1, 0.5);
    yr += 5;
    yr += p.draw(rightX, yr, rightW, fillMarkup(ctx.texts.dateLine, vars), styled(sheet, -1, false, true));

    sheet.y = std::max({yl, yr, qrBottom}) + sheet.geometry().body * 0.9;
    if (!form.title.empty()) sheet.paragraph(escapeMarkup(form.title), styled(sheet, 1.5, true), 0, 1);
    sheet.y += sheet.geometry().body * 0.4;
}

void drawBody(Sheet& sheet, const FormText& form, const Vars& vars, const BlockHandler& blocks, double tail)
{
    const TextStyle body = bodyStyle(sheet);
    const double gap = sheet.geometry().body * 0.2;
    // The last two text lines after the last block, each kept with what follows it.
    std::vector<std::size_t> lastLines;
    for (std::size_t i = form.body.size(); i-- > 0 && lastLines.size() < 2;) {
        if (!form.body[i].empty() && form.body[i][0] == '@') break;
        if (!form.body[i].empty()) lastLines.push_back(i);
    }
    for (std::size_t i = 0; i < form.body.size(); ++i) {
        const auto& line = form.body[i];
        if (tail > 0 && !lastLines.empty() && i == lastLines.front()) sheet.keepWithNext(tail);
        if (tail > 0 && lastLines.size() > 1 && i == lastLines.back()) {
            // This line, the one after it and the tail: measured across the width they get.
            const double next = sheet.painter().measure(sheet.contentWidth(), fillMarkup(form.body[lastLines.front()], vars), body);
            sheet.keepWithNext(next + gap + tail);
        }
        if (line.empty()) {
            sheet.y += gap * 2;
        } else if (line[0] == '@') {
            blocks(std::string_view(line).substr(1));
        } else if (line.rfind("> ", 0) == 0) {
            TextStyle c = body;
            c.align = Align::Center;
            sheet.paragraph(fillMarkup(line.substr(2), vars), c, 0, gap);
        } else if (line.rfind("- ", 0) == 0) {
            TextStyle b = body;
            b.indent = -body.size;
            sheet.paragraph("–\u00a0" + fillMarkup(line.substr(2), vars), b, body.size * 2, gap);
        } else {
            fieldParagraph(sheet, line, vars, body, gap);
        }
    }
}

void drawItems(Sheet& sheet, const std::string& note)
{
    const TextStyle body = bodyStyle(sheet);
    const auto items = splitItems(note);
    TextStyle b = body;
    b.indent = -body.size * 1.5;
    int n = 0;
    for (const auto& item : items)
        sheet.paragraph(std::to_string(++n) + ".\u00a0" + escapeMarkup(item), b, body.size * 2.5, body.size * 0.3);
    if (items.empty()) sheet.paragraph(std::string(kBlankLine) + std::string(kBlankLine), b, body.size * 2.5);
}

namespace {

struct SignatureSizes {
    double gap = 0;        ///< space above the blocks
    double signSpace = 0;  ///< room to sign in
    double half = 0;       ///< one block's width
    double blockH = 0;     ///< the tallest block
};

SignatureSizes signatureSizes(Sheet& sheet, const FormText& form, const Vars& vars)
{
    SignatureSizes z;
    z.gap = sheet.geometry().body * 0.6;
    // The signing space shrinks with a body fitted to one page, but stays wide enough to sign in.
    const double scale = sheet.geometry().body / geometryOf(sheet.paper()).body;
    z.signSpace = (sheet.paper() == Paper::A5 ? 14 : 22) * kMm * std::max(scale, 0.75);
    z.half = sheet.contentWidth() / static_cast<double>(std::max<std::size_t>(form.signatures.size(), 1));
    const TextStyle title = styled(sheet, 0, true);
    const TextStyle note = styled(sheet, -1, false, true);
    // The tallest of the blocks, measured as drawn, so the block stays whole on one page.
    for (const auto& s : form.signatures) {
        if (s.title.empty()) continue;
        auto& m = sheet.painter();
        double h = m.measure(z.half, fillMarkup(s.title, vars), title) + z.signSpace;
        if (!s.note.empty()) h += m.measure(z.half, fillMarkup(s.note, vars), note);
        if (!s.name.empty()) h += m.measure(z.half, fillMarkup(s.name, vars), title);
        z.blockH = std::max(z.blockH, h);
    }
    return z;
}

}  // namespace

double signaturesHeight(Sheet& sheet, const FormText& form, const Vars& vars)
{
    if (form.signatures.empty()) return 0;
    const auto z = signatureSizes(sheet, form, vars);
    return z.gap + z.blockH;
}

void drawSignatures(Sheet& sheet, const FormText& form, const Vars& vars)
{
    if (form.signatures.empty()) return;
    const auto z = signatureSizes(sheet, form, vars);
    const TextStyle title = styled(sheet, 0, true);
    const TextStyle note = styled(sheet, -1, false, true);
    sheet.y += z.gap;
    sheet.keep(z.blockH);
    // Taken after keep(): a new page comes with a new painter.
    auto& p = sheet.painter();
    const double top = sheet.y;
    double bottom = top;
    for (std::size_t i = 0; i < form.signatures.size(); ++i) {
        const auto& s = form.signatures[i];
        if (s.title.empty()) continue;
        const double x = sheet.left() + z.half * static_cast<double>(i);
        double y = top;
        y += p.draw(x, y, z.half, fillMarkup(s.title, vars), title);
        if (!s.note.empty()) y += p.draw(x, y, z.half, fillMarkup(s.note, vars), note);
        y += z.signSpace;
        // A signer left unnamed signs over blank space, not over a dotted placeholder.
        const std::string name = fillPlain(s.name, vars);
        if (!s.name.empty() && name != kBlankLine) y += p.draw(x, y, z.half, fillMarkup(s.name, vars), title);
        bottom = std::max(bottom, y);
    }
    sheet.y = bottom;
}

void drawMark(Sheet& sheet, const std::string& text)
{
    TextStyle s = styled(sheet, 0, true);
    const double pad = 4;
    const double h = sheet.painter().measure(sheet.contentWidth() - 2 * pad, escapeMarkup(text), s) + 2 * pad;
    sheet.keep(h);
    cairo_t* cr = sheet.cr();
    cairo_save(cr);
    cairo_set_line_width(cr, 1.2);
    cairo_rectangle(cr, sheet.left(), sheet.y, sheet.contentWidth(), h);
    cairo_stroke(cr);
    cairo_restore(cr);
    sheet.painter().draw(sheet.left() + pad, sheet.y + pad, sheet.contentWidth() - 2 * pad, escapeMarkup(text), s);
    sheet.y += h + sheet.geometry().body * 0.6;
}

// [SECTION] thermal variant

Raster thermalForm(Paper paper, const SlipContext& ctx, const FormText& form, const Vars& vars,
                   const std::optional<QrMatrix>& qr, const std::function<void(Strip&, std::string_view)>& blocks)
{
    Strip s(paper == Paper::Mm58 ? kDots58 : kDots80);
    const double k = s.scale();
    const auto sans = [&](double size, bool bold = false, Align align = Align::Left) {
        TextStyle t;
        t.family = Family::Sans;
        t.size = size * k;
        t.bold = bold;
        t.align = align;
        return t;
    };
    s.space(4 * k);
    if (!ctx.office.parent.empty()) s.text(escapeMarkup(upper(ctx.office.parent)), sans(19, false, Align::Center));
    s.text(escapeMarkup(upper(ctx.office.name)), sans(20, true, Align::Center));
    s.text(escapeMarkup(ctx.texts.national.at(0)), sans(16, true, Align::Center));
    s.text(escapeMarkup(ctx.texts.national.at(1)), sans(17, true, Align::Center));
    s.rule(2, true);
    s.text(escapeMarkup(form.title), sans(26, true, Align::Center));
    if (!form.number.empty()) s.text(fillMarkup(form.number, vars), sans(20, false, Align::Center));
    TextStyle date = sans(18, false, Align::Center);
    date.italic = true;
    s.text(fillMarkup(ctx.texts.dateLine, vars), date);
    s.space(8 * k);
    if (qr) {
        s.qr(*qr, 240 * k);
        s.space(8 * k);
    }
    for (const auto& line : form.body) {
        if (line.empty()) s.space(10 * k);
        else if (line[0] == '@') blocks(s, std::string_view(line).substr(1));
        else if (line.rfind("> ", 0) == 0) s.text(fillMarkup(line.substr(2), vars), sans(22, false, Align::Center));
        else if (line.rfind("- ", 0) == 0) s.text("– " + fillMarkup(line.substr(2), vars), sans(21), 12 * k);
        else s.text(fillMarkup(line, vars), sans(21));
        s.space(3 * k);
    }
    for (const auto& sig : form.signatures) {
        const std::string name = fillPlain(sig.name, vars);
        if (sig.title.empty() || sig.name.empty() || name == kBlankLine) continue;
        s.space(6 * k);
        s.pair(fillMarkup(sig.title, vars) + ":", "<b>" + fillMarkup(sig.name, vars) + "</b>", sans(19));
    }
    s.rule(2, true);
    return s.finish(10);
}

}  // namespace motcua::documents
