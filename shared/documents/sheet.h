// Pages of an official form being laid out (internal): a cursor moving down the page, paragraphs
// that move to the next page when they do not fit, and ruled tables whose header repeats on every
// page. Each page is a cairo recording in points, replayed later to PDF or PNG.
#pragma once

#include "documents/canvas.h"
#include "documents/document.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace motcua::documents {

struct Geometry {
    double width = 0;   ///< page, points
    double height = 0;
    double left = 0;    ///< margins (Nghị định 30/2020: wider on the binding side)
    double right = 0;
    double top = 0;
    double bottom = 0;
    double body = 11;   ///< body text size, points
};

[[nodiscard]] Geometry geometryOf(Paper paper);

class Sheet {
public:
    /// `bodyScale` shrinks the body text (and what is sized from it) to fit a form on one page.
    explicit Sheet(Paper paper, double bodyScale = 1.0);
    ~Sheet();
    Sheet(const Sheet&) = delete;
    Sheet& operator=(const Sheet&) = delete;

    [[nodiscard]] Paper paper() const { return m_paper; }
    [[nodiscard]] const Geometry& geometry() const { return m_geo; }
    [[nodiscard]] double left() const { return m_geo.left; }
    [[nodiscard]] double contentWidth() const { return m_geo.width - m_geo.left - m_geo.right; }
    [[nodiscard]] double remaining() const { return m_geo.height - m_geo.bottom - y; }
    [[nodiscard]] cairo_t* cr() { return m_cr; }
    [[nodiscard]] TextPainter& painter() { return *m_painter; }
    [[nodiscard]] int pageNumber() const { return static_cast<int>(m_pages.size()); }

    /// Starts a new page when `height` does not fit below the cursor (unless the page is empty).
    void keep(double height);
    void newPage();
    /// A block of text across the content width (minus `indent` on the left, and minus a float
    /// beside it), then `after` space.
    void paragraph(std::string_view markup, const TextStyle& style, double indent = 0, double after = 0);
    /// The next paragraph moves to a new page unless `height` more fits below it: what must not
    /// be left alone at the top of the next page (the signatures) takes the last lines with it.
    void keepWithNext(double height) { m_keepWithNext = height; }
    /// Something `width` wide drawn at the right edge down to `bottom` (a VietQR): paragraphs
    /// narrow beside it instead of the page growing by its height.
    void floatRight(double width, double bottom);
    /// Moves the cursor below any float (before what must span the full width).
    void clearFloat();
    /// The width left beside a float at the cursor.
    [[nodiscard]] double widthBesideFloat() const;
    /// The height the content has taken so far, on every page, as if on one long page: what a
    /// layout that did not fit needs (Sheet::fitScale).
    [[nodiscard]] double usedHeight() const;

    /// Ends the layout; `footer` (if any) is drawn on every page knowing the page count.
    [[nodiscard]] std::vector<Document::Page> finish(const std::function<void(Sheet&, int page, int pages)>& footer = {});

    double y = 0;  ///< the cursor, points from the top of the current page

private:
    void openPage(cairo_surface_t* surface);

    Paper m_paper;
    Geometry m_geo;
    std::vector<cairo_surface_t*> m_pages;
    cairo_t* m_cr = nullptr;
    std::unique_ptr<TextPainter> m_painter;
    bool m_pageEmpty = true;
    double m_floatWidth = 0;
    double m_floatBottom = 0;
    double m_usedBefore = 0;  ///< content height on the pages before this one
    double m_keepWithNext = 0;
};

/// The body scale to try next after a layout at `scale` needed `used` points of a page body
/// `capacity` points tall: proportional, a little under, in steps of 0.01, never below `floor`.
[[nodiscard]] double nextFitScale(double scale, double used, double capacity, double floor);

struct Column {
    double weight = 1;  ///< share of the table width
    Align align = Align::Left;
};

/// A ruled table on a sheet. Rows never split across pages; the header is drawn again at the top
/// of every new page.
class Table {
public:
    Table(Sheet& sheet, std::vector<Column> columns, TextStyle style);

    /// One header row; cells [groupFirst, groupLast] may sit under a spanning group title.
    void setHeader(std::vector<std::string> cells, std::string group = {}, int groupFirst = -1, int groupLast = -1);
    void row(const std::vector<std::string>& cellsMarkup);
    /// Header text this many points smaller than the rows (long capitalised titles in narrow columns).
    void setHeaderShrink(double points) { m_headerShrink = points; }
    [[nodiscard]] double columnX(int i) const;
    [[nodiscard]] double columnWidth(int i) const;

private:
    void drawHeader();
    double cellHeight(const std::vector<std::string>& cells, const TextStyle& style);
    void drawCells(const std::vector<std::string>& cells, const TextStyle& style, double top, double height,
                   int first, int last, double yOffset);

    Sheet& m_sheet;
    std::vector<Column> m_columns;
    std::vector<double> m_x;  ///< left edges, plus the right edge
    TextStyle m_style;
    double m_pad;
    std::vector<std::string> m_header;
    std::string m_group;
    int m_groupFirst = -1;
    int m_groupLast = -1;
    int m_headerPage = 0;
    double m_headerShrink = 0;
};

}  // namespace motcua::documents
