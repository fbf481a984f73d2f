// Page layout for the official forms: sheets, paragraphs, tables.
#include "documents/sheet.h"

#include "domain/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace motcua::documents {

namespace {

constexpr double kMm = 72.0 / 25.4;

}  // namespace

Geometry geometryOf(Paper paper)
{
    switch (paper) {
    case Paper::A5: return {148 * kMm, 210 * kMm, 15 * kMm, 10 * kMm, 10 * kMm, 10 * kMm, 10.5};
    case Paper::A4: return {210 * kMm, 297 * kMm, 30 * kMm, 15 * kMm, 20 * kMm, 20 * kMm, 13};
    case Paper::A4Landscape: return {297 * kMm, 210 * kMm, 20 * kMm, 12 * kMm, 15 * kMm, 15 * kMm, 9};
    case Paper::Mm58:
    case Paper::Mm80: break;
    }
    throw Error(ErrorCode::InvalidInput, "Khổ giấy " + std::string(paperName(paper)) + " không dùng cho văn bản này; chọn a5 hoặc a4");
}

// [SECTION] Sheet

Sheet::Sheet(Paper paper, double bodyScale) : m_paper(paper), m_geo(geometryOf(paper))
{
    m_geo.body *= bodyScale;
    newPage();
}

Sheet::~Sheet()
{
    m_painter.reset();
    if (m_cr) cairo_destroy(m_cr);
    for (auto* s : m_pages) cairo_surface_destroy(s);
}

void Sheet::openPage(cairo_surface_t* surface)
{
    m_painter.reset();
    if (m_cr) cairo_destroy(m_cr);
    m_cr = cairo_create(surface);
    cairo_set_source_rgb(m_cr, 0, 0, 0);
    m_painter = std::make_unique<TextPainter>(m_cr);
}

void Sheet::newPage()
{
    if (!m_pages.empty()) m_usedBefore += y - m_geo.top;
    m_floatWidth = 0;
    m_floatBottom = 0;
    cairo_rectangle_t extents{0, 0, m_geo.width, m_geo.height};
    cairo_surface_t* page = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    m_pages.push_back(page);
    openPage(page);
    y = m_geo.top;
    m_pageEmpty = true;
}

void Sheet::keep(double height)
{
    if (height > remaining() && !m_pageEmpty) newPage();
    m_pageEmpty = false;
}

void Sheet::paragraph(std::string_view markup, const TextStyle& style, double indent, double after)
{
    const double w = widthBesideFloat() - indent;
    const double h = m_painter->measure(w, markup, style);
    const double with = h + after + std::exchange(m_keepWithNext, 0);
    if ((h > remaining() || with > remaining()) && !m_pageEmpty) {  // to the next page, full width there
        newPage();
        paragraph(markup, style, indent, after);
        return;
    }
    keep(h);
    y += m_painter->draw(left() + indent, y, w, markup, style) + after;
    if (y >= m_floatBottom) m_floatWidth = 0;
}

void Sheet::floatRight(double width, double bottom)
{
    m_floatWidth = width;
    m_floatBottom = bottom;
}

void Sheet::clearFloat()
{
    if (m_floatWidth > 0) y = std::max(y, m_floatBottom);
    m_floatWidth = 0;
}

double Sheet::widthBesideFloat() const { return contentWidth() - (y < m_floatBottom ? m_floatWidth : 0); }

double Sheet::usedHeight() const { return m_usedBefore + (y - m_geo.top); }

double nextFitScale(double scale, double used, double capacity, double floor)
{
    if (used <= 0) return floor;
    // Text shrinks with the scale but a QR or the signing space do not: aim a little under.
    const double guess = std::floor(scale * capacity / used * 0.99 * 100) / 100;
    return std::max(floor, std::min(guess, scale - 0.01));
}

std::vector<Document::Page> Sheet::finish(const std::function<void(Sheet&, int, int)>& footer)
{
    const int pages = static_cast<int>(m_pages.size());
    if (footer) {
        for (int i = 0; i < pages; ++i) {
            openPage(m_pages[static_cast<std::size_t>(i)]);
            footer(*this, i + 1, pages);
        }
    }
    m_painter.reset();
    cairo_destroy(m_cr);
    m_cr = nullptr;
    std::vector<Document::Page> out;
    for (auto* s : m_pages) {
        cairo_surface_flush(s);
        const auto status = cairo_surface_status(s);
        if (status != CAIRO_STATUS_SUCCESS)
            throw Error(ErrorCode::Internal, std::string("Lỗi khi dựng trang: ") + cairo_status_to_string(status));
        out.emplace_back(s, cairo_surface_destroy);
    }
    m_pages.clear();
    return out;
}

// [SECTION] Table

