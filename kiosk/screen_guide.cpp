// The procedure guide: fields → procedures → papers required, fee, processing time and where to
// apply, with a button that takes a number for the procedure's group. Long lists turn pages
// (big buttons) instead of scrolling, which an unpractised hand finds easier on a touch screen.
#include "kiosk/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <map>

namespace motcua::kiosk {

namespace {

/// Page buttons under a list; returns the height used.
float pager(KioskState& s, const ui::Fonts& fonts, const Layout& l, int pages, float y)
{
    if (pages <= 1) return 0;
    auto& page = s.guide.page;
    const float bh = fonts.large->FontSize * 1.9f;
    const float bw = std::min(420.0f, l.bodyW() * 0.32f);
    if (page > 0 && tapButton("##prev-page", tr(s.lang, txt::kPrevPage), "", ImVec2(l.bodyMin.x, y), ImVec2(bw, bh),
                              palette::kGrey, fonts.large))
        --page;
    const std::string label = std::string(tr(s.lang, txt::kPage)) + " " + std::to_string(page + 1) + "/" + std::to_string(pages);
    textBlock(fonts.body, label, ImVec2(l.bodyMin.x, y + (bh - fonts.body->FontSize) * 0.5f), l.bodyW(), ui::colors::kMuted,
              Align::Center);
    if (page + 1 < pages && tapButton("##next-page", tr(s.lang, txt::kNextPage), "", ImVec2(l.bodyMax.x - bw, y), ImVec2(bw, bh),
                                      ui::colors::kPrimary, fonts.large))
        ++page;
    return bh;
}

struct Grid {
    int cols = 1;
    float cardH = 0;
    int perPage = 1;
};

Grid grid(const Layout& l, float top, float bottom, int cols, float cardH)
{
    Grid g{cols, cardH, 1};
    const int rows = std::max(1, static_cast<int>((bottom - top + l.gap * 0.5f) / (cardH + l.gap * 0.5f)));
    g.perPage = rows * cols;
    return g;
}

void drawFields(KioskState& s, const ui::Fonts& fonts, const Layout& l, float y)
{
    std::vector<std::pair<std::string, int>> fields;
    for (const auto& p : s.guide.procedures) {
        if (fields.empty() || fields.back().first != p.field) fields.emplace_back(p.field, 0);
        ++fields.back().second;
    }
    y += textBlock(fonts.body, tr(s.lang, txt::kChooseField), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText) + 12;
    const float pagerH = fonts.large->FontSize * 1.9f + l.gap;
    const Grid g = grid(l, y, l.bodyMax.y - pagerH, l.portrait ? 2 : 3, fonts.body->FontSize * 3.6f + 20);
    const int count = static_cast<int>(fields.size());
    const int pages = std::max(1, (count + g.perPage - 1) / g.perPage);
    s.guide.page = std::clamp(s.guide.page, 0, pages - 1);
    const float w = (l.bodyW() - static_cast<float>(g.cols - 1) * l.gap) / static_cast<float>(g.cols);
    for (int k = 0; k < g.perPage; ++k) {
        const int i = s.guide.page * g.perPage + k;
        if (i >= count) break;
        const ImVec2 pos(l.bodyMin.x + static_cast<float>(k % g.cols) * (w + l.gap), y + static_cast<float>(k / g.cols) * (g.cardH + l.gap * 0.5f));
        const auto& [name, n] = fields[static_cast<std::size_t>(i)];
        const std::string id = "##field-" + name;
        if (cardButton(id.c_str(), name, std::to_string(n) + " " + tr(s.lang, txt::kProcedures), pos, ImVec2(w, g.cardH), fonts)) {
            s.guide.field = name;  // browsing state of this screen
            s.guide.page = 0;
        }
    }
    pager(s, fonts, l, pages, l.bodyMax.y - pagerH + l.gap);
}

void drawProcedures(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l, float y)
{
    std::vector<const domain::Procedure*> list;
    for (const auto& p : s.guide.procedures)
        if (p.field == s.guide.field) list.push_back(&p);
    y += textBlock(fonts.large, s.guide.field, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText) + 4;
    y += textBlock(fonts.body, tr(s.lang, txt::kChooseProcedure), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kMuted) + 12;
    const float pagerH = fonts.large->FontSize * 1.9f + l.gap;
    const Grid g = grid(l, y, l.bodyMax.y - pagerH, l.portrait ? 1 : 2, fonts.body->FontSize * 1.15f * 3 + 44);
    const int count = static_cast<int>(list.size());
    const int pages = std::max(1, (count + g.perPage - 1) / g.perPage);
    s.guide.page = std::clamp(s.guide.page, 0, pages - 1);
    const float w = (l.bodyW() - static_cast<float>(g.cols - 1) * l.gap) / static_cast<float>(g.cols);
    for (int k = 0; k < g.perPage; ++k) {
        const int i = s.guide.page * g.perPage + k;
        if (i >= count) break;
        const auto& p = *list[static_cast<std::size_t>(i)];
        const ImVec2 pos(l.bodyMin.x + static_cast<float>(k % g.cols) * (w + l.gap), y + static_cast<float>(k / g.cols) * (g.cardH + l.gap * 0.5f));
        const std::string id = "##proc-" + p.code;
        if (cardButton(id.c_str(), p.name, "", pos, ImVec2(w, g.cardH), fonts)) out.push_back(ShowProcedure{p.code});
    }
    pager(s, fonts, l, pages, l.bodyMax.y - pagerH + l.gap);
}

/// A fact: its name small, its value large when short (a time, an amount), body size otherwise.
float detailRow(const ui::Fonts& fonts, const std::string& name, const std::string& value, ImVec2 pos, float width,
                const std::string& note = {})
{
    float y = pos.y;
    y += textBlock(fonts.body, name, ImVec2(pos.x, y), width, ui::colors::kMuted);
    ImFont* font = value.size() <= 40 ? fonts.large : fonts.body;
    y += textBlock(font, value, ImVec2(pos.x, y), width, ui::colors::kText, Align::Left, 3);
    if (!note.empty()) y += textBlock(fonts.body, note, ImVec2(pos.x, y), width, ui::colors::kMuted, Align::Left, 4);
    return y + 16 - pos.y;
}

/// Processing time, fee, where to apply and the unit, one under another; returns the height.
float facts(const KioskState& s, const ui::Fonts& fonts, const domain::Procedure& p, ImVec2 pos, float width)
{
    std::string where;
    for (const auto& g : s.home.groups)
        if (g.group.code == p.group) where = g.group.name + " – " + countersText(s.lang, g.group.counters);
    if (where.empty()) where = countersText(s.lang, {});
    float y = pos.y;
    y += detailRow(fonts, tr(s.lang, txt::kTime), daysText(s.lang, p.days), ImVec2(pos.x, y), width);
    y += detailRow(fonts, tr(s.lang, txt::kFee), feeText(s.lang, p.feeVnd, p.feeNote), ImVec2(pos.x, y), width, p.feeNote);
    y += detailRow(fonts, tr(s.lang, txt::kWhere), where, ImVec2(pos.x, y), width);
    if (!p.unit.empty()) y += detailRow(fonts, tr(s.lang, txt::kUnit), p.unit, ImVec2(pos.x, y), width);
    return y - pos.y;
}

/// The papers to bring, numbered, down to `bottom` (then "…").
void papers(const KioskState& s, const ui::Fonts& fonts, const domain::Procedure& p, ImVec2 pos, float width, float bottom)
{
    float y = pos.y;
    y += textBlock(fonts.large, tr(s.lang, txt::kPapers), ImVec2(pos.x, y), width, ui::colors::kText) + 8;
    for (std::size_t i = 0; i < p.papers.size(); ++i) {
        const std::string item = std::to_string(i + 1) + ".  " + p.papers[i].text;
        const float h = textHeight(fonts.body, item, width - 20);
        if (y + h > bottom) {
            textBlock(fonts.body, "…", ImVec2(pos.x + 20, y), 60, ui::colors::kMuted);
            break;
        }
        y += textBlock(fonts.body, item, ImVec2(pos.x + 20, y), width - 20, ui::colors::kText) + 10;
    }
}

void drawDetail(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l, float y)
{
    const auto& p = *s.guide.selected;
    y += textBlock(fonts.large, p.name, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kPrimary, Align::Left, 4) + 6;
    y += textBlock(fonts.body, p.field + "  ·  " + p.code, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kMuted) + l.gap * 0.6f;
    const float bh = fonts.large->FontSize * 2.2f;
    const float bottom = l.bodyMax.y - bh - l.gap;
    float bx = l.bodyMin.x;  // the "take a number" button: under the papers
    if (l.portrait) {
        y += facts(s, fonts, p, ImVec2(l.bodyMin.x, y), l.bodyW());
        papers(s, fonts, p, ImVec2(l.bodyMin.x, y), l.bodyW(), bottom);
    } else {
        // The papers get the wider column: they are what the citizen came to read.
        const float leftW = l.bodyW() * 0.4f;
        facts(s, fonts, p, ImVec2(l.bodyMin.x, y), leftW - l.gap);
        bx = l.bodyMin.x + leftW + l.gap;
        papers(s, fonts, p, ImVec2(bx, y), l.bodyMax.x - bx, bottom);
    }
    if (!p.group.empty() && ticketsOpen(s) &&
        tapButton("##take-number", tr(s.lang, txt::kTakeNumberFor), "", ImVec2(bx, l.bodyMax.y - bh), ImVec2(l.bodyMax.x - bx, bh),
                  ui::colors::kPrimary, fonts.large))
        out.push_back(IssueTicket{p.group, {}});
}

}  // namespace

void drawGuide(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    float y = l.bodyMin.y;
    y += textBlock(fonts.large, tr(s.lang, txt::kGuideTitle), ImVec2(l.bodyMin.x, y), l.bodyW(), palette::kPurple, Align::Center) + l.gap * 0.5f;
    if (s.guide.selected) drawDetail(s, out, fonts, l, y);
    else if (!s.guide.field.empty()) drawProcedures(s, out, fonts, l, y);
    else drawFields(s, fonts, l, y);
}

}  // namespace motcua::kiosk
