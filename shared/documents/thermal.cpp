// Thermal strips: layout on a recording surface, then a 1-bit raster.
#include "documents/thermal.h"

#include "domain/error.h"

#include <algorithm>
#include <cmath>

namespace motcua::documents {

namespace {

/// Longer than any ticket or receipt we lay out; the raster is cut to what was drawn.
constexpr double kMaxStripDots = 20000;
/// Smallest text a 203 dpi head prints legibly: the height of ESC/POS font B.
constexpr double kMinTextDots = 17;

TextStyle legible(TextStyle s)
{
    s.size = std::max(s.size, kMinTextDots);
    return s;
}

}  // namespace

Strip::Strip(int widthDots) : m_width(widthDots), m_margin(std::round(widthDots * 0.025))
{
    cairo_rectangle_t extents{0, 0, static_cast<double>(widthDots), kMaxStripDots};
    // Alpha content: ink is coverage, so the raster is a threshold of one channel.
    m_surface = cairo_recording_surface_create(CAIRO_CONTENT_ALPHA, &extents);
    m_cr = cairo_create(m_surface);
    cairo_set_source_rgba(m_cr, 0, 0, 0, 1);
    m_painter = std::make_unique<TextPainter>(m_cr);
}

Strip::~Strip()
{
    m_painter.reset();
    cairo_destroy(m_cr);
    cairo_surface_destroy(m_surface);
}

void Strip::text(std::string_view markup, const TextStyle& style, double inset)
{
    m_y += m_painter->draw(m_margin + inset, m_y, m_width - 2 * (m_margin + inset), markup, legible(style));
}

void Strip::inverted(std::string_view markup, const TextStyle& given)
{
    const TextStyle style = legible(given);
    const double pad = std::round(style.size * 0.3);
    const double w = m_width - 2 * m_margin;
    const double h = m_painter->measure(w - 2 * pad, markup, style) + 2 * pad;
    cairo_rectangle(m_cr, m_margin, m_y, w, h);
    cairo_fill(m_cr);
    cairo_save(m_cr);
    cairo_set_operator(m_cr, CAIRO_OPERATOR_CLEAR);
    m_painter->draw(m_margin + pad, m_y + pad, w - 2 * pad, markup, style);
    cairo_restore(m_cr);
    m_y += h;
}

void Strip::pair(std::string_view leftMarkup, std::string_view rightMarkup, const TextStyle& given)
{
    const TextStyle style = legible(given);
    const double w = m_width - 2 * m_margin;
    const double lw = m_painter->naturalWidth(leftMarkup, style);
    const double rw = m_painter->naturalWidth(rightMarkup, style);
    if (lw + rw + style.size <= w) {
        TextStyle right = style;
        right.align = Align::Right;
        const double h1 = m_painter->draw(m_margin, m_y, lw + 1, leftMarkup, style);
        const double h2 = m_painter->draw(m_margin, m_y, w, rightMarkup, right);
        m_y += std::max(h1, h2);
    } else {
        text(leftMarkup, style);
        TextStyle right = style;
        right.align = Align::Right;
        text(rightMarkup, right);
    }
}

void Strip::rule(double thickness, bool dashed)
{
    m_y += thickness;
    cairo_save(m_cr);
    cairo_set_antialias(m_cr, CAIRO_ANTIALIAS_NONE);
    if (dashed) {
        const double dash[] = {8 * scale(), 6 * scale()};
        cairo_set_dash(m_cr, dash, 2, 0);
    }
    hline(m_cr, m_margin, m_width - m_margin, std::round(m_y) + thickness / 2, thickness);
    cairo_restore(m_cr);
    m_y += 2 * thickness;
}

void Strip::qr(const QrMatrix& matrix, double targetWidth)
{
    // At least 3 dots (0.375 mm) a module: finer than that, thermal dot gain closes the gaps
    // and phones stop reading it.
    const double fit = std::floor((m_width - 2.0 * m_margin) / matrix.size());
    const double module = std::min(fit, std::max(3.0, std::floor(targetWidth / matrix.size())));
    if (module < 2) throw Error(ErrorCode::InvalidInput, "Mã QR quá dày để in trên khổ giấy này; hãy rút gọn nội dung");
    const double side = module * matrix.size();
    const double x = std::round((m_width - side) / 2);
    drawQr(m_cr, matrix, x, std::round(m_y), module);
    m_y = std::round(m_y) + side;
}

Raster Strip::finish(double bottomPadding)
{
    const int height = static_cast<int>(std::ceil(m_y + bottomPadding));
    if (height > static_cast<int>(kMaxStripDots)) throw Error(ErrorCode::InvalidInput, "Phiếu in nhiệt quá dài");
    cairo_surface_flush(m_surface);
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_A8, m_width, height);
    cairo_t* cr = cairo_create(image);
    cairo_set_source_surface(cr, m_surface, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_flush(image);
    const auto status = cairo_surface_status(image);
    if (status != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(image);
        throw Error(ErrorCode::Internal, std::string("Không dựng được ảnh in nhiệt: ") + cairo_status_to_string(status));
    }
    // 50 % coverage: antialiased glyph edges fall cleanly to one side at 203 dpi.
    Raster r = rasterFromAlpha(cairo_image_surface_get_data(image), cairo_image_surface_get_stride(image), m_width, height, 128);
    cairo_surface_destroy(image);
    return r;
}

}  // namespace motcua::documents