Table::Table(Sheet& sheet, std::vector<Column> columns, TextStyle style)
    : m_sheet(sheet), m_columns(std::move(columns)), m_style(style), m_pad(style.size * 0.3)
{
    sheet.clearFloat();  // a table spans the full width
    const double total = std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                                         [](double s, const Column& c) { return s + c.weight; });
    double x = sheet.left();
    for (const auto& c : m_columns) {
        m_x.push_back(x);
        x += sheet.contentWidth() * c.weight / total;
    }
    m_x.push_back(sheet.left() + sheet.contentWidth());
}

double Table::columnX(int i) const { return m_x[static_cast<std::size_t>(i)]; }

double Table::columnWidth(int i) const { return m_x[static_cast<std::size_t>(i) + 1] - m_x[static_cast<std::size_t>(i)]; }

void Table::setHeader(std::vector<std::string> cells, std::string group, int groupFirst, int groupLast)
{
    m_header = std::move(cells);
    m_group = std::move(group);
    m_groupFirst = groupFirst;
    m_groupLast = groupLast;
    drawHeader();
}

double Table::cellHeight(const std::vector<std::string>& cells, const TextStyle& style)
{
    double h = 0;
    for (std::size_t i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        TextStyle s = style;
        if (s.align != Align::Center) s.align = m_columns[i].align;
        h = std::max(h, m_sheet.painter().measure(columnWidth(static_cast<int>(i)) - 2 * m_pad, cells[i], s));
    }
    return h + 2 * m_pad;
}

void Table::drawCells(const std::vector<std::string>& cells, const TextStyle& style, double top, double height,
                      int first, int last, double yOffset)
{
    cairo_t* cr = m_sheet.cr();
    cairo_set_line_width(cr, 0.6);
    for (int i = first; i <= last && i < static_cast<int>(cells.size()); ++i) {
        const double x = columnX(i);
        const double w = columnWidth(i);
        cairo_rectangle(cr, x, top, w, height);
        cairo_stroke(cr);
        TextStyle s = style;
        if (s.align != Align::Center) s.align = m_columns[static_cast<std::size_t>(i)].align;
        m_sheet.painter().draw(x + m_pad, top + yOffset + m_pad, w - 2 * m_pad, cells[static_cast<std::size_t>(i)], s);
    }
}

void Table::drawHeader()
{
    if (m_header.empty()) return;
    TextStyle hs = m_style;
    hs.bold = true;
    hs.align = Align::Center;
    hs.size -= m_headerShrink;
    const bool grouped = !m_group.empty() && m_groupFirst >= 0 && m_groupLast >= m_groupFirst;
    double groupH = 0;
    if (grouped) {
        const double gw = columnX(m_groupLast) + columnWidth(m_groupLast) - columnX(m_groupFirst);
        groupH = m_sheet.painter().measure(gw - 2 * m_pad, m_group, hs) + 2 * m_pad;
    }
    double h = cellHeight(m_header, hs);
    m_sheet.keep(groupH + h + m_style.size * 3);
    m_headerPage = m_sheet.pageNumber();
    const double top = m_sheet.y;
    cairo_t* cr = m_sheet.cr();
    if (grouped) {
        // Cells outside the group span both header rows; the group's cells sit under its title.
        const int n = static_cast<int>(m_header.size());
        if (m_groupFirst > 0) drawCells(m_header, hs, top, groupH + h, 0, m_groupFirst - 1, groupH / 2);
        if (m_groupLast + 1 < n) drawCells(m_header, hs, top, groupH + h, m_groupLast + 1, n - 1, groupH / 2);
        const double gx = columnX(m_groupFirst);
        const double gw = columnX(m_groupLast) + columnWidth(m_groupLast) - gx;
        cairo_set_line_width(cr, 0.6);
        cairo_rectangle(cr, gx, top, gw, groupH);
        cairo_stroke(cr);
        m_sheet.painter().draw(gx + m_pad, top + m_pad, gw - 2 * m_pad, m_group, hs);
        drawCells(m_header, hs, top + groupH, h, m_groupFirst, m_groupLast, 0);
    } else {
        drawCells(m_header, hs, top, h, 0, static_cast<int>(m_header.size()) - 1, 0);
    }
    m_sheet.y = top + groupH + h;
}

void Table::row(const std::vector<std::string>& cells)
{
    const double h = cellHeight(cells, m_style);
    m_sheet.keep(h);
    if (m_sheet.pageNumber() != m_headerPage) {
        drawHeader();
        m_sheet.keep(h);
    }
    drawCells(cells, m_style, m_sheet.y, h, 0, static_cast<int>(cells.size()) - 1, 0);
    m_sheet.y += h;
}

}  // namespace motcua::documents
