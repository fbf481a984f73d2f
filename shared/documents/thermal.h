// A thermal paper strip being laid out (internal): text, rules, QR codes and inverted bands are
// drawn top to bottom on a cairo recording, then cut to length and thresholded to 1 bit.
#pragma once

#include "documents/canvas.h"
#include "documents/raster.h"

#include <memory>

namespace motcua::documents {

class Strip {
public:
    /// widthDots: kDots58 or kDots80. Sizes given to the methods are in dots at 203 dpi.
    explicit Strip(int widthDots);
    ~Strip();
    Strip(const Strip&) = delete;
    Strip& operator=(const Strip&) = delete;

    [[nodiscard]] int width() const { return m_width; }
    /// Scale from the 80 mm design to this paper (1 on 80 mm, 2/3 on 58 mm).
    [[nodiscard]] double scale() const { return m_width / static_cast<double>(kDots80); }
    [[nodiscard]] double margin() const { return m_margin; }

    /// Text across the strip (inside the margins, plus `inset` on each side).
    void text(std::string_view markup, const TextStyle& style, double inset = 0);
    /// White text on a black band (the priority mark).
    void inverted(std::string_view markup, const TextStyle& style);
    /// Label on the left, value on the right, on one line when they fit.
    void pair(std::string_view leftMarkup, std::string_view rightMarkup, const TextStyle& style);
    void space(double dots) { m_y += dots; }
    void rule(double thickness = 2, bool dashed = false);
    /// The QR centred, `targetWidth` dots wide at most, whole dots per module.
    void qr(const QrMatrix& matrix, double targetWidth);

    /// The strip cut just below the last thing drawn, as a 1-bit raster.
    [[nodiscard]] Raster finish(double bottomPadding = 8);

private:
    int m_width;
    double m_margin;
    double m_y = 0;
    cairo_surface_t* m_surface;
    cairo_t* m_cr;
    std::unique_ptr<TextPainter> m_painter;
};

}  // namespace motcua::documents
